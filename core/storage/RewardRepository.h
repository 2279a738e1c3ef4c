#pragma once

#include "Result.h"
#include "Reward.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes a campaign's rewards with their recipients, one transaction per change.
class RewardRepository
{
    Q_DECLARE_TR_FUNCTIONS(RewardRepository)

public:
    explicit RewardRepository(Database &database);

    Result<QList<Reward>> rewards(qint64 campaignId) const;
    Result<Reward> reward(qint64 id) const;
    /// Adds (with `reward.id` when set and free) or replaces a reward and its recipients;
    /// returns its id.
    Result<qint64> save(const Reward &reward);
    /// Removes a reward; returns it as it was, recipients included.
    Result<Reward> remove(qint64 id);

private:
    Result<QList<Reward>> select(const QString &condition, qint64 value) const;

    Database &m_database;
};
