#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class Database;
class Query;

/// One statement written for many rows at once: `INSERT … VALUES (…), (…), …`, or an
/// `UPDATE … FROM (VALUES (…), (…), …) AS v` that joins them. On a server every statement is
/// a round trip over the network, which cost far more than the server's own work while
/// imports wrote a row per statement; a file is spared a statement's start and end per row.
///
/// The values are always bound, never spliced into the SQL. A statement takes up to 30,000
/// values (rows of a wide table fewer): the one for a full batch is prepared once, the last,
/// shorter one on its own. The rows go in the order given, all in the caller's
/// transaction; a failure stops at the statement that failed.
class RowBatch
{
public:
    /// The whole statement, given the rows' placeholders: "(?, ?), (?, ?)".
    using Statement = std::function<QString(const QString &rows)>;

    /// Rows of `width` values, each row's placeholders untyped: for `INSERT … VALUES`, whose
    /// target columns give the values their types.
    RowBatch(const Database &database, qsizetype width, Statement statement);
    /// Rows of one value per type (Database::placeholder()): for a VALUES list that the
    /// statement joins, where a server must be told each column's type.
    RowBatch(const Database &database, const QStringList &types, Statement statement);
    ~RowBatch();
    RowBatch(const RowBatch &) = delete;
    RowBatch &operator=(const RowBatch &) = delete;

    /// Runs the statement over `rows` (each of the width given), as many to a statement as
    /// fit. `read` is called on each row the statements return (`RETURNING …`).
    Result<void> run(const QList<QVariantList> &rows,
                     const std::function<void(const Query &)> &read = {});
    /// The rows that the statements of the last run() changed.
    qint64 rowsAffected() const { return m_rowsAffected; }

    /// "(?, ?, ?)" for rows of `width` values: a single row's placeholders.
    static QString placeholders(qsizetype width);

private:
    Query &statementFor(qsizetype rows);

    const Database &m_database;
    QString m_row; ///< one row's placeholders
    qsizetype m_width;
    Statement m_statement;
    std::unique_ptr<Query> m_full; ///< for a full batch, kept between statements and runs
    std::unique_ptr<Query> m_last; ///< for a shorter batch
    qsizetype m_lastRows = 0; ///< the rows m_last was made for
    qint64 m_rowsAffected = 0;
};
