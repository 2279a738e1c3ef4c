#pragma once

#include "Campaign.h"
#include "Conference.h"
#include "DeadlineRules.h"
#include "Result.h"
#include "RowSnapshot.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

class Database;

/// Reads and writes campaigns, their deadlines and pilots, and their conferences. Every
/// write is one transaction (or a step of the caller's), checked by the same rules
/// whether it comes from the window or the command line.
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database &database);

    /// Every campaign, oldest first.
    Result<QList<Campaign>> all() const;
    Result<Campaign> byId(qint64 id) const;

    /// The conferences a campaign has: one for each unit under the root, at a level taking
    /// part, in force on the start date, except the units `excluded`; and one for each unit
    /// `added` (a unit of a level taking part, wherever it is in the tree). Each is attached
    /// to the nearest taking part above it in the tree, or to the root's.
    static QList<Conference> participantsOf(const Campaign &campaign, const QList<Unit> &units,
                                            const QSet<qint64> &excluded = {},
                                            const QSet<qint64> &added = {});

    /// Creates a campaign with its levels, deadlines, documents and key dates, and the
    /// conferences participantsOf() gives. The root unit must be of the campaign's first
    /// level. Returns the new id.
    Result<qint64> create(const Campaign &campaign, const QSet<qint64> &excluded = {},
                          const QSet<qint64> &added = {});

    /// Adds conferences for units that now belong in a campaign (added since it was
    /// created and in force on its start date), except in closed campaigns and for the
    /// units the clerk left out. Returns how many were added.
    Result<int> addMissingParticipants();

    /// Renames a campaign and sets its phase.
    Result<void> rename(qint64 campaignId, const QString &name, const QString &phase);
    /// Closes a campaign (its records are then only read, printed and exported) or opens
    /// it again.
    Result<void> setClosed(qint64 campaignId, bool closed);

    /// What deleting a campaign would lose, for the question asked before.
    struct Contents
    {
        int conferences = 0;
        int conferencesWithResults = 0;
        int exemplars = 0;
        int rewards = 0;
        int steeringGroups = 0;
        int documents = 0;
    };
    Result<Contents> contents(qint64 campaignId) const;
    /// The contents in words: "160 conferences (3 with results), 2 models and exemplars, …".
    static QString describe(const Contents &contents);

    /// Deletes a campaign with all its records. Returns them as they were, for restore().
    Result<RowSnapshot> remove(qint64 campaignId);
    /// Puts back a campaign deleted by remove(), with its ids, closed or not as it was.
    Result<void> restore(const RowSnapshot &snapshot, qint64 campaignId, bool closed);

    /// The units the clerk left out of a campaign.
    Result<QSet<qint64>> exclusions(qint64 campaignId) const;
    /// Makes a unit take part in a campaign (a unit left out, or any unit of a level taking
    /// part); the conferences below it are attached to it.
    Result<void> addParticipant(qint64 campaignId, qint64 unitId);
    /// Leaves a unit out of a campaign. Refused for the root and once its conference has
    /// results (anything reported, models and exemplars, rewards, nominations). Returns its
    /// records as they were (its conference, own deadlines, pilot mark, steering group), for
    /// restore(). The unit is remembered as left out, so that an import of units does not
    /// bring it back, unless `remember` is false (the undo of adding it by hand).
    Result<RowSnapshot> removeParticipant(qint64 campaignId, qint64 unitId, bool remember = true);
    /// Takes back removeParticipant().
    Result<void> restoreParticipant(qint64 campaignId, qint64 unitId, const RowSnapshot &snapshot);

    /// Adds (with `document.id` when set and free) or updates a document of a campaign;
    /// returns its id.
    Result<qint64> saveDocument(qint64 campaignId, const CampaignDocument &document);
    /// Removes a document; returns it as it was.
    Result<CampaignDocument> removeDocument(qint64 campaignId, qint64 documentId);

    /// The campaigns a unit takes part in, oldest first.
    Result<QList<qint64>> campaignsOfUnit(qint64 unitId) const;

    Result<QList<Conference>> conferences(qint64 campaignId) const;
    /// A conference with the code and name of its unit.
    struct NamedConference
    {
        Conference conference;
        QString unitCode;
        QString unitName;
    };
    /// conferences(), each with its unit's code and name, read together: what reading
    /// results back matches a table's rows with.
    Result<QList<NamedConference>> namedConferences(qint64 campaignId) const;
    Result<Conference> conference(qint64 campaignId, qint64 unitId) const;
    /// Saves what a conference reported, after Conference::validate().
    Result<void> saveConference(const Conference &conference);
    /// Saves what several conferences reported, each after Conference::validate(), in one
    /// transaction with one statement: all of them, or none when one is refused (the
    /// message names its unit). Inside a caller's transaction it is part of it, without a
    /// savepoint (Transaction::Nesting::Join): the caller rolls back on a failure.
    Result<void> saveConferences(const QList<Conference> &conferences);
    /// Changes what a conference reported: reads it as stored now, sets `fields` as they are
    /// in `values` (whose campaignId and unitId name the conference), checks and saves it,
    /// all in one transaction, so that what another program wrote to the other fields in
    /// the meantime is kept. Returns the conference as saved. The window's edits and the
    /// command line both change conferences this way.
    Result<Conference> changeConference(const Conference &values, Conference::Fields fields);

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
    /// conference(), the statement ended by `tail` (Database::forUpdate() to lock the row).
    Result<Conference> conferenceRow(qint64 campaignId, qint64 unitId, const QString &tail) const;
    /// Attaches every conference of a campaign to the nearest conference above it in the
    /// tree, after a unit joined or left.
    Result<void> reattach(qint64 campaignId);
    Result<QList<Campaign>> select(const QString &condition, qint64 id) const;
    Result<void> loadDetails(Campaign *campaign) const;
    std::function<QString(qint64)> unitNames() const;

    Database &m_database;
};

Q_DECLARE_TYPEINFO(CampaignRepository::NamedConference, Q_RELOCATABLE_TYPE);
