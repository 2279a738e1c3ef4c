#include "DeadlineEdits.h"

#include "CampaignRepository.h"

SetLevelDeadlineCommand::SetLevelDeadlineCommand(Workspace &workspace, qint64 campaignId,
                                                 const QString &level, const Period &before,
                                                 const Period &after)
    : EditCommand(
        workspace,
        // The level's name in the language in use.
        [&workspace, level] {
            return tr("set the deadline of %1").arg(workspace.level(level).displayName());
        },
        Workspace::Change::Schedule | Workspace::Change::Campaigns)
    , m_campaignId(campaignId)
    , m_level(level)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SetLevelDeadlineCommand::apply()
{
    return CampaignRepository(database()).setLevelDeadline(m_campaignId, m_level, m_after);
}

Result<void> SetLevelDeadlineCommand::revert()
{
    return CampaignRepository(database()).setLevelDeadline(m_campaignId, m_level, m_before);
}

SetOverrideCommand::SetOverrideCommand(Workspace &workspace, qint64 campaignId, qint64 unitId,
                                       const QString &level, const std::optional<Period> &before,
                                       const std::optional<Period> &after, const QString &unitName)
    : EditCommand(
        workspace,
        [setting = after.has_value(), unitName] {
            return setting ? tr("set the own deadline of %1").arg(unitName)
                           : tr("remove the own deadline of %1").arg(unitName);
        },
        Workspace::Change::Schedule)
    , m_campaignId(campaignId)
    , m_unitId(unitId)
    , m_level(level)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SetOverrideCommand::set(const std::optional<Period> &deadline)
{
    CampaignRepository campaigns(database());
    if (deadline)
        return campaigns.setOverride(m_campaignId, m_unitId, m_level, *deadline);
    return campaigns.removeOverride(m_campaignId, m_unitId, m_level);
}

Result<void> SetOverrideCommand::apply()
{
    return set(m_after);
}

Result<void> SetOverrideCommand::revert()
{
    return set(m_before);
}

SetPilotCommand::SetPilotCommand(Workspace &workspace, qint64 campaignId, qint64 unitId,
                                 const std::optional<Period> &before,
                                 const std::optional<Period> &after, const QString &unitName)
    : EditCommand(
        workspace,
        [setting = after.has_value(), unitName] {
            return setting ? tr("make %1 a pilot").arg(unitName)
                           : tr("remove the pilot mark of %1").arg(unitName);
        },
        Workspace::Change::Schedule)
    , m_campaignId(campaignId)
    , m_unitId(unitId)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SetPilotCommand::set(const std::optional<Period> &deadline)
{
    CampaignRepository campaigns(database());
    if (deadline)
        return campaigns.setPilot(m_campaignId, m_unitId, *deadline);
    return campaigns.removePilot(m_campaignId, m_unitId);
}

Result<void> SetPilotCommand::apply()
{
    return set(m_after);
}

Result<void> SetPilotCommand::revert()
{
    return set(m_before);
}
