#include "UpcomingModel.h"

#include "Dates.h"
#include "Schedule.h"
#include "StatusTints.h"

UpcomingModel::UpcomingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UpcomingModel::setReport(std::shared_ptr<const ProgressReport> report,
                              std::shared_ptr<const Schedule> schedule)
{
    beginResetModel();
    m_report = std::move(report);
    m_schedule = std::move(schedule);
    endResetModel();
}

void UpcomingModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UpcomingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report || !m_schedule)
        return 0;
    return int(m_report->upcoming().size());
}

int UpcomingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpcomingModel::display(const ProgressReport::UpcomingEntry &entry, int column) const
{
    const ScheduleRow &row = m_schedule->rows().at(entry.scheduleRow);
    switch (column) {
    case Unit:
        return entry.label;
    case DaysLeft:
        return Schedule::timelinessText(row);
    case Deadline:
        return Dates::text(entry.deadline);
    case Planned:
        return Dates::text(entry.scheduledOn);
    case Level:
        return m_schedule->level(entry.level).displayName();
    case Parent:
        return row.parentName;
    default:
        return {};
    }
}

QVariant UpcomingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ProgressReport::UpcomingEntry &entry = m_report->upcoming().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Unit && !entry.code.isEmpty())
            return tr("code %1").arg(entry.code);
        if (index.column() == Deadline)
            return tr("“%1”").arg(m_schedule->rows().at(entry.scheduleRow).deadline.period.text());
        return {};
    case Qt::BackgroundRole:
        return StatusTints::background(entry.timeliness);
    case Qt::ForegroundRole:
        return StatusTints::foreground(entry.timeliness);
    case UnitIdRole:
        return entry.unitId;
    case DaysLeftRole:
        return entry.daysLeft;
    case TimelinessRole:
        return int(entry.timeliness);
    default:
        return {};
    }
}

QVariant UpcomingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Unit:
        return tr("Unit");
    case DaysLeft:
        return tr("Time left");
    case Deadline:
        return tr("Deadline");
    case Planned:
        return tr("Planned for");
    case Level:
        return tr("Level");
    case Parent:
        return tr("Parent unit");
    default:
        return {};
    }
}
