#include "ConferenceEdits.h"

#include "CampaignRepository.h"
#include "Transaction.h"

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
    // Read and written in one transaction: only the fields this edit changes are written,
    // over what is stored now, so that what another program wrote meanwhile is kept.
    Transaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    CampaignRepository campaigns(database());
    const auto stored = campaigns.conference(to.campaignId, to.unitId);
    if (!stored)
        return Failure{stored.error()};
    if (auto saved = campaigns.saveConference(Conference::withChanges(*stored, from, to)); !saved)
        return saved;
    return transaction.commit();
}
