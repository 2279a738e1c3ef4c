#pragma once

#include "CatalogueRepository.h"

#include <QAbstractListModel>

/// The entries of one catalogue (fields of activity, or reward forms), in their order.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
    };

    explicit CatalogueModel(QObject *parent = nullptr);

    void setEntries(const QList<CatalogueEntry> &entries);
    const CatalogueEntry &entry(int row) const { return m_entries.at(row); }
    /// The row of an entry, or -1.
    int rowOfEntry(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CatalogueEntry> m_entries;
};
