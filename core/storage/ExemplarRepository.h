#pragma once

#include "Exemplar.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/// Reads and writes a campaign's register of models and exemplars and their nominations up
/// the levels. Every write is one transaction; removals return what they removed, so that
/// an undo puts back exactly the same rows.
class ExemplarRepository
{
    Q_DECLARE_TR_FUNCTIONS(ExemplarRepository)

public:
    /// An exemplar with everything that hangs on it.
    struct Record
    {
        Exemplar exemplar;
        QList<Nomination> nominations;
        QList<qint64> rewardRecipientIds; ///< reward recipients linked to it
    };

    explicit ExemplarRepository(Database &database);

    Result<QList<Exemplar>> exemplars(qint64 campaignId) const;
    /// The exemplars of a campaign that a unit's panel shows, read through the indexes
    /// rather than the whole register: those the unit's conference commended, and those the
    /// unit received from below or put forward.
    Result<QList<Exemplar>> exemplarsOfUnit(qint64 campaignId, qint64 unitId) const;
    Result<Exemplar> exemplar(qint64 id) const;
    /// Adds (with `exemplar.id` when set and free) or updates an exemplar; returns its id.
    Result<qint64> save(const Exemplar &exemplar);
    Result<Record> remove(qint64 id);
    Result<void> restore(const Record &record);

    Result<QList<Nomination>> nominations(qint64 campaignId) const;
    /// Every nomination (all the steps) of the exemplars exemplarsOfUnit() returns, in the
    /// order they were made.
    Result<QList<Nomination>> nominationsOfUnit(qint64 campaignId, qint64 unitId) const;
    /// Puts an exemplar forward from `fromUnitId` to the next unit up its NominationChain
    /// (or to the national level from the top). The unit must hold the exemplar: it
    /// commended it, or it belongs to it and nobody commended it yet, or the unit received it
    /// from below and selected or commended it.
    Result<Nomination> nominate(qint64 exemplarId, qint64 fromUnitId);
    /// Writes a nomination as it is (with its id): the redo of nominate(), the undo of
    /// removeNomination().
    Result<void> insertNomination(const Nomination &nomination);
    Result<void> setNominationStatus(qint64 id, Nomination::Status status, const QString &note);
    Result<Nomination> removeNomination(qint64 id);

private:
    Result<Nomination> nominationById(qint64 id) const;

    Database &m_database;
};
