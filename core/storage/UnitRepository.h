#pragma once

#include "Level.h"
#include "Result.h"
#include "StringKey.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

class Database;
class Query;

/// Reads and writes units and levels.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(Database &database);
    ~UnitRepository();

    /// Every unit, retired ones included, in no particular order.
    Result<QList<Unit>> all() const;
    Result<Unit> byId(qint64 id) const;
    /// The unit a register code names on a day (today when `on` is invalid). Since 2025 one
    /// code may name two units on different days (Thị trấn Minh Lương 30880 until
    /// 30/06/2025, Xã Châu Thành 30880 from 01/07/2025): the one in force that day is meant.
    /// A code that names one unit only means it on any day. Fails with a message naming the
    /// code when no unit has it, and naming every unit with it when none of them was in
    /// force that day.
    Result<Unit> byCode(const QString &code, QDate on = {}) const;
    /// Every unit that has had the code, oldest first.
    Result<QList<Unit>> withCode(const QString &code) const;
    /// withCode() of every code at once, in one read: for looking up many codes.
    Result<QHash<QString, QList<Unit>>> allByCode() const;
    /// The same choice as byCode(), among units already read.
    static Result<Unit> choose(const QString &code, const QList<Unit> &units, QDate on);
    /// "Xã Châu Thành (30880, from 01/07/2025)": a unit with the days it was in force.
    static QString describe(const Unit &unit);

    /// The levels, top first.
    Result<QList<Level>> levels() const;

    /// Numbers of units in force (not retired) per level key, and of retired units.
    struct Counts
    {
        QHash<StringKey, int> activeByLevel;
        int retired = 0;
    };
    Result<Counts> counts() const;
    /// The same counts, of units already read.
    static Counts countsOf(const QList<Unit> &units);

    /// Adds a unit and returns its id. The caller runs it inside a Transaction.
    Result<qint64> insert(const Unit &unit);
    /// Adds units, several to a statement on a server (RowBatch), and sets each one's id: for
    /// imports, inside the caller's Transaction. A unit's parent must be on file already.
    Result<void> insert(QList<Unit> &units);
    /// Writes every field of an existing unit.
    Result<void> update(const Unit &unit);
    /// The same for many units (each once), several to a statement on a server.
    Result<void> update(const QList<Unit> &units);
    /// Sets the last day a unit is in force (an invalid day: in force again).
    Result<void> setValidTo(qint64 unitId, QDate day);
    /// The same for many units, for retiring thousands in one import: on a file a statement
    /// for each run of consecutive ids (when the ids are that tidy), else one for all; so
    /// it is whole or not at all only inside a transaction, as the import's is.
    Result<void> setValidTo(const QList<qint64> &unitIds, QDate day);

private:
    Database &m_database;
    std::unique_ptr<Query> m_setValidTo;
};
