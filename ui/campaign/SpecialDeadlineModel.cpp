#include "SpecialDeadlineModel.h"

#include "Dates.h"

#include <algorithm>

SpecialDeadlineModel::SpecialDeadlineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpecialDeadlineModel::setEntries(QList<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.treeIndex != b.treeIndex)
            return a.treeIndex < b.treeIndex;
        return !a.pilot && b.pilot;
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void SpecialDeadlineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Kind), index(rowCount() - 1, Kind));
}

int SpecialDeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SpecialDeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecialDeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case UnitIdRole:
        return entry.unitId;
    case PilotRole:
        return entry.pilot;
    case LevelKeyRole:
        return entry.level;
    case Qt::ToolTipRole:
        if (index.column() == Deadline || index.column() == Phrase)
            return entry.deadline.describe();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Unit:
            return entry.unitLabel;
        case Kind:
            return entry.pilot ? tr("Pilot") : tr("Own deadline");
        case Level:
            return entry.levelName;
        case Deadline:
            return Dates::text(entry.deadline.last());
        case Phrase:
            return entry.deadline.text();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SpecialDeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Kind:
        return tr("Kind");
    case Level:
        return tr("For the level");
    case Deadline:
        return tr("Deadline");
    case Phrase:
        return tr("As written");
    default:
        return {};
    }
}
