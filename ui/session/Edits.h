#pragma once

#include "CatalogueRepository.h"
#include "Exemplar.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;
struct Campaign;
struct CampaignDocument;
class CampaignSpec;
struct Conference;
struct ConferenceEdit;
class Period;
struct Reward;
struct SteeringGroup;

/// The changes a user makes to the open database, one verb each. Each verb makes one
/// undoable step on the workspace's undo stack, applied in one transaction; on failure
/// nothing is written, the stack is as it was, and the error says why in the user's
/// language. The pages call these instead of building the undo commands themselves.
///
/// Names given as arguments (a unit's, a form's, a group's) are only for the step's
/// description in the Edit menu ("Undo: record the conference of Xã Bình An").
class Edits
{
public:
    explicit Edits(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Conferences and deadlines
    Result<void> recordConference(const Conference &before, const Conference &after,
                                  const QString &unitName);
    Result<void> importResults(const QList<ConferenceEdit> &edits, int fileCount);
    Result<void> setLevelDeadline(qint64 campaignId, const QString &level, const Period &before,
                                  const Period &after);
    Result<void> setSpecialDeadline(qint64 campaignId, qint64 unitId, const QString &level,
                                    const std::optional<Period> &before,
                                    const std::optional<Period> &after, const QString &unitName);
    Result<void> setPilotDeadline(qint64 campaignId, qint64 unitId,
                                  const std::optional<Period> &before,
                                  const std::optional<Period> &after, const QString &unitName);

    // Exemplars and their nominations; saving gives the exemplar's id.
    Result<qint64> saveExemplar(const std::optional<Exemplar> &before, const Exemplar &after);
    Result<void> removeExemplar(const Exemplar &exemplar);
    Result<void> nominate(const Exemplar &exemplar, qint64 fromUnitId, const QString &targetName);
    Result<void> setNominationStatus(const Nomination &before, Nomination::Status status,
                                     const QString &note, const QString &exemplarName,
                                     const QString &unitName);
    Result<void> removeNomination(const Nomination &nomination, const QString &exemplarName,
                                  const QString &targetName);

    // Rewards; saving gives the reward's id.
    Result<qint64> saveReward(const std::optional<Reward> &before, const Reward &after,
                              const QString &formName);
    Result<void> removeReward(const Reward &reward, const QString &formName);

    // The steering group; saving gives the group's id. A groupId of 0 unassigns the units.
    Result<qint64> saveSteeringGroup(const std::optional<SteeringGroup> &before,
                                     const SteeringGroup &after);
    Result<void> removeSteeringGroup(const SteeringGroup &group);
    Result<void> assignUnits(qint64 campaignId, const QList<qint64> &unitIds, qint64 groupId,
                             const QString &groupName);

    // Campaigns, their participants and documents
    Result<void> createCampaign(const CampaignSpec &spec);
    Result<void> deleteCampaign(const Campaign &campaign);
    Result<void> renameCampaign(const Campaign &campaign, const QString &name,
                                const QString &phase);
    Result<void> closeCampaign(const Campaign &campaign, bool close);
    Result<void> setParticipation(qint64 campaignId, qint64 unitId, const QString &unitName,
                                  bool takePart);
    Result<void> saveDocument(qint64 campaignId, const std::optional<CampaignDocument> &before,
                              const CampaignDocument &after);
    Result<void> removeDocument(qint64 campaignId, const CampaignDocument &document);

    // Catalogues and the office's settings
    Result<void> addCatalogueEntry(CatalogueRepository::Catalogue catalogue, const QString &name);
    Result<void> renameCatalogueEntry(CatalogueRepository::Catalogue catalogue,
                                      const CatalogueEntry &entry, const QString &newName);
    Result<void> removeCatalogueEntry(CatalogueRepository::Catalogue catalogue,
                                      const CatalogueEntry &entry);
    Result<void> changeOfficeSettings(const QStringList &keys,
                                      const QHash<QString, QString> &before,
                                      const QHash<QString, QString> &after);

private:
    Workspace &m_workspace;
};
