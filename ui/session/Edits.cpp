#include "Edits.h"

#include "CampaignEdits.h"
#include "CatalogueEdits.h"
#include "ConferenceEdits.h"
#include "DeadlineEdits.h"
#include "DocumentEdits.h"
#include "ExemplarEdits.h"
#include "ResultsEdits.h"
#include "RewardEdits.h"
#include "SettingsEdits.h"
#include "SteeringEdits.h"
#include "Workspace.h"

namespace {

/// Runs a command that gives the id of what it saved, once it is on the stack.
template<typename Command, typename... Arguments>
Result<qint64> saveWithId(Workspace &workspace, qint64 (Command::*id)() const,
                          Arguments &&...arguments)
{
    auto *command = new Command(workspace, std::forward<Arguments>(arguments)...);
    if (auto done = workspace.execute(command); !done)
        return Failure{done.error()};
    // A command that went on the stack stays there: the stack owns it.
    return (command->*id)();
}

} // namespace

Result<void> Edits::recordConference(const Conference &before, const Conference &after,
                                     const QString &unitName)
{
    return m_workspace.execute(new EditConferenceCommand(m_workspace, before, after, unitName));
}

Result<void> Edits::importResults(const QList<ConferenceEdit> &edits, int fileCount)
{
    return m_workspace.execute(new ImportResultsCommand(m_workspace, edits, fileCount));
}

Result<void> Edits::setLevelDeadline(qint64 campaignId, const QString &level, const Period &before,
                                     const Period &after)
{
    return m_workspace.execute(
        new SetLevelDeadlineCommand(m_workspace, campaignId, level, before, after));
}

Result<void> Edits::setSpecialDeadline(qint64 campaignId, qint64 unitId, const QString &level,
                                       const std::optional<Period> &before,
                                       const std::optional<Period> &after, const QString &unitName)
{
    return m_workspace.execute(
        new SetOverrideCommand(m_workspace, campaignId, unitId, level, before, after, unitName));
}

Result<void> Edits::setPilotDeadline(qint64 campaignId, qint64 unitId,
                                     const std::optional<Period> &before,
                                     const std::optional<Period> &after, const QString &unitName)
{
    return m_workspace.execute(
        new SetPilotCommand(m_workspace, campaignId, unitId, before, after, unitName));
}

Result<qint64> Edits::saveExemplar(const std::optional<Exemplar> &before, const Exemplar &after)
{
    return saveWithId<SaveExemplarCommand>(m_workspace, &SaveExemplarCommand::exemplarId, before,
                                           after);
}

Result<void> Edits::removeExemplar(const Exemplar &exemplar)
{
    return m_workspace.execute(new RemoveExemplarCommand(m_workspace, exemplar));
}

Result<void> Edits::nominate(const Exemplar &exemplar, qint64 fromUnitId, const QString &targetName)
{
    return m_workspace.execute(new NominateCommand(m_workspace, exemplar, fromUnitId, targetName));
}

Result<void> Edits::setNominationStatus(const Nomination &before, Nomination::Status status,
                                        const QString &note, const QString &exemplarName,
                                        const QString &unitName)
{
    return m_workspace.execute(
        new SetNominationStatusCommand(m_workspace, before, status, note, exemplarName, unitName));
}

Result<void> Edits::removeNomination(const Nomination &nomination, const QString &exemplarName,
                                     const QString &targetName)
{
    return m_workspace.execute(
        new RemoveNominationCommand(m_workspace, nomination, exemplarName, targetName));
}

Result<qint64> Edits::saveReward(const std::optional<Reward> &before, const Reward &after,
                                 const QString &formName)
{
    return saveWithId<SaveRewardCommand>(m_workspace, &SaveRewardCommand::rewardId, before, after,
                                         formName);
}

Result<void> Edits::removeReward(const Reward &reward, const QString &formName)
{
    return m_workspace.execute(new RemoveRewardCommand(m_workspace, reward, formName));
}

Result<qint64> Edits::saveSteeringGroup(const std::optional<SteeringGroup> &before,
                                        const SteeringGroup &after)
{
    return saveWithId<SaveSteeringGroupCommand>(m_workspace, &SaveSteeringGroupCommand::groupId,
                                                before, after);
}

Result<void> Edits::removeSteeringGroup(const SteeringGroup &group)
{
    return m_workspace.execute(new RemoveSteeringGroupCommand(m_workspace, group));
}

Result<void> Edits::assignUnits(qint64 campaignId, const QList<qint64> &unitIds, qint64 groupId,
                                const QString &groupName)
{
    return m_workspace.execute(
        new AssignUnitsCommand(m_workspace, campaignId, unitIds, groupId, groupName));
}

Result<void> Edits::createCampaign(const CampaignSpec &spec)
{
    return m_workspace.execute(new CreateCampaignCommand(m_workspace, spec));
}

Result<void> Edits::deleteCampaign(const Campaign &campaign)
{
    return m_workspace.execute(new DeleteCampaignCommand(m_workspace, campaign));
}

Result<void> Edits::renameCampaign(const Campaign &campaign, const QString &name,
                                   const QString &phase)
{
    return m_workspace.execute(new RenameCampaignCommand(m_workspace, campaign, name, phase));
}

Result<void> Edits::closeCampaign(const Campaign &campaign, bool close)
{
    return m_workspace.execute(new CloseCampaignCommand(m_workspace, campaign, close));
}

Result<void> Edits::setParticipation(qint64 campaignId, qint64 unitId, const QString &unitName,
                                     bool takePart)
{
    return m_workspace.execute(
        new ParticipationCommand(m_workspace, campaignId, unitId, unitName, takePart));
}

Result<void> Edits::saveDocument(qint64 campaignId, const std::optional<CampaignDocument> &before,
                                 const CampaignDocument &after)
{
    return m_workspace.execute(new SaveDocumentCommand(m_workspace, campaignId, before, after));
}

Result<void> Edits::removeDocument(qint64 campaignId, const CampaignDocument &document)
{
    return m_workspace.execute(new RemoveDocumentCommand(m_workspace, campaignId, document));
}

Result<void> Edits::addCatalogueEntry(CatalogueRepository::Catalogue catalogue, const QString &name)
{
    return m_workspace.execute(new AddCatalogueEntryCommand(m_workspace, catalogue, name));
}

Result<void> Edits::renameCatalogueEntry(CatalogueRepository::Catalogue catalogue,
                                         const CatalogueEntry &entry, const QString &newName)
{
    return m_workspace.execute(
        new RenameCatalogueEntryCommand(m_workspace, catalogue, entry, newName));
}

Result<void> Edits::removeCatalogueEntry(CatalogueRepository::Catalogue catalogue,
                                         const CatalogueEntry &entry)
{
    return m_workspace.execute(new RemoveCatalogueEntryCommand(m_workspace, catalogue, entry));
}

Result<void> Edits::changeOfficeSettings(const QStringList &keys,
                                         const QHash<QString, QString> &before,
                                         const QHash<QString, QString> &after)
{
    return m_workspace.execute(new ChangeOfficeSettingsCommand(m_workspace, keys, before, after));
}
