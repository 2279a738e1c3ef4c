#include "DatabaseCopy.h"

#include "Database.h"
#include "Query.h"
#include "RowBatch.h"
#include "Transaction.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Table
{
    QStringList columns;
    QList<QVariantList> rows;
};

Result<Table> readTable(const Database &database, const QString &name)
{
    Query query(database, u"SELECT * FROM %1"_s.arg(name));
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    Table table;
    table.columns = query.columnNames();
    while (query.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i)
            row.append(query.value(i));
        table.rows.append(row);
    }
    if (auto done = query.finish(); !done)
        return Failure{done.error()};
    return table;
}

// Units refer to their parents: each parent is written before its children.
void parentsFirst(Table &units)
{
    const int idColumn = int(units.columns.indexOf(u"id"_s));
    const int parentColumn = int(units.columns.indexOf(u"parent_id"_s));
    if (idColumn < 0 || parentColumn < 0)
        return;
    QHash<qint64, int> depthOf;
    QHash<qint64, qint64> parentOf;
    for (const QVariantList &row : std::as_const(units.rows)) {
        parentOf.insert(row[idColumn].toLongLong(),
                        row[parentColumn].isNull() ? 0 : row[parentColumn].toLongLong());
    }
    const auto depth = [&](qint64 id) {
        int steps = 0;
        for (qint64 at = id; at != 0 && steps <= parentOf.size(); at = parentOf.value(at))
            ++steps;
        return steps;
    };
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
        depthOf.insert(it.key(), depth(it.key()));
    std::stable_sort(units.rows.begin(), units.rows.end(),
                     [&](const QVariantList &a, const QVariantList &b) {
                         return depthOf.value(a[idColumn].toLongLong())
                             < depthOf.value(b[idColumn].toLongLong());
                     });
}

// Several rows to a statement: on a server each statement is a round trip.
Result<void> writeTable(Database &database, const QString &name, const Table &table)
{
    if (table.rows.isEmpty() || table.columns.isEmpty())
        return {};
    return RowBatch::insert(database, name, table.columns).run(table.rows);
}

Result<void> run(Database &database, const QString &sql)
{
    Query query(database, sql);
    return query.exec();
}

} // namespace

Result<DatabaseCopy::Counts> DatabaseCopy::copy(const Database &source, Database &target)
{
    // Every table of the schema, each after the tables it refers to.
    static const QList<QString> order{
        u"levels"_s,
        u"settings"_s,
        u"units"_s,
        u"unit_lineage"_s,
        u"fields"_s,
        u"reward_forms"_s,
        u"campaigns"_s,
        u"campaign_levels"_s,
        u"campaign_documents"_s,
        u"campaign_dates"_s,
        u"campaign_exclusions"_s,
        u"conferences"_s,
        u"deadline_overrides"_s,
        u"pilots"_s,
        u"exemplars"_s,
        u"nominations"_s,
        u"rewards"_s,
        u"reward_recipients"_s,
        u"steering_groups"_s,
        u"steering_members"_s,
        u"steering_assignments"_s,
    };

    Transaction transaction(target);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    for (const QString &table : {u"units"_s, u"campaigns"_s}) {
        Query any(target, u"SELECT count(*) FROM %1"_s.arg(table));
        if (auto done = any.execSingle(); !done)
            return Failure{done.error()};
        if (any.integer(0) > 0) {
            return Failure{tr("“%1” already holds units or campaigns. A copy goes only into an "
                              "empty database: a new file, or a server database just prepared "
                              "with “danvan-cli server init”.")
                               .arg(target.displayName())};
        }
    }
    // The built-in lists the target was made with give way to the source's own.
    for (const QString &table : {u"settings"_s, u"reward_forms"_s, u"fields"_s, u"levels"_s}) {
        if (auto done = run(target, u"DELETE FROM %1"_s.arg(table)); !done)
            return Failure{done.error()};
    }

    Counts counts;
    QList<qint64> closedCampaigns;
    for (const QString &name : order) {
        Result<Table> read = readTable(source, name);
        if (!read)
            return Failure{read.error()};
        Table *table = &read.value();
        if (name == "units"_L1)
            parentsFirst(*table);
        // A closed campaign's records are guarded against every write, the copy's too: it
        // is copied open and closed again once its records are in.
        if (name == "campaigns"_L1) {
            const int id = int(table->columns.indexOf(u"id"_s));
            const int closed = int(table->columns.indexOf(u"closed"_s));
            for (QVariantList &row : table->rows) {
                if (closed >= 0 && row[closed].toInt() != 0) {
                    closedCampaigns.append(row[id].toLongLong());
                    row[closed] = 0;
                }
            }
        }
        if (auto written = writeTable(target, name, *table); !written) {
            return Failure{tr("The rows of the table %1 could not be copied: %2 Nothing was "
                              "copied.")
                               .arg(name, written.error())};
        }
        ++counts.tables;
        counts.rows += table->rows.size();
    }
    Query close(target, u"UPDATE campaigns SET closed = 1 WHERE id = ?"_s);
    for (qint64 id : std::as_const(closedCampaigns)) {
        close.bind({id});
        if (auto done = close.exec(); !done)
            return Failure{done.error()};
    }
    // A server's numbering goes on after the copied ids (ServerSchema's own function, which
    // moves every identity forward).
    if (target.isServer()) {
        if (auto done = run(target, u"SELECT danvan_sync_ids()"_s); !done)
            return Failure{done.error()};
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return counts;
}
