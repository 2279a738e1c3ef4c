#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;
class Database;

/// A statement prepared directly on the connection's SQLite handle, for the few hot paths
/// that run one statement thousands of times (importing a national register) or read
/// thousands of rows (the units and conferences of a national campaign). QSqlQuery builds
/// a placeholder name for every value it binds, and copies every value of every row into a
/// QVariant, texts converted to UTF-16 by SQLite; both cost more than SQLite's own work
/// there. Same connection, same transaction; values are always bound, never spliced.
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

    /// Moves onto the next row of a query: false after the last row or on an error, which
    /// finish() then reports.
    bool next();
    /// After reading rows: the error that stopped next(), if any. Makes the statement ready
    /// to run again.
    Result<void> finish();

    /// Runs a query bound to `values` and returns `read(*this)` for each of its rows.
    template<typename Read>
    auto readAll(std::initializer_list<QVariant> values, Read read)
        -> Result<QList<std::invoke_result_t<Read, const SqliteStatement &>>>
    {
        bind(values);
        QList<std::invoke_result_t<Read, const SqliteStatement &>> rows;
        while (next())
            rows.append(read(std::as_const(*this)));
        if (auto done = finish(); !done)
            return Failure{done.error()};
        return rows;
    }

    /// The values of the current row.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// A text as stored (UTF-8); an empty QString for NULL.
    QString text(int column) const;
    /// A day stored as yyyy-MM-dd; an invalid QDate for NULL or anything else.
    QDate date(int column) const;

private:
    Failure failure() const;

    const Database &m_database;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_error = 0;
};
