#include "OverdueModel.h"

#include "Dates.h"
#include "Schedule.h"
#include "StatusTints.h"

OverdueModel::OverdueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverdueModel::setReport(std::shared_ptr<const ProgressReport> report,
                             std::shared_ptr<const Schedule> schedule)
{
    beginResetModel();
    m_report = std::move(report);
    m_schedule = std::move(schedule);
    endResetModel();
}

void OverdueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OverdueModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report || !m_schedule)
        return 0;
    return int(m_report->overdue().size());
}

int OverdueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueModel::display(const ProgressReport::OverdueEntry &entry, int column) const
{
    const ScheduleRow &row = m_schedule->rows().at(entry.scheduleRow);
    switch (column) {
    case Unit:
        return entry.label;
    case Standing:
        return Schedule::timelinessText(row);
    case Deadline:
        return Dates::text(entry.deadline);
    case Level:
        return m_schedule->level(entry.level).displayName();
    case Parent:
        return row.parentName;
    default:
        return {};
    }
}

QVariant OverdueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ProgressReport::OverdueEntry &entry = m_report->overdue().at(index.row());
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
        return StatusTints::background(Timeliness::Overdue);
    case Qt::ForegroundRole:
        return StatusTints::foreground(Timeliness::Overdue);
    case UnitIdRole:
        return entry.unitId;
    case DaysOverdueRole:
        return entry.daysOverdue;
    case HeldLateRole:
        return entry.heldLate;
    default:
        return {};
    }
}

QVariant OverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Unit:
        return tr("Unit");
    case Standing:
        return tr("Overdue");
    case Deadline:
        return tr("Deadline");
    case Level:
        return tr("Level");
    case Parent:
        return tr("Parent unit");
    default:
        return {};
    }
}
