#include "ScheduleFilterModel.h"

#include "Schedule.h"
#include "ScheduleModel.h"
#include "Text.h"

#include <QDate>

ScheduleFilterModel::ScheduleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ScheduleModel::SortRole);
}

void ScheduleFilterModel::setLevel(const QString &level)
{
    m_level = level;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setDistrict(qint64 unitId)
{
    m_district = unitId;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setStatus(Status status)
{
    m_status = status;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setGroup(qint64 groupId)
{
    m_group = groupId;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setPilotsOnly(bool pilotsOnly)
{
    m_pilotsOnly = pilotsOnly;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setSearchText(const QString &text)
{
    const QString key = Text::searchKey(text);
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    invalidateRowsFilter();
}

void ScheduleFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_schedule = qobject_cast<const ScheduleModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ScheduleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Straight from the schedule's rows: a search runs this for every conference at every
    // keystroke.
    const ScheduleRow *row = m_schedule ? m_schedule->rowAt(sourceRow) : nullptr;
    if (!row)
        return true;
    const Conference &conference = row->conference;
    if (!m_level.isEmpty() && conference.level != m_level)
        return false;
    if (m_district != 0 && conference.unitId != m_district && conference.parentUnitId != m_district)
        return false;
    if (m_pilotsOnly && !row->pilot)
        return false;
    if (m_group != 0) {
        const qint64 group = m_schedule->groupAt(sourceRow);
        if (m_group > 0 ? group != m_group : group != 0)
            return false;
    }
    const Conference::Stage stage = row->stage;
    const Timeliness timeliness = row->timeliness;
    switch (m_status) {
    case Status::Any:
        break;
    case Status::NotScheduled:
        if (stage != Conference::Stage::NotScheduled)
            return false;
        break;
    case Status::Scheduled:
        if (stage != Conference::Stage::Scheduled)
            return false;
        break;
    case Status::Held:
        if (stage != Conference::Stage::Held && stage != Conference::Stage::ReportReceived)
            return false;
        break;
    case Status::ReportReceived:
        if (stage != Conference::Stage::ReportReceived)
            return false;
        break;
    case Status::DueSoon:
        if (timeliness != Timeliness::DueSoon)
            return false;
        break;
    case Status::Overdue:
        if (timeliness != Timeliness::Overdue)
            return false;
        break;
    }
    return m_searchKey.isEmpty()
        || Text::matchesKey(m_schedule->searchKeyAt(sourceRow), m_searchKey);
}

bool ScheduleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The usual order, the tree's, without a QVariant per comparison.
    const ScheduleRow *leftRow = m_schedule ? m_schedule->rowAt(left.row()) : nullptr;
    const ScheduleRow *rightRow = m_schedule ? m_schedule->rowAt(right.row()) : nullptr;
    if (left.column() == ScheduleModel::Unit && leftRow && rightRow)
        return leftRow->treeIndex < rightRow->treeIndex;

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
