#include "RowBatch.h"

#include "Database.h"
#include "Query.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The values a statement binds at most on a server, under SQLite's default limit (32,766)
// as well. Results of a national campaign (11,501 rows of 13 values) went in at 3.9 s with
// 2,000 values to a statement, at 1.6 s with 30,000: each statement of an office's login
// walks its part of the units tree for row-level security.
constexpr qsizetype serverValues = 30000;
// On a file: a national register went in with as many instructions as one row per statement
// took, where 30,000 values to a statement cost an eighth more (SQLite parsing the long
// statements).
constexpr qsizetype fileValues = 1000;

qsizetype rowsPerStatement(const Database &database, qsizetype width)
{
    return std::max<qsizetype>(1, (database.isServer() ? serverValues : fileValues) / width);
}

} // namespace

RowBatch::RowBatch(const Database &database, qsizetype width, qsizetype rowsPerStatement,
                   Statement statement)
    : m_database(database)
    , m_width(std::max<qsizetype>(1, width))
    , m_rowsPerStatement(std::max<qsizetype>(1, rowsPerStatement))
    , m_statement(std::move(statement))
{
}

RowBatch::~RowBatch() = default;
RowBatch::RowBatch(RowBatch &&) noexcept = default;

RowBatch RowBatch::insert(const Database &database, const QString &table,
                          const QStringList &columns, const QString &tail)
{
    const qsizetype width = std::max<qsizetype>(1, columns.size());
    const QString row = u'(' + QStringList(width, u"?"_s).join(u", "_s) + u')';
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
    const QString end = tail.isEmpty() ? QString() : u' ' + tail;
    return RowBatch(database, width, rowsPerStatement(database, width),
                    [head, row, end](qsizetype rows) -> QString {
                        return head + QStringList(rows, row).join(u", "_s) + end;
                    });
}

RowBatch RowBatch::update(const Database &database, const QString &table, const QList<Column> &keys,
                          const QList<Column> &columns)
{
    const qsizetype width = keys.size() + columns.size();
    if (!database.isServer()) {
        QStringList set;
        for (const Column &column : columns)
            set.append(column.name + u" = ?"_s);
        QStringList where;
        for (const Column &key : keys)
            where.append(key.name + u" = ?"_s);
        const QString sql =
            u"UPDATE %1 SET %2 WHERE %3"_s.arg(table, set.join(u", "_s), where.join(u" AND "_s));
        RowBatch batch(database, width, 1, [sql](qsizetype) -> QString { return sql; });
        for (qsizetype i = 0; i < columns.size(); ++i)
            batch.m_bindOrder.append(int(keys.size() + i));
        for (qsizetype i = 0; i < keys.size(); ++i)
            batch.m_bindOrder.append(int(i));
        batch.m_keys = keys.size();
        batch.m_update = true;
        return batch;
    }
    // The rows as a list of values that the update joins (typed: the server must be told);
    // the keys of the rows changed come back.
    QStringList placeholders;
    QStringList where;
    QStringList returning;
    QStringList set;
    int position = 0;
    for (const Column &key : keys) {
        placeholders.append(database.placeholder(key.type));
        where.append(u"%1.%2 = v.column%3"_s.arg(table, key.name).arg(++position));
        returning.append(u"%1.%2"_s.arg(table, key.name));
    }
    for (const Column &column : columns) {
        placeholders.append(database.placeholder(column.type));
        set.append(u"%1 = v.column%2"_s.arg(column.name).arg(++position));
    }
    const QString row = u'(' + placeholders.join(u", "_s) + u')';
    const QString head = u"UPDATE %1 SET %2 FROM (VALUES "_s.arg(table, set.join(u", "_s));
    const QString tail =
        u") AS v WHERE %1 RETURNING %2"_s.arg(where.join(u" AND "_s), returning.join(u", "_s));
    RowBatch batch(database, width, rowsPerStatement(database, width),
                   [head, row, tail](qsizetype rows) -> QString {
                       return head + QStringList(rows, row).join(u", "_s) + tail;
                   });
    batch.m_keys = keys.size();
    batch.m_update = true;
    return batch;
}

QString RowBatch::keyOf(const QVariantList &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const QVariant &value : values)
        texts.append(value.toString());
    return texts.join(QChar(0x1f));
}

Query &RowBatch::statementFor(qsizetype rows)
{
    std::unique_ptr<Query> &kept = rows == m_rowsPerStatement ? m_full : m_last;
    if (!kept || (rows != m_rowsPerStatement && m_lastRows != rows)) {
        kept = std::make_unique<Query>(m_database, m_statement(rows));
        if (rows != m_rowsPerStatement)
            m_lastRows = rows;
    }
    return *kept;
}

Result<void> RowBatch::run(const QList<QVariantList> &rows,
                           const std::function<void(const Query &)> &read)
{
    m_rowsAffected = 0;
    m_matched = QList<bool>(m_update ? rows.size() : 0, false);
    if (m_update && m_bindOrder.isEmpty())
        return runJoinedUpdate(rows);
    for (qsizetype start = 0; start < rows.size(); start += m_rowsPerStatement) {
        const qsizetype count = std::min(m_rowsPerStatement, rows.size() - start);
        Query &query = statementFor(count);
        int position = 0;
        for (qsizetype row = start; row < start + count; ++row) {
            const QVariantList &values = rows.at(row);
            Q_ASSERT(values.size() == m_width);
            if (m_bindOrder.isEmpty()) {
                for (const QVariant &value : values)
                    query.bindAt(position++, value);
            } else {
                for (const int index : std::as_const(m_bindOrder))
                    query.bindAt(position++, values.at(index));
            }
        }
        if (auto done = query.exec(); !done)
            return done;
        if (read) {
            while (query.next())
                read(query);
        }
        const qint64 affected = query.rowsAffected();
        if (m_update)
            m_matched[start] = affected > 0; // a file's update: one row per statement
        m_rowsAffected += affected;
        if (auto done = query.finish(); !done)
            return done;
    }
    return {};
}

Result<void> RowBatch::runJoinedUpdate(const QList<QVariantList> &rows)
{
    // Rows given twice for the same keys: the last one is written, as one statement per row
    // would leave it (one statement would write either).
    QStringList keys;
    keys.reserve(rows.size());
    QHash<QString, qsizetype> last;
    last.reserve(rows.size());
    for (qsizetype row = 0; row < rows.size(); ++row) {
        keys.append(keyOf(rows.at(row).mid(0, m_keys)));
        last.insert(keys.constLast(), row);
    }
    QList<qsizetype> written;
    written.reserve(last.size());
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (last.value(keys.at(row)) == row)
            written.append(row);
    }
    QSet<QString> changed;
    changed.reserve(written.size());
    for (qsizetype start = 0; start < written.size(); start += m_rowsPerStatement) {
        const qsizetype count = std::min(m_rowsPerStatement, written.size() - start);
        Query &query = statementFor(count);
        int position = 0;
        for (qsizetype i = start; i < start + count; ++i) {
            for (const QVariant &value : rows.at(written.at(i)))
                query.bindAt(position++, value);
        }
        if (auto done = query.exec(); !done)
            return done;
        QVariantList key;
        while (query.next()) {
            key.clear();
            for (int column = 0; column < m_keys; ++column)
                key.append(query.value(column));
            changed.insert(keyOf(key));
        }
        m_rowsAffected += query.rowsAffected();
        if (auto done = query.finish(); !done)
            return done;
    }
    for (qsizetype row = 0; row < rows.size(); ++row)
        m_matched[row] = changed.contains(keys.at(row));
    return {};
}
