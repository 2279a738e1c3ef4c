#pragma once

#include "Result.h"
#include "Reward.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

class Database;

/// Reads and writes a campaign's rewards with their recipients, one transaction per change.
class RewardRepository
{
    Q_DECLARE_TR_FUNCTIONS(RewardRepository)

public:
    explicit RewardRepository(Database &database);

    Result<QList<Reward>> rewards(qint64 campaignId) const;
    /// The rewards given at one unit's conference in a campaign (through the index on
    /// campaign and unit, not the campaign's whole list).
    Result<QList<Reward>> rewardsOfUnit(qint64 campaignId, qint64 unitId) const;
    Result<Reward> reward(qint64 id) const;
    /// Adds (with `reward.id` when set and free) or replaces a reward and its recipients;
    /// returns its id.
    Result<qint64> save(const Reward &reward);
    /// Removes a reward; returns it as it was, recipients included.
    Result<Reward> remove(qint64 id);

private:
    /// The rewards whose `columns` hold `values`, with their recipients.
    Result<QList<Reward>> select(const QStringList &columns, const QVariantList &values) const;

    Database &m_database;
};
