#pragma once

#include "Campaign.h"

#include <QAbstractTableModel>

/// The documents of a campaign (directives, plans, guidance), in their order.
class CampaignDocumentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Issuer, Title, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
    };

    explicit CampaignDocumentModel(QObject *parent = nullptr);

    void setDocuments(const QList<CampaignDocument> &documents);
    const CampaignDocument &document(int row) const { return m_documents.at(row); }
    /// The row of a document, or -1.
    int rowOfDocument(qint64 documentId) const;
    /// Tells the views that the headers are in another language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CampaignDocument> m_documents;
};
