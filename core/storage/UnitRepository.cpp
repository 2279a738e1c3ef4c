#include "UnitRepository.h"

#include "Database.h"
#include "Dates.h"
#include "Query.h"
#include "RowBatch.h"
#include "StringKey.h"

#include <QSet>

#include <algorithm>

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

// The columns a unit is written with, and its values in their order.
const QStringList unitColumns{u"code"_s,       u"name"_s,     u"name_en"_s,
                              u"kind"_s,       u"level"_s,    u"parent_id"_s,
                              u"valid_from"_s, u"valid_to"_s, u"source"_s};

QString columnType(const QString &column)
{
    if (column == "parent_id"_L1)
        return u"bigint"_s;
    if (column == "valid_from"_L1 || column == "valid_to"_L1)
        return u"date"_s;
    return u"text"_s;
}

QVariantList unitValues(const Unit &unit)
{
    return {Query::textOrNull(unit.code),
            unit.name,
            unit.nameEn,
            unit.kind,
            unit.level,
            unit.parentId ? QVariant(unit.parentId) : QVariant(),
            Query::dateValue(unit.validFrom),
            Query::dateValue(unit.validTo),
            unit.source.isEmpty() ? u"manual"_s : unit.source};
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
        return Failure{tr("There is no unit with the id %1.").arg(id)};
    return units->constFirst();
}

Result<QList<Unit>> UnitRepository::withCode(const QString &code) const
{
    return Query(m_database, selectUnits + u" WHERE code = ? ORDER BY valid_from NULLS FIRST, id"_s)
        .readAll({code}, readUnit);
}

Result<QHash<QString, QList<Unit>>> UnitRepository::allByCode() const
{
    const auto units = Query(m_database, selectUnits + u" ORDER BY valid_from NULLS FIRST, id"_s)
                           .readAll({}, readUnit);
    if (!units)
        return Failure{units.error()};
    QHash<QString, QList<Unit>> byCode;
    for (const Unit &unit : *units)
        byCode[unit.code].append(unit);
    return byCode;
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
    QList<Unit> one{unit};
    if (auto done = insert(one); !done)
        return Failure{done.error()};
    return one.constFirst().id;
}

Result<void> UnitRepository::insert(QList<Unit> &units)
{
    // RETURNING, not lastval(): a server lets an office's login use the identity of the table
    // it writes, but not read its sequence. The ids come back with the codes they went in
    // with (a statement's RETURNING rows need not follow its VALUES): units without a code,
    // or sharing one, go in a statement each.
    QSet<StringKey> codes;
    codes.reserve(units.size());
    for (const Unit &unit : std::as_const(units)) {
        if (unit.code.isEmpty() || codes.contains(unit.code))
            break;
        codes.insert(unit.code);
    }
    RowBatch insert =
        RowBatch::insert(m_database, u"units"_s, unitColumns, u"RETURNING id, code"_s);
    if (codes.size() != units.size()) {
        for (Unit &unit : units) {
            qint64 id = 0;
            if (auto done =
                    insert.run({unitValues(unit)}, [&id](const Query &row) { id = row.id(0); });
                !done)
                return done;
            unit.id = id;
        }
        return {};
    }
    QList<QVariantList> rows;
    rows.reserve(units.size());
    for (const Unit &unit : std::as_const(units))
        rows.append(unitValues(unit));
    QHash<StringKey, qint64> ids;
    ids.reserve(units.size());
    if (auto done =
            insert.run(rows, [&ids](const Query &row) { ids.insert(row.text(1), row.id(0)); });
        !done)
        return done;
    for (Unit &unit : units) {
        unit.id = ids.value(unit.code);
        if (unit.id == 0)
            return Failure{u"internal error: no id returned for the unit %1"_s.arg(unit.code)};
    }
    return {};
}

Result<void> UnitRepository::update(const Unit &unit)
{
    return update(QList<Unit>{unit});
}

Result<void> UnitRepository::update(const QList<Unit> &units)
{
    QList<QVariantList> rows;
    rows.reserve(units.size());
    for (const Unit &unit : units)
        rows.append(QVariantList{unit.id} + unitValues(unit));
    QList<RowBatch::Column> columns;
    for (const QString &name : unitColumns)
        columns.append({name, columnType(name)});
    return RowBatch::update(m_database, u"units"_s, {{u"id"_s, u"bigint"_s}}, columns).run(rows);
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
    QList<qint64> ids = unitIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // The ids as runs of consecutive numbers: a province's units were made together, and a
    // whole register ends in a few dozen runs.
    QList<std::pair<qint64, qint64>> runs;
    for (qint64 id : std::as_const(ids)) {
        if (!runs.isEmpty() && runs.constLast().second + 1 == id)
            runs.last().second = id;
        else
            runs.append({id, id});
    }
    // On a file, a run is one statement over a range of the table, which SQLite walks in
    // order; a statement has a cost of its own, so scattered ids go in one statement over a
    // JSON array, which SQLite first sorts into a table of its own. On a server every
    // statement is a round trip.
    if (!m_database.isServer() && runs.size() * 8 <= ids.size()) {
        Query update(m_database, u"UPDATE units SET valid_to = ? WHERE id BETWEEN ? AND ?"_s);
        const QVariant date = Query::dateValue(day);
        for (const auto &[first, last] : std::as_const(runs)) {
            update.bind({date, first, last});
            if (auto done = update.exec(); !done)
                return done;
        }
        return {};
    }
    QByteArray list;
    list.reserve(ids.size() * 8 + 2);
    list.append('[');
    for (qint64 id : std::as_const(ids)) {
        if (list.size() > 1)
            list.append(',');
        list.append(QByteArray::number(id));
    }
    list.append(']');
    Query update(m_database,
                 u"UPDATE units SET valid_to = ? WHERE id IN (%1)"_s.arg(m_database.idsFromJson()));
    update.bind({Query::dateValue(day), QString::fromLatin1(list)});
    return update.exec();
}
