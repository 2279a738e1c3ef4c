#include "ConferenceListModel.h"

#include "Dates.h"
#include "StatusTints.h"

ConferenceListModel::ConferenceListModel(QList<Field> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
}

void ConferenceListModel::setReport(std::shared_ptr<const CampaignProgress> report,
                                    std::shared_ptr<const Schedule> schedule)
{
    beginResetModel();
    m_report = std::move(report);
    m_schedule = std::move(schedule);
    endResetModel();
}

void ConferenceListModel::retranslate()
{
    const int columns = columnCount();
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

int ConferenceListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_report || !m_schedule)
        return 0;
    return entryCount(*m_report);
}

int ConferenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ConferenceListModel::display(const Entry &entry, Field field) const
{
    const ScheduleRow &row = m_schedule->rows().at(entry.scheduleRow);
    switch (field) {
    case Field::Unit:
        return entry.label;
    case Field::Standing:
        return Schedule::timelinessText(row);
    case Field::Deadline:
        return Dates::text(entry.deadline);
    case Field::Planned:
        return Dates::text(entry.scheduledOn);
    case Field::Level:
        return m_schedule->level(entry.level).displayName();
    case Field::Parent:
        return row.parentName;
    }
    return {};
}

QVariant ConferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (role >= FirstOwnRole)
        return ownData(*m_report, index.row(), role);
    const Entry entry = this->entry(*m_report, index.row());
    const Field field = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, field);
    case Qt::ToolTipRole:
        if (field == Field::Unit && !entry.code.isEmpty())
            return tr("code %1").arg(entry.code);
        if (field == Field::Deadline)
            return tr("“%1”").arg(m_schedule->rows().at(entry.scheduleRow).deadline.period.text());
        return {};
    case Qt::BackgroundRole:
        return StatusTints::background(entry.timeliness);
    case Qt::ForegroundRole:
        return StatusTints::foreground(entry.timeliness);
    case UnitIdRole:
        return entry.unitId;
    default:
        return {};
    }
}

QVariant ConferenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return {};
    switch (const Field field = m_columns.at(section)) {
    case Field::Unit:
        return tr("Unit");
    case Field::Deadline:
        return tr("Deadline");
    case Field::Level:
        return tr("Level");
    case Field::Parent:
        return tr("Parent unit");
    case Field::Standing:
    case Field::Planned:
        return ownHeader(field);
    }
    return {};
}
