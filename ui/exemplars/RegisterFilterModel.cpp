#include "RegisterFilterModel.h"

#include "Text.h"

#include <QDate>

RegisterFilterModel::RegisterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void RegisterFilterModel::setSearchText(const QString &text)
{
    const QString key = Text::searchKey(text);
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    invalidateRowsFilter();
}

void RegisterFilterModel::setIdFilter(int role, qint64 id)
{
    if (role == m_idRole && id == m_id)
        return;
    m_idRole = role;
    m_id = id;
    invalidateRowsFilter();
}

bool RegisterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_idRole != 0 && index.data(m_idRole).toLongLong() != m_id)
        return false;
    return m_searchKey.isEmpty()
        || Text::matchesKey(index.data(SearchKeyRole).toString(), m_searchKey);
}

bool RegisterFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QString || b.metaType().id() == QMetaType::QString) {
        const QString x = a.toString(), y = b.toString();
        if (x.isEmpty() != y.isEmpty())
            return !x.isEmpty(); // empty texts last
        if (const int order = m_collator.compare(x, y); order != 0)
            return order < 0;
    } else if (a.metaType().id() == QMetaType::QDate) {
        const QDate x = a.toDate(), y = b.toDate();
        if (x.isValid() != y.isValid())
            return x.isValid(); // empty dates last
        if (x != y)
            return x < y;
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal: the source's order (Vietnamese order of names), so that sorting is stable.
    return left.row() < right.row();
}
