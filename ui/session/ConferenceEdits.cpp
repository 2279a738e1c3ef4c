#include "ConferenceEdits.h"

#include "CampaignRepository.h"

EditConferenceCommand::EditConferenceCommand(Workspace &workspace, const Conference &before,
                                             const Conference &after, const QString &unitName)
    : EditCommand(
        workspace, [before, after, unitName] { return describe(before, after, unitName); },
        Workspace::Change::Schedule)
    , m_before(before)
    , m_after(after)
{
}

QString EditConferenceCommand::describe(const Conference &before, const Conference &after,
                                        const QString &unitName)
{
    // The fields as the Edit menu names them: "Undo: attendees of Xã Bình An".
    const QList<std::pair<bool, QString>> fields{
        {before.scheduledOn != after.scheduledOn, tr("planned day")},
        {before.venue != after.venue, tr("venue")},
        {before.heldOn != after.heldOn, tr("day held")},
        {before.chair != after.chair, tr("chair")},
        {before.invited != after.invited, tr("delegates invited")},
        {before.attendees != after.attendees, tr("attendees")},
        {before.reportReceivedOn != after.reportReceivedOn, tr("day the report was received")},
        {before.budgetPlanned != after.budgetPlanned, tr("budget planned")},
        {before.budgetSpent != after.budgetSpent, tr("budget spent")},
        {before.assessment != after.assessment, tr("assessment")},
        {before.note != after.note, tr("note")},
    };
    QStringList changed;
    for (const auto &[differs, name] : fields) {
        if (differs)
            changed.append(name);
    }
    if (changed.size() == 1)
        return tr("%1 of %2").arg(changed.constFirst(), unitName);
    if (changed.size() == 2)
        return tr("%1 and %2 of %3").arg(changed.constFirst(), changed.constLast(), unitName);
    return tr("record the conference of %1").arg(unitName);
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
