#pragma once

#include "Level.h"
#include "Result.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

class Database;
class Query;
class SqliteStatement;

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
    /// The unit with a register code; fails with a message naming the code when none has it.
    Result<Unit> byCode(const QString &code) const;

    /// The levels, top first.
    Result<QList<Level>> levels() const;

    /// Numbers of units in force (not retired) per level key, and of retired units.
    struct Counts
    {
        QHash<QString, int> activeByLevel;
        int retired = 0;
    };
    Result<Counts> counts() const;
    /// The same counts, of units already read.
    static Counts countsOf(const QList<Unit> &units);

    /// Adds a unit and returns its id. The caller runs it inside a Transaction; the
    /// statement is prepared once per repository, so bulk imports reuse it.
    Result<qint64> insert(const Unit &unit);
    /// Writes every field of an existing unit.
    Result<void> update(const Unit &unit);

private:
    Database &m_database;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<Query> m_update;
};
