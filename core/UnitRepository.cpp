#include "UnitRepository.h"

#include "Database.h"
#include "Query.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace {

const QString selectUnits = u"SELECT id, code, name, name_en, kind, level, parent_id, "
                            "valid_from, valid_to, source FROM units"_s;

Unit readUnit(const SqliteStatement &row)
{
    Unit unit;
    unit.id = row.integer(0);
    unit.code = row.text(1);
    unit.name = row.text(2);
    unit.nameEn = row.text(3);
    unit.kind = row.text(4);
    unit.level = row.text(5);
    unit.parentId = row.integer(6);
    unit.validFrom = row.date(7);
    unit.validTo = row.date(8);
    unit.source = row.text(9);
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
    return SqliteStatement(m_database, selectUnits).readAll({}, readUnit);
}

Result<Unit> UnitRepository::byId(qint64 id) const
{
    const auto units =
        SqliteStatement(m_database, selectUnits + u" WHERE id = ?"_s).readAll({id}, readUnit);
    if (!units)
        return Failure{units.error()};
    if (units->isEmpty())
        return Failure{tr("There is no unit with the id %1 in this file.").arg(id)};
    return units->constFirst();
}

Result<Unit> UnitRepository::byCode(const QString &code) const
{
    const auto units =
        SqliteStatement(m_database, selectUnits + u" WHERE code = ?"_s).readAll({code}, readUnit);
    if (!units)
        return Failure{units.error()};
    if (units->isEmpty())
        return Failure{tr("No unit has the code “%1”.").arg(code)};
    return units->constFirst();
}

Result<QList<Level>> UnitRepository::levels() const
{
    Query query(m_database, u"SELECT key, rank, name_vi, name_en FROM levels ORDER BY rank"_s);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Level> levels;
    while (query.next())
        levels.append({query.text(0), query.integer(1), query.text(2), query.text(3)});
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return levels;
}

Result<UnitRepository::Counts> UnitRepository::counts() const
{
    const auto units = all();
    if (!units)
        return Failure{units.error()};
    return countsOf(*units);
}

UnitRepository::Counts UnitRepository::countsOf(const QList<Unit> &units)
{
    Counts counts;
    for (const Unit &unit : units) {
        if (unit.validTo.isValid())
            ++counts.retired;
        else
            ++counts.activeByLevel[unit.level];
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
