#include "CampaignEdits.h"

#include "CampaignRepository.h"

CreateCampaignCommand::CreateCampaignCommand(Workspace &workspace, const CampaignSpec &spec)
    : EditCommand(
        workspace, [name = spec.campaign.name] { return tr("create the campaign “%1”").arg(name); },
        Workspace::Change::Campaigns | Workspace::Change::Steering | Workspace::Change::Settings)
    , m_spec(spec)
{
}

Result<void> CreateCampaignCommand::apply()
{
    if (m_campaignId == 0) {
        const auto id = m_spec.create(database());
        if (!id)
            return Failure{id.error()};
        m_campaignId = *id;
    } else if (auto restored =
                   CampaignRepository(database()).restore(m_removed, m_campaignId, m_closed);
               !restored) {
        return restored;
    }
    workspace().setCampaignId(m_campaignId);
    return {};
}

Result<void> CreateCampaignCommand::revert()
{
    CampaignRepository campaigns(database());
    const auto campaign = campaigns.byId(m_campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    auto removed = campaigns.remove(m_campaignId);
    if (!removed)
        return Failure{removed.error()};
    m_removed = std::move(*removed);
    m_closed = campaign->closed;
    return {};
}

DeleteCampaignCommand::DeleteCampaignCommand(Workspace &workspace, const Campaign &campaign)
    : EditCommand(
        workspace, [name = campaign.name] { return tr("delete the campaign “%1”").arg(name); },
        Workspace::Change::Campaigns | Workspace::Change::Steering)
    , m_campaignId(campaign.id)
    , m_closed(campaign.closed)
{
}

Result<void> DeleteCampaignCommand::apply()
{
    auto removed = CampaignRepository(database()).remove(m_campaignId);
    if (!removed)
        return Failure{removed.error()};
    m_removed = std::move(*removed);
    return {};
}

Result<void> DeleteCampaignCommand::revert()
{
    if (auto restored = CampaignRepository(database()).restore(m_removed, m_campaignId, m_closed);
        !restored)
        return restored;
    workspace().setCampaignId(m_campaignId);
    return {};
}

RenameCampaignCommand::RenameCampaignCommand(Workspace &workspace, const Campaign &campaign,
                                             const QString &name, const QString &phase)
    : EditCommand(
        workspace, [name = campaign.name] { return tr("rename the campaign “%1”").arg(name); },
        Workspace::Change::Campaigns)
    , m_campaignId(campaign.id)
    , m_oldName(campaign.name)
    , m_oldPhase(campaign.phase)
    , m_name(name)
    , m_phase(phase)
{
}

Result<void> RenameCampaignCommand::apply()
{
    return CampaignRepository(database()).rename(m_campaignId, m_name, m_phase);
}

Result<void> RenameCampaignCommand::revert()
{
    return CampaignRepository(database()).rename(m_campaignId, m_oldName, m_oldPhase);
}

CloseCampaignCommand::CloseCampaignCommand(Workspace &workspace, const Campaign &campaign,
                                           bool close)
    : EditCommand(
        workspace,
        [close, name = campaign.name] {
            return close ? tr("close the campaign “%1”").arg(name)
                         : tr("reopen the campaign “%1”").arg(name);
        },
        Workspace::Change::Campaigns)
    , m_campaignId(campaign.id)
    , m_close(close)
{
}

Result<void> CloseCampaignCommand::apply()
{
    return CampaignRepository(database()).setClosed(m_campaignId, m_close);
}

Result<void> CloseCampaignCommand::revert()
{
    return CampaignRepository(database()).setClosed(m_campaignId, !m_close);
}

ParticipationCommand::ParticipationCommand(Workspace &workspace, qint64 campaignId, qint64 unitId,
                                           const QString &unitName, bool takePart)
    : EditCommand(
        workspace,
        [takePart, unitName] {
            return takePart ? tr("add %1 to the campaign").arg(unitName)
                            : tr("leave %1 out of the campaign").arg(unitName);
        },
        Workspace::Change::Schedule | Workspace::Change::Steering)
    , m_campaignId(campaignId)
    , m_unitId(unitId)
    , m_takePart(takePart)
{
}

Result<void> ParticipationCommand::apply()
{
    CampaignRepository campaigns(database());
    if (!m_takePart) {
        auto removed = campaigns.removeParticipant(m_campaignId, m_unitId);
        if (!removed)
            return Failure{removed.error()};
        m_removed = std::move(*removed);
        return {};
    }
    if (m_applied)
        return campaigns.restoreParticipant(m_campaignId, m_unitId, m_removed);
    const auto leftOut = campaigns.exclusions(m_campaignId);
    if (!leftOut)
        return Failure{leftOut.error()};
    m_wasLeftOut = leftOut->contains(m_unitId);
    if (auto added = campaigns.addParticipant(m_campaignId, m_unitId); !added)
        return added;
    m_applied = true;
    return {};
}

Result<void> ParticipationCommand::revert()
{
    CampaignRepository campaigns(database());
    if (!m_takePart)
        return campaigns.restoreParticipant(m_campaignId, m_unitId, m_removed);
    // Taken back as it was: left out again, or simply not taking part.
    auto removed = campaigns.removeParticipant(m_campaignId, m_unitId, m_wasLeftOut);
    if (!removed)
        return Failure{removed.error()};
    m_removed = std::move(*removed);
    return {};
}
