#include "ScheduleModel.h"

#include "StatusTints.h"
#include "Text.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace {

QString dayText(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScheduleModel::setSchedule(std::shared_ptr<const Schedule> schedule)
{
    beginResetModel();
    m_schedule = std::move(schedule);
    m_searchKeys.clear();
    if (m_schedule) {
        m_searchKeys.reserve(m_schedule->rows().size());
        for (const ScheduleRow &row : m_schedule->rows())
            m_searchKeys.append(Text::searchKey(row.unitLabel) + u' ' + row.unitCode);
    }
    endResetModel();
}

void ScheduleModel::statusesChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ScheduleModel::setGroups(const QHash<qint64, qint64> &groupOfUnit,
                              const QHash<qint64, QString> &names)
{
    m_groupOfUnit = groupOfUnit;
    m_groupNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, Group), index(rowCount() - 1, Group));
}

void ScheduleModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScheduleModel::rowOfUnit(qint64 unitId) const
{
    return m_schedule ? m_schedule->rowOfUnit(unitId) : -1;
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_schedule)
        return 0;
    return int(m_schedule->rows().size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::display(const ScheduleRow &row, int column) const
{
    switch (column) {
    case Unit:
        return row.unitLabel;
    case Code:
        return row.unitCode;
    case Level:
        return m_schedule->level(row.conference.level).displayName();
    case Parent:
        return row.parentName;
    case Deadline:
        if (!row.deadline.isValid())
            return tr("none");
        // A deadline that is a plain day needs no phrase beside it.
        if (row.deadline.period.kind() == Period::Kind::Day)
            return dayText(row.deadline.last());
        return tr("%1 (%2)").arg(dayText(row.deadline.last()), row.deadline.period.describe());
    case Pilot:
        return row.pilot ? tr("Pilot") : QString();
    case Stage:
        return Conference::stageName(row.stage);
    case Standing:
        if (row.orderWarning)
            return tr("%1; held before the units below it").arg(Schedule::timelinessText(row));
        return Schedule::timelinessText(row);
    case Scheduled:
        return dayText(row.conference.scheduledOn);
    case Held:
        return dayText(row.conference.heldOn);
    case Group:
        return m_groupNames.value(m_groupOfUnit.value(row.conference.unitId));
    default:
        return {};
    }
}

QVariant ScheduleModel::sortValue(const ScheduleRow &row, int column) const
{
    switch (column) {
    case Unit:
        return row.treeIndex;
    case Level:
        return m_schedule->level(row.conference.level).rank;
    case Deadline:
        return row.deadline.last();
    case Pilot:
        return row.pilot ? 0 : 1;
    case Stage:
        return int(row.stage);
    case Standing:
        // Most urgent first: overdue by the most days, then the nearest deadlines.
        return row.timeliness == Timeliness::Overdue ? row.daysLeft - 100000 : row.daysLeft;
    case Scheduled:
        return row.conference.scheduledOn;
    case Held:
        return row.conference.heldOn;
    default:
        return display(row, column);
    }
}

QString ScheduleModel::toolTip(const ScheduleRow &row, int column) const
{
    const auto nameOf = [this](qint64 unitId) {
        const int r = m_schedule->rowOfUnit(unitId);
        return r >= 0 ? m_schedule->rows().at(r).unitName : QString();
    };
    switch (column) {
    case Deadline:
        if (!row.deadline.isValid())
            return tr("No deadline is set for this level.");
        return tr("“%1”: %2")
            .arg(row.deadline.period.text(), DeadlineRules::describeSource(row.deadline, nameOf));
    case Standing:
        if (row.orderWarning)
            return tr("Held on %1 while %2 of the %3 units below it had not yet held theirs.")
                .arg(dayText(row.conference.heldOn))
                .arg(row.children - row.childrenHeld)
                .arg(row.children);
        if (row.children > 0)
            return tr("%1 of the %2 units below it have held their conference.")
                .arg(row.childrenHeld)
                .arg(row.children);
        return {};
    case Held:
        if (row.conference.heldOn.isValid() && row.conference.heldOn > m_schedule->asOf())
            return tr("Held after the day shown, so it does not count yet.");
        return {};
    default:
        return {};
    }
}

const ScheduleRow *ScheduleModel::rowAt(int row) const
{
    return m_schedule && row >= 0 && row < rowCount() ? &m_schedule->rows().at(row) : nullptr;
}

qint64 ScheduleModel::groupAt(int row) const
{
    const ScheduleRow *scheduleRow = rowAt(row);
    return scheduleRow ? m_groupOfUnit.value(scheduleRow->conference.unitId) : 0;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!m_schedule || !index.isValid() || index.row() >= rowCount())
        return {};
    const ScheduleRow &row = m_schedule->rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole:
        return StatusTints::background(row.timeliness);
    case Qt::ForegroundRole:
        if (row.timeliness != Timeliness::OnTime)
            return StatusTints::foreground(row.timeliness);
        if (index.column() == Standing && row.orderWarning)
            return QBrush(StatusTints::warningText());
        if (index.column() == Stage
            && (row.stage == Conference::Stage::Held
                || row.stage == Conference::Stage::ReportReceived))
            return QBrush(StatusTints::heldText());
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case UnitIdRole:
        return row.conference.unitId;
    case TimelinessRole:
        return int(row.timeliness);
    case StageRole:
        return int(row.stage);
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Unit:
        return tr("Unit");
    case Code:
        return tr("Code");
    case Level:
        return tr("Level");
    case Parent:
        return tr("Parent unit");
    case Deadline:
        return tr("Deadline");
    case Pilot:
        return tr("Pilot");
    case Stage:
        return tr("Conference");
    case Standing:
        return tr("Timeliness");
    case Scheduled:
        return tr("Planned for");
    case Held:
        return tr("Held on");
    case Group:
        return tr("Steering group");
    default:
        return {};
    }
}
