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
    return change(m_before, m_after);
}

Result<void> EditConferenceCommand::revert()
{
    return change(m_after, m_before);
}

Result<void> EditConferenceCommand::change(const Conference &from, const Conference &to)
{
    // Only the fields this edit changes, over what is stored now.
    const auto changed =
        CampaignRepository(database()).changeConference(to, Conference::differences(from, to));
    if (!changed)
        return Failure{changed.error()};
    return {};
}
