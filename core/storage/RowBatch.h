#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class Database;
class Query;

/// Many rows written with one statement's shape: inserted (`INSERT … VALUES (…), (…), …`) or
/// updated by their keys. On a server every statement is a round trip over the network, and
/// an office's login also pays once per statement for the row-level security of its table
/// (the walk down its part of the units tree): imports that wrote a row per statement took
/// minutes there. So a server gets as many rows to a statement as fit, updates included
/// (`UPDATE … FROM (VALUES …)`).
///
/// A file is written as fast as before: inserts go a few dozen rows to a statement (SQLite
/// parses each distinct statement, so the last, shorter statement of a long batch costs more
/// than the statements it saves), updates one prepared statement per row, which SQLite runs
/// faster than a join with a list of values.
///
/// The values are always bound, never spliced into the SQL; the statement for a full batch
/// is prepared once. The rows go in the order given, in the caller's transaction; a failure
/// stops at the statement that failed.
class RowBatch
{
public:
    /// A column a batch matches or writes, and its SQL type (bigint, integer, date, text),
    /// which a server must be told for a list of values it joins (Database::placeholder()).
    struct Column
    {
        QString name;
        QString type;
    };

    /// `INSERT INTO table (columns) VALUES (…), (…) tail`: each row gives the values of the
    /// columns, in order. `tail` follows the rows (`ON CONFLICT … DO NOTHING`, `RETURNING …`,
    /// whose rows run() hands to its reader).
    static RowBatch insert(const Database &database, const QString &table,
                           const QStringList &columns, const QString &tail = {});
    /// `UPDATE table SET columns WHERE keys`: each row gives the values of the keys, then of
    /// the columns. The keys name one row of the table at most; of rows given twice for the
    /// same keys the last one is written. matched() says which rows found theirs (and, on a
    /// server, were allowed to change it).
    static RowBatch update(const Database &database, const QString &table,
                           const QList<Column> &keys, const QList<Column> &columns);

    ~RowBatch();
    RowBatch(RowBatch &&) noexcept;
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    /// Runs the statement over `rows`. `read` is called on each row that an insert's
    /// `RETURNING` gives back.
    Result<void> run(const QList<QVariantList> &rows,
                     const std::function<void(const Query &)> &read = {});
    /// After an update's run(): for each row given, whether it changed a row of the table.
    const QList<bool> &matched() const { return m_matched; }
    /// The rows of the table that the last run() changed.
    qint64 rowsAffected() const { return m_rowsAffected; }

private:
    using Statement = std::function<QString(qsizetype rows)>;
    RowBatch(const Database &database, qsizetype width, qsizetype rowsPerStatement,
             Statement statement);

    Query &statementFor(qsizetype rows);
    /// An update on a server, joined with the rows as a list of values: the keys of the rows
    /// it changed come back (RETURNING) and are matched to the rows given by their text.
    Result<void> runJoinedUpdate(const QList<QVariantList> &rows);
    static QString keyOf(const QVariantList &values);

    const Database &m_database;
    qsizetype m_width;
    qsizetype m_rowsPerStatement;
    Statement m_statement;
    /// An update: each row's values are bound in this order (its columns, then its keys, for
    /// a file's `UPDATE … SET … WHERE`); empty: as given.
    QList<int> m_bindOrder;
    qsizetype m_keys = 0; ///< an update's key columns, first in each row
    bool m_update = false;
    std::unique_ptr<Query> m_full; ///< for a full batch, kept between statements and runs
    std::unique_ptr<Query> m_last; ///< for a shorter batch
    qsizetype m_lastRows = 0; ///< the rows m_last was made for
    QList<bool> m_matched;
    qint64 m_rowsAffected = 0;
};
