#include "ScheduleFilterModel.h"

#include "ScheduleModel.h"

#include <QDate>

ScheduleFilterModel::ScheduleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScheduleModel::SortRole);
}

bool ScheduleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QDate) {
        const QDate x = a.toDate(), y = b.toDate();
        if (x.isValid() != y.isValid())
            return x.isValid(); // empty dates last
        if (x != y)
            return x < y;
    } else if (a.metaType().id() == QMetaType::QString) {
        if (const int order = m_collator.compare(a.toString(), b.toString()); order != 0)
            return order < 0;
    } else if (a != b) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal: keep the tree order, so that sorting is stable and readable.
    return left.siblingAtColumn(ScheduleModel::Unit).data(sortRole()).toInt()
        < right.siblingAtColumn(ScheduleModel::Unit).data(sortRole()).toInt();
}
