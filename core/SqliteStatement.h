#pragma once

#include "Result.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;
class Database;

/// A statement prepared directly on the connection's SQLite handle, for the few hot paths
/// that run one statement thousands of times (importing a national register). QSqlQuery
/// builds a placeholder name for every value it binds, which costs more than SQLite's own
/// work there. Same connection, same transaction; values are always bound, never spliced.
class SqliteStatement
{
public:
    SqliteStatement(const Database &database, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds one value per placeholder, in order: a null QVariant() as NULL, a QString as
    /// text (an empty one too), integers as integers.
    SqliteStatement &bind(std::initializer_list<QVariant> values);
    /// Runs the statement once and makes it ready to run again.
    Result<void> exec();
    qint64 lastInsertId() const;

private:
    Failure failure() const;

    const Database &m_database;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_error = 0;
};
