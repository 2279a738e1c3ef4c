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
    m_searchKey = Text::searchKey(text);
    invalidateRowsFilter();
}

bool ScheduleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_level.isEmpty() && index.data(ScheduleModel::LevelRole).toString() != m_level)
        return false;
    if (m_district != 0 && index.data(ScheduleModel::UnitIdRole).toLongLong() != m_district
        && index.data(ScheduleModel::ParentUnitIdRole).toLongLong() != m_district)
        return false;
    if (m_pilotsOnly && !index.data(ScheduleModel::PilotRole).toBool())
        return false;
    if (m_group != 0) {
        const qint64 group = index.data(ScheduleModel::GroupIdRole).toLongLong();
        if (m_group > 0 ? group != m_group : group != 0)
            return false;
    }
    const auto stage = Conference::Stage(index.data(ScheduleModel::StageRole).toInt());
    const auto timeliness = Timeliness(index.data(ScheduleModel::TimelinessRole).toInt());
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
        || Text::matchesKey(index.data(ScheduleModel::SearchKeyRole).toString(), m_searchKey);
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
