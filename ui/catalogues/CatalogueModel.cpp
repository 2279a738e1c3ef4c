#include "CatalogueModel.h"

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CatalogueModel::setEntries(const QList<CatalogueEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CatalogueModel::rowOfEntry(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return entry.name;
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}
