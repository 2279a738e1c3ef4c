#include "CatalogueRepository.h"

#include "Database.h"
#include "Query.h"
#include "Text.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

CatalogueRepository::CatalogueRepository(Database &database, Catalogue catalogue)
    : m_database(database)
    , m_catalogue(catalogue)
{
}

// Table names come from this fixed list, never from input.
QString CatalogueRepository::table() const
{
    return m_catalogue == Catalogue::Fields ? u"fields"_s : u"reward_forms"_s;
}

Result<QList<CatalogueEntry>> CatalogueRepository::entries() const
{
    Query query(m_database,
                u"SELECT id, name, position FROM %1 ORDER BY position, id"_s.arg(table()));
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<CatalogueEntry> list;
    while (query.next())
        list.append({query.id(0), query.text(1), int(query.integer(2))});
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return list;
}

Result<void> CatalogueRepository::checkName(qint64 id, const QString &name) const
{
    if (name.isEmpty())
        return Failure{tr("The name is empty.")};
    const auto all = entries();
    if (!all)
        return Failure{all.error()};
    for (const CatalogueEntry &entry : *all) {
        if (entry.id != id && Text::nameKey(entry.name) == Text::nameKey(name))
            return Failure{tr("“%1” is already in the list.").arg(entry.name)};
    }
    return {};
}

Result<qint64> CatalogueRepository::add(const CatalogueEntry &entry)
{
    const QString name = Text::simplified(entry.name);
    if (auto checked = checkName(entry.id, name); !checked)
        return Failure{checked.error()};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    Query query(m_database,
                u"INSERT INTO %1 (id, name, position) VALUES (COALESCE(?, %2), ?, "
                "COALESCE(?, (SELECT COALESCE(max(position), 0) + 1 FROM %1)))"_s.arg(
                    table(), m_database.newId(table())));
    query.bind({entry.id > 0 ? QVariant(entry.id) : QVariant(), name,
                entry.position > 0 ? QVariant(entry.position) : QVariant()});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    const qint64 id = entry.id > 0 ? entry.id : query.lastInsertId();
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<void> CatalogueRepository::rename(qint64 id, const QString &newName)
{
    const QString name = Text::simplified(newName);
    if (auto checked = checkName(id, name); !checked)
        return checked;
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query query(m_database, u"UPDATE %1 SET name = ? WHERE id = ?"_s.arg(table()));
    query.bind({name, id});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

Result<CatalogueEntry> CatalogueRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    const QString usage = m_catalogue == Catalogue::Fields
        ? u"SELECT count(*) FROM exemplars WHERE field_id = ?"_s
        : u"SELECT count(*) FROM rewards WHERE form_id = ?"_s;
    Query used(m_database, usage);
    used.bind({id});
    if (auto done = used.execSingle(); !done)
        return Failure{done.error()};
    const int uses = used.integer(0);
    used.finish();
    Query read(m_database, u"SELECT id, name, position FROM %1 WHERE id = ?"_s.arg(table()));
    read.bind({id});
    if (auto done = read.execSingle(); !done)
        return Failure{done.error()};
    const CatalogueEntry entry{read.id(0), read.text(1), int(read.integer(2))};
    read.finish();
    if (uses > 0) {
        return Failure{tr("“%1” is used %n time(s), so it stays in the list; rename it instead.",
                          nullptr, uses)
                           .arg(entry.name)};
    }
    Query remove(m_database, u"DELETE FROM %1 WHERE id = ?"_s.arg(table()));
    remove.bind({id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return entry;
}
