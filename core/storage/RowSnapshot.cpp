#include "RowSnapshot.h"

#include "Database.h"
#include "Query.h"

using namespace Qt::StringLiterals;

Result<void> RowSnapshot::take(Database &database, const QString &table, const QString &condition,
                               std::initializer_list<QVariant> values)
{
    Table taken{table, {}, {}};
    // In the order the rows were written: SQLite's rowid, PostgreSQL's place of the row.
    const QString order = database.isServer() ? u"ctid"_s : u"rowid"_s;
    Query rows(database, u"SELECT * FROM %1 WHERE %2 ORDER BY %3"_s.arg(table, condition, order));
    rows.bind(values);
    if (auto done = rows.exec(); !done)
        return done;
    taken.columns = rows.columnNames();
    if (taken.columns.isEmpty())
        return Failure{u"internal error: no table %1"_s.arg(table)};
    while (rows.next()) {
        QVariantList row;
        row.reserve(taken.columns.size());
        // NULL stays NULL: an untyped QVariant, which Query binds as NULL (a null text
        // would bind as an empty one).
        for (int column = 0; column < taken.columns.size(); ++column) {
            const QVariant value = rows.value(column);
            row.append(value.isNull() ? QVariant() : value);
        }
        taken.rows.append(row);
    }
    if (auto done = rows.readError(); !done)
        return done;
    m_tables.append(taken);
    return {};
}

Result<void> RowSnapshot::restore(Database &database) const
{
    for (const Table &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        QStringList placeholders;
        for (int i = 0; i < table.columns.size(); ++i)
            placeholders.append(u"?"_s);
        Query insert(database,
                     u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                         table.name, table.columns.join(u", "_s), placeholders.join(u", "_s)));
        for (const QVariantList &row : table.rows) {
            for (int column = 0; column < row.size(); ++column)
                insert.bindAt(column, row.at(column));
            if (auto done = insert.exec(); !done)
                return done;
        }
    }
    return {};
}

int RowSnapshot::rowCount(const QString &table) const
{
    int count = 0;
    for (const Table &entry : m_tables) {
        if (entry.name == table)
            count += int(entry.rows.size());
    }
    return count;
}

bool RowSnapshot::isEmpty() const
{
    for (const Table &entry : m_tables) {
        if (!entry.rows.isEmpty())
            return false;
    }
    return true;
}
