#include "UnitRepository.h"

#include "Database.h"
#include "Query.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

const QString selectUnits = u"SELECT id, code, name, name_en, kind, level, parent_id, "
                            "valid_from, valid_to, source FROM units"_s;

Unit readUnit(const Query &query)
{
    Unit unit;
    unit.id = query.id(0);
    unit.code = query.text(1);
    unit.name = query.text(2);
    unit.nameEn = query.text(3);
    unit.kind = query.text(4);
    unit.level = query.text(5);
    unit.parentId = query.id(6);
    unit.validFrom = query.date(7);
    unit.validTo = query.date(8);
    unit.source = query.text(9);
    return unit;
}

} // namespace

UnitRepository::UnitRepository(Database &database)
    : m_database(database)
{
}

UnitRepository::~UnitRepository() = default;

Result<QList<Unit>> UnitRepository::all() const
{
    Query query(m_database, selectUnits);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Unit> units;
    while (query.next())
        units.append(readUnit(query));
    return units;
}

Result<Unit> UnitRepository::byId(qint64 id) const
{
    Query query(m_database, selectUnits + u" WHERE id = ?"_s);
    query.bind({id});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    if (!query.next())
        return Failure{tr("There is no unit with the id %1 in this file.").arg(id)};
    return readUnit(query);
}

Result<Unit> UnitRepository::byCode(const QString &code) const
{
    Query query(m_database, selectUnits + u" WHERE code = ?"_s);
    query.bind({code});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    if (!query.next())
        return Failure{tr("No unit has the code “%1”.").arg(code)};
    return readUnit(query);
}

Result<QList<Level>> UnitRepository::levels() const
{
    Query query(m_database, u"SELECT key, rank, name_vi, name_en FROM levels ORDER BY rank"_s);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Level> levels;
    while (query.next())
        levels.append({query.text(0), query.integer(1), query.text(2), query.text(3)});
    return levels;
}

Result<UnitRepository::Counts> UnitRepository::counts() const
{
    Query query(m_database,
                u"SELECT level, valid_to IS NOT NULL, count(*) FROM units GROUP BY 1, 2"_s);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    Counts counts;
    while (query.next()) {
        if (query.integer(1))
            counts.retired += query.integer(2);
        else
            counts.activeByLevel[query.text(0)] += query.integer(2);
    }
    return counts;
}

Result<qint64> UnitRepository::insert(const Unit &unit)
{
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(
            m_database,
            u"INSERT INTO units (code, name, name_en, kind, level, parent_id, "
            "valid_from, valid_to, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    SqliteStatement &query = *m_insert;
    query.bind({Query::textOrNull(unit.code), unit.name, unit.nameEn, unit.kind, unit.level,
                unit.parentId ? QVariant(unit.parentId) : QVariant(),
                Query::dateValue(unit.validFrom), Query::dateValue(unit.validTo),
                unit.source.isEmpty() ? u"manual"_s : unit.source});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    return query.lastInsertId();
}

Result<void> UnitRepository::update(const Unit &unit)
{
    if (!m_update) {
        m_update = std::make_unique<Query>(
            m_database,
            u"UPDATE units SET code = ?, name = ?, name_en = ?, kind = ?, level = ?, "
            "parent_id = ?, valid_from = ?, valid_to = ?, source = ? WHERE id = ?"_s);
    }
    Query &query = *m_update;
    query.bind({Query::textOrNull(unit.code), unit.name, unit.nameEn, unit.kind, unit.level,
                unit.parentId ? QVariant(unit.parentId) : QVariant(),
                Query::dateValue(unit.validFrom), Query::dateValue(unit.validTo), unit.source,
                unit.id});
    return query.exec();
}
