#include "FollowedUnitsModel.h"

#include "Dates.h"
#include "Schedule.h"
#include "UnitTree.h"

#include <algorithm>

FollowedUnitsModel::FollowedUnitsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowedUnitsModel::setUnits(const QList<qint64> &unitIds,
                                  std::shared_ptr<const UnitTree> units,
                                  std::shared_ptr<const Schedule> schedule)
{
    beginResetModel();
    m_schedule = std::move(schedule);
    m_rows.clear();
    for (qint64 id : unitIds) {
        const int index = units ? units->indexOf(id) : -1;
        if (index < 0)
            continue;
        m_rows.append({id, index, units->label(index), units->at(index).code});
    }
    // Tree order: each district's communes together, as the clerk reads them.
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return a.treeIndex < b.treeIndex; });
    endResetModel();
}

void FollowedUnitsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Progress), index(rowCount() - 1, Progress));
}

int FollowedUnitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowedUnitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowedUnitsModel::conferenceText(qint64 unitId) const
{
    const int row = m_schedule ? m_schedule->rowOfUnit(unitId) : -1;
    if (row < 0)
        return {};
    const ScheduleRow &entry = m_schedule->rows().at(row);
    const QString stage = Conference::stageName(entry.stage);
    switch (entry.stage) {
    case Conference::Stage::Scheduled:
        return tr("%1, %2").arg(stage, Dates::text(entry.conference.scheduledOn));
    case Conference::Stage::Held:
    case Conference::Stage::ReportReceived:
        return tr("%1, %2").arg(stage, Dates::text(entry.conference.heldOn));
    case Conference::Stage::NotScheduled:
        break;
    }
    return stage;
}

QVariant FollowedUnitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == UnitIdRole)
        return row.unitId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit:
        return row.label;
    case Code:
        return row.code;
    case Progress:
        return conferenceText(row.unitId);
    default:
        return {};
    }
}

QVariant FollowedUnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Code:
        return tr("Code");
    case Progress:
        return tr("Conference");
    default:
        return {};
    }
}
