#pragma once

#include "Campaign.h"
#include "Conference.h"
#include "DeadlineRules.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes campaigns, their deadlines and pilots, and their conferences. Every
/// write is one transaction (or a step of the caller's), checked by the same rules
/// whether it comes from the window or the command line.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database &database);

    Result<QList<Campaign>> all() const;
    Result<Campaign> byId(qint64 id) const;

    /// Creates a campaign with its levels, deadlines, documents and key dates, and one
    /// conference for each unit under the root, at a level taking part, in force on the
    /// start date. Returns the new id.
    Result<qint64> create(const Campaign &campaign);

    /// Adds conferences for units that now belong in a campaign (added since it was
    /// created and in force on its start date). Returns how many were added.
    Result<int> addMissingParticipants();

    /// Adds (with `document.id` when set and free) or updates a document of a campaign;
    /// returns its id.
    Result<qint64> saveDocument(qint64 campaignId, const CampaignDocument &document);
    /// Removes a document; returns it as it was.
    Result<CampaignDocument> removeDocument(qint64 campaignId, qint64 documentId);

    /// The campaigns a unit takes part in, oldest first.
    Result<QList<qint64>> campaignsOfUnit(qint64 unitId) const;

    Result<QList<Conference>> conferences(qint64 campaignId) const;
    Result<Conference> conference(qint64 campaignId, qint64 unitId) const;
    /// Saves what a conference reported, after Conference::validate().
    Result<void> saveConference(const Conference &conference);
    /// Saves what several conferences reported, each after Conference::validate(), in one
    /// transaction with one statement: all of them, or none when one is refused (the
    /// message names its unit).
    Result<void> saveConferences(const QList<Conference> &conferences);

    Result<QList<DeadlineOverride>> overrides(qint64 campaignId) const;
    Result<QList<Pilot>> pilots(qint64 campaignId) const;
    /// The campaign's deadline rules as they stand.
    Result<DeadlineRules> rules(qint64 campaignId) const;
    /// The same, for a campaign and its conferences already read.
    Result<DeadlineRules> rules(const Campaign &campaign,
                                const QList<Conference> &conferences) const;

    /// Sets the directive's deadline for a level.
    Result<void> setLevelDeadline(qint64 campaignId, const QString &level, const Period &deadline);
    /// Sets a unit's own deadline for a level in its part of the tree; a deadline looser
    /// than the one above is refused with a message saying who set the tighter one.
    Result<void> setOverride(qint64 campaignId, qint64 unitId, const QString &level,
                             const Period &deadline);
    Result<void> removeOverride(qint64 campaignId, qint64 unitId, const QString &level);
    /// Marks a unit as a pilot with its own deadline, which may not be looser than the
    /// unit's deadline without it.
    Result<void> setPilot(qint64 campaignId, qint64 unitId, const Period &deadline);
    Result<void> removePilot(qint64 campaignId, qint64 unitId);

private:
    Result<QList<Campaign>> select(const QString &condition, qint64 id) const;
    Result<void> loadDetails(Campaign *campaign) const;
    std::function<QString(qint64)> unitNames() const;

    Database &m_database;
};
