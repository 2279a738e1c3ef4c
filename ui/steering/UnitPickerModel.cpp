#include "UnitPickerModel.h"

UnitPickerModel::UnitPickerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UnitPickerModel::setEntries(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_checked.clear();
    endResetModel();
    emit checkedChanged();
}

QList<qint64> UnitPickerModel::checkedUnitIds() const
{
    QList<qint64> ids;
    for (const Entry &entry : m_entries) {
        if (m_checked.contains(entry.unitId))
            ids.append(entry.unitId);
    }
    return ids;
}

void UnitPickerModel::setChecked(int row, bool checked)
{
    const Entry &entry = m_entries.at(row);
    if (entry.alreadyChosen || m_checked.contains(entry.unitId) == checked)
        return;
    if (checked)
        m_checked.insert(entry.unitId);
    else
        m_checked.remove(entry.unitId);
    emit dataChanged(index(row, Unit), index(row, Unit), {Qt::CheckStateRole});
    emit checkedChanged();
}

int UnitPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int UnitPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitPickerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case UnitIdRole:
        return entry.unitId;
    case TreeIndexRole:
        return entry.treeIndex;
    case Qt::CheckStateRole:
        if (index.column() != Unit)
            return {};
        return entry.alreadyChosen || m_checked.contains(entry.unitId) ? Qt::Checked
                                                                       : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (entry.alreadyChosen)
            return tr("Already followed by this group");
        if (!entry.groupName.isEmpty())
            return tr("Followed by %1 now; choosing it moves it to this group")
                .arg(entry.groupName);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Unit:
            return entry.label;
        case Under:
            return entry.parentName;
        case Group:
            return entry.groupName;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

bool UnitPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Unit || !index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || m_entries.at(index.row()).alreadyChosen)
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags UnitPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    if (!m_entries.at(index.row()).alreadyChosen)
        flags |= Qt::ItemIsEnabled;
    if (index.column() == Unit)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant UnitPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Under:
        return tr("Under");
    case Group:
        return tr("Followed by");
    default:
        return {};
    }
}
