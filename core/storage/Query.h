#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class Database;
class QSqlQuery;

/// A prepared statement with bound values, reporting failures as user messages: the one way
/// the repositories speak to either engine. Prepare once, then bind and exec (or read rows)
/// as often as needed; values are always bound, never spliced into the SQL.
///
/// On a file the statement runs on the connection's SQLite handle directly: QSqlQuery builds
/// a placeholder name for every value it binds and copies every value of every row into a
/// QVariant, which cost more than SQLite's own work when a national register is imported or
/// read. On a server it runs through Qt's PostgreSQL driver. Same connection, same
/// transaction either way.
class Query
{
public:
    Query(const Database &database, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    /// Binds the values to the positional placeholders, in order. A QString binds as text
    /// even when null; only an untyped QVariant() binds as SQL NULL; integers as integers.
    Query &bind(std::initializer_list<QVariant> values);
    Query &bindAt(int position, const QVariant &value);
    /// bindAt() without a QVariant, for rows written by the thousand: a text (null or empty
    /// as ''), an integer, a day as stored (NULL when invalid, see dateValue()), NULL.
    Query &bindString(int position, const QString &text);
    Query &bindInteger(int position, qint64 value);
    Query &bindDay(int position, QDate day);
    Query &bindNull(int position);

    /// Runs the statement. A query's rows are then read with next().
    Result<void> exec();
    /// Runs a statement expected to return one row and moves onto it; fails otherwise.
    Result<void> execSingle();

    /// Moves onto the next row: after exec(), or straight after binding. False after the
    /// last row or on an error, which readError() or finish() then reports.
    bool next();
    /// After next() returned false: the error that cut the rows short, if any.
    Result<void> readError() const;
    /// Done with the rows: the error that stopped next(), if any. Makes the statement
    /// ready to run again.
    Result<void> finish();

    /// Runs a query bound to `values` and returns `read(*this)` for each of its rows.
    template<typename Read>
    auto readAll(std::initializer_list<QVariant> values, Read read)
        -> Result<QList<std::invoke_result_t<Read, const Query &>>>
    {
        bind(values);
        QList<std::invoke_result_t<Read, const Query &>> rows;
        while (next())
            rows.append(read(std::as_const(*this)));
        if (auto done = finish(); !done)
            return Failure{done.error()};
        return rows;
    }

    /// The values of the current row.
    QVariant value(int column) const;
    bool isNull(int column) const;
    /// A text as stored; an empty QString for NULL.
    QString text(int column) const;
    qint64 id(int column) const { return integer(column); }
    qint64 integer(int column) const;
    /// A day: an invalid QDate for NULL or anything that is not a day.
    QDate date(int column) const;

    /// The names of the result's columns, as the statement gives them.
    QStringList columnNames() const;

    qint64 lastInsertId() const;
    int rowsAffected() const;

    /// A date as stored: ISO text, or NULL for an empty date.
    static QVariant dateValue(QDate date);
    /// A text that may be empty, stored as NULL when it is.
    static QVariant textOrNull(const QString &text);

private:
    enum class State {
        Ready, ///< bound and not yet run, or reset
        RowWaiting, ///< exec() stepped onto a row that next() has not yet handed out
        Rows, ///< next() is reading rows
    };

    Failure sqliteFailure() const;
    void reset();
    int bindText(int position, const QString &text);
    /// Keeps the first binding error for exec() to report.
    void setBindError(int result);

    const Database &m_database;
    QString m_sql;
    // A file: the statement on SQLite's handle.
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_error = 0;
    State m_state = State::Ready;
    /// The texts bound, by position, which SQLite reads in place until they are bound anew.
    std::vector<QByteArray> m_boundTexts;
    // A server: Qt's driver.
    std::unique_ptr<QSqlQuery> m_query;
    bool m_prepared = false;
    bool m_executed = false; ///< run since the values were last bound
    bool m_withValues = false; ///< prepared on the server; else run as it is
};
