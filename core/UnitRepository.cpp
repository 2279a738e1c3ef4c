#include "UnitRepository.h"

#include "Database.h"
#include "Dates.h"
#include "Query.h"

using namespace Qt::StringLiterals;

namespace {

const QString selectUnits = u"SELECT id, code, name, name_en, kind, level, parent_id, "
                            "valid_from, valid_to, source FROM units"_s;

Unit readUnit(const Query &row)
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
    return Query(m_database, selectUnits).readAll({}, readUnit);
}

Result<Unit> UnitRepository::byId(qint64 id) const
{
    const auto units = Query(m_database, selectUnits + u" WHERE id = ?"_s).readAll({id}, readUnit);
    if (!units)
        return Failure{units.error()};
    if (units->isEmpty())
        return Failure{tr("There is no unit with the id %1 in this file.").arg(id)};
    return units->constFirst();
}

Result<QList<Unit>> UnitRepository::withCode(const QString &code) const
{
    return Query(m_database, selectUnits + u" WHERE code = ? ORDER BY valid_from NULLS FIRST, id"_s)
        .readAll({code}, readUnit);
}

Result<Unit> UnitRepository::byCode(const QString &code, QDate on) const
{
    const auto units = withCode(code);
    if (!units)
        return Failure{units.error()};
    return choose(code, *units, on);
}

Result<Unit> UnitRepository::choose(const QString &code, const QList<Unit> &units, QDate on)
{
    if (units.isEmpty())
        return Failure{tr("No unit has the code “%1”.").arg(code)};
    if (units.size() == 1)
        return units.constFirst();
    const QDate day = on.isValid() ? on : QDate::currentDate();
    QStringList named;
    for (const Unit &unit : units) {
        if (unit.isActiveOn(day))
            return unit;
        named.append(describe(unit));
    }
    return Failure{tr("The code “%1” names %2, and none of them was in force on %3. Name a day "
                      "on which the one you mean was in force.")
                       .arg(code, named.join(tr(" and ")), Dates::text(day))};
}

QString UnitRepository::describe(const Unit &unit)
{
    QString days;
    if (unit.validFrom.isValid() && unit.validTo.isValid())
        days = tr("%1 to %2").arg(Dates::text(unit.validFrom), Dates::text(unit.validTo));
    else if (unit.validFrom.isValid())
        days = tr("from %1").arg(Dates::text(unit.validFrom));
    else if (unit.validTo.isValid())
        days = tr("until %1").arg(Dates::text(unit.validTo));
    if (days.isEmpty())
        return unit.code.isEmpty() ? unit.name : u"%1 (%2)"_s.arg(unit.name, unit.code);
    return unit.code.isEmpty() ? u"%1 (%2)"_s.arg(unit.name, days)
                               : u"%1 (%2, %3)"_s.arg(unit.name, unit.code, days);
}

Result<QList<Level>> UnitRepository::levels() const
{
    Query query(m_database, u"SELECT key, rank, name_vi, name_en FROM levels ORDER BY rank"_s);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Level> levels;
    while (query.next())
        levels.append({query.text(0), int(query.integer(1)), query.text(2), query.text(3)});
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
        m_insert = std::make_unique<Query>(
            m_database,
            u"INSERT INTO units (code, name, name_en, kind, level, parent_id, "
            "valid_from, valid_to, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    }
    Query &query = *m_insert;
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

Result<void> UnitRepository::setValidTo(qint64 unitId, QDate day)
{
    if (!m_setValidTo) {
        m_setValidTo =
            std::make_unique<Query>(m_database, u"UPDATE units SET valid_to = ? WHERE id = ?"_s);
    }
    m_setValidTo->bind({Query::dateValue(day), unitId});
    return m_setValidTo->exec();
}

Result<void> UnitRepository::setValidTo(const QList<qint64> &unitIds, QDate day)
{
    if (unitIds.isEmpty())
        return {};
    // One statement over a JSON array of ids: per row, SQLite's work on a statement (its
    // start, its journal, its end) cost more than the update itself.
    QByteArray ids;
    ids.reserve(unitIds.size() * 8 + 2);
    ids.append('[');
    for (qint64 id : unitIds) {
        if (ids.size() > 1)
            ids.append(',');
        ids.append(QByteArray::number(id));
    }
    ids.append(']');
    Query update(m_database,
                 u"UPDATE units SET valid_to = ? WHERE id IN (%1)"_s.arg(m_database.idsFromJson()));
    update.bind({Query::dateValue(day), QString::fromLatin1(ids)});
    return update.exec();
}
