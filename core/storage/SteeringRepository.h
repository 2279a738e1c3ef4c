#pragma once

#include "Result.h"
#include "SteeringGroup.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

/// Reads and writes a campaign's steering groups, their members and the units each follows.
/// A unit is followed by at most one group in a campaign.
class SteeringRepository
{
    Q_DECLARE_TR_FUNCTIONS(SteeringRepository)

public:
    explicit SteeringRepository(Database &database);

    /// The groups in their order, with members and units.
    Result<QList<SteeringGroup>> groups(qint64 campaignId) const;
    /// Adds (with `group.id` when set and free) or replaces a group with its members and
    /// units; a unit given to this group leaves the group that had it. Returns the id.
    Result<qint64> save(const SteeringGroup &group);
    /// Removes a group; returns it as it was.
    Result<SteeringGroup> remove(qint64 id);

    /// Which group follows each unit: unit id → group id (units followed by none are absent).
    Result<QHash<qint64, qint64>> assignments(qint64 campaignId) const;
    /// Gives units to a group (0: to none); returns the assignments they had before, for undo.
    Result<QHash<qint64, qint64>> assign(qint64 campaignId, const QList<qint64> &unitIds,
                                         qint64 groupId);
    /// Puts assignments back as they were (group 0: followed by none).
    Result<void> restoreAssignments(qint64 campaignId, const QHash<qint64, qint64> &assignments);

private:
    Database &m_database;
};
