#pragma once

#include "Campaign.h"
#include "EditCommand.h"

#include <optional>

/// Adds a document to a campaign (a directive, plan or guidance), or changes one.
class SaveDocumentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveDocumentCommand)

public:
    /// `before` is nothing for a new document.
    SaveDocumentCommand(Workspace &workspace, qint64 campaignId,
                        const std::optional<CampaignDocument> &before,
                        const CampaignDocument &after);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    std::optional<CampaignDocument> m_before;
    CampaignDocument m_after;
};

/// Removes a document of a campaign; undo puts it back in its place.
class RemoveDocumentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDocumentCommand)

public:
    RemoveDocumentCommand(Workspace &workspace, qint64 campaignId,
                          const CampaignDocument &document);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    CampaignDocument m_document;
};
