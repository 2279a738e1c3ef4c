#include "ConferenceEdits.h"

#include "CampaignRepository.h"

EditConferenceCommand::EditConferenceCommand(Workspace &workspace, const Conference &before,
                                             const Conference &after, const QString &unitName)
    : EditCommand(workspace, tr("record the conference of %1").arg(unitName),
                  Workspace::Change::Schedule)
    , m_before(before)
    , m_after(after)
{
}

Result<void> EditConferenceCommand::apply()
{
    return CampaignRepository(database()).saveConference(m_after);
}

Result<void> EditConferenceCommand::revert()
{
    return CampaignRepository(database()).saveConference(m_before);
}
