#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/// What units left behind in every campaign: their conferences, their models and exemplars,
/// and the rewards given at their conferences. A new commune of 2025 shows the history of
/// the communes that went into it this way, each record marked with the unit it belongs to.
class UnitHistory
{
    Q_DECLARE_TR_FUNCTIONS(UnitHistory)

public:
    struct Entry
    {
        enum class Kind { Conference, Exemplar, Reward };

        Kind kind = Kind::Conference;
        qint64 unitId = 0; ///< the unit the record belongs to
        qint64 campaignId = 0;
        QString campaign; ///< the campaign's name and phase
        QDate date; ///< held on, or the reward's decision date; invalid when none
        QString text; ///< one line for the clerk
    };

    /// The records of these units in every campaign, campaign by campaign (oldest first),
    /// then conferences, models and exemplars, rewards.
    static Result<QList<Entry>> of(Database &database, const QList<qint64> &unitIds);
};
