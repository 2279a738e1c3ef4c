#include "CampaignDocumentModel.h"

#include "Dates.h"

CampaignDocumentModel::CampaignDocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignDocumentModel::setDocuments(const QList<CampaignDocument> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int CampaignDocumentModel::rowOfDocument(qint64 documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId)
            return row;
    }
    return -1;
}

void CampaignDocumentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CampaignDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int CampaignDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignDocument &document = m_documents.at(index.row());
    if (role == DocumentIdRole)
        return document.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return document.number;
    case Date:
        return Dates::text(document.issuedOn);
    case Issuer:
        return document.issuer;
    case Title:
        return document.title;
    default:
        return {};
    }
}

QVariant CampaignDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Issuer:
        return tr("Issued by");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}
