#pragma once

#include "CampaignSpec.h"
#include "EditCommand.h"
#include "RowSnapshot.h"

/// Creates a campaign from its description, in one transaction; undo deletes it with all it
/// has gathered since, and redo puts it back with the same ids.
class CreateCampaignCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateCampaignCommand)

public:
    CreateCampaignCommand(Workspace &workspace, const CampaignSpec &spec);

    Result<void> apply() override;
    Result<void> revert() override;
    /// The campaign created, once applied.
    qint64 campaignId() const { return m_campaignId; }

private:
    CampaignSpec m_spec;
    qint64 m_campaignId = 0;
    RowSnapshot m_removed; ///< filled by revert(), put back by the next apply()
    bool m_closed = false;
};

/// Deletes a campaign with all its records; undo puts them all back.
class DeleteCampaignCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCampaignCommand)

public:
    DeleteCampaignCommand(Workspace &workspace, const Campaign &campaign);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    bool m_closed;
    RowSnapshot m_removed;
};

/// Renames a campaign and sets its phase.
class RenameCampaignCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameCampaignCommand)

public:
    RenameCampaignCommand(Workspace &workspace, const Campaign &campaign, const QString &name,
                          const QString &phase);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    QString m_oldName, m_oldPhase, m_name, m_phase;
};

/// Closes a campaign (read, printed and exported only) or opens it again.
class CloseCampaignCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CloseCampaignCommand)

public:
    CloseCampaignCommand(Workspace &workspace, const Campaign &campaign, bool close);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    bool m_close;
};

/// Makes a unit take part in a campaign, or leaves it out; undo does the other.
class ParticipationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ParticipationCommand)

public:
    ParticipationCommand(Workspace &workspace, qint64 campaignId, qint64 unitId,
                         const QString &unitName, bool takePart);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_campaignId;
    qint64 m_unitId;
    bool m_takePart;
    bool m_applied = false;
    bool m_wasLeftOut = false; ///< before being added: left out by the clerk
    RowSnapshot m_removed; ///< what leaving the unit out took with it
};
