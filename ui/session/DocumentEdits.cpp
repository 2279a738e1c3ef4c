#include "DocumentEdits.h"

#include "CampaignRepository.h"
#include "Transaction.h"

namespace {

// How the Edit menu names a document: its number, or its title when it has none.
QString documentName(const CampaignDocument &document)
{
    return document.number.trimmed().isEmpty() ? document.title.trimmed()
                                               : document.number.trimmed();
}

} // namespace

SaveDocumentCommand::SaveDocumentCommand(Workspace &workspace, qint64 campaignId,
                                         const std::optional<CampaignDocument> &before,
                                         const CampaignDocument &after)
    : EditCommand(
        workspace,
        [adding = !before, name = documentName(after)] {
            return adding ? tr("add the document %1").arg(name)
                          : tr("edit the document %1").arg(name);
        },
        Workspace::Change::Documents)
    , m_campaignId(campaignId)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SaveDocumentCommand::apply()
{
    CampaignRepository campaigns(database());
    Transaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const auto id = campaigns.saveDocument(m_campaignId, m_after);
    if (!id)
        return Failure{id.error()};
    // Read back its id and place, so that a redo after an undo makes the very same row.
    const auto campaign = campaigns.byId(m_campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    for (const CampaignDocument &document : campaign->documents) {
        if (document.id == *id)
            m_after = document;
    }
    return transaction.commit();
}

Result<void> SaveDocumentCommand::revert()
{
    CampaignRepository campaigns(database());
    if (m_before) {
        if (const auto saved = campaigns.saveDocument(m_campaignId, *m_before); !saved)
            return Failure{saved.error()};
        return {};
    }
    if (const auto removed = campaigns.removeDocument(m_campaignId, m_after.id); !removed)
        return Failure{removed.error()};
    return {};
}

RemoveDocumentCommand::RemoveDocumentCommand(Workspace &workspace, qint64 campaignId,
                                             const CampaignDocument &document)
    : EditCommand(
        workspace,
        [name = documentName(document)] { return tr("remove the document %1").arg(name); },
        Workspace::Change::Documents)
    , m_campaignId(campaignId)
    , m_document(document)
{
}

Result<void> RemoveDocumentCommand::apply()
{
    const auto removed = CampaignRepository(database()).removeDocument(m_campaignId, m_document.id);
    if (!removed)
        return Failure{removed.error()};
    m_document = *removed;
    return {};
}

Result<void> RemoveDocumentCommand::revert()
{
    const auto saved = CampaignRepository(database()).saveDocument(m_campaignId, m_document);
    if (!saved)
        return Failure{saved.error()};
    return {};
}
