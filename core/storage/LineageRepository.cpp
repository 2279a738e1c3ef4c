#include "LineageRepository.h"

#include "Database.h"
#include "Query.h"
#include "RowBatch.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString selectLinks =
    u"SELECT predecessor_id, successor_id, kind, on_date, note FROM unit_lineage"_s;

UnitLink readLink(const Query &row)
{
    UnitLink link;
    link.predecessorId = row.integer(0);
    link.successorId = row.integer(1);
    link.kind = UnitLink::fromKey(row.text(2)).value_or(UnitLink::Kind::Whole);
    link.on = row.date(3);
    link.note = row.text(4);
    return link;
}

} // namespace

LineageRepository::LineageRepository(Database &database)
    : m_database(database)
{
}

LineageRepository::~LineageRepository() = default;

Result<Lineage> LineageRepository::all() const
{
    auto links = Query(m_database, selectLinks + u" ORDER BY predecessor_id, successor_id"_s)
                     .readAll({}, readLink);
    if (!links)
        return Failure{links.error()};
    return Lineage(std::move(links.value()));
}

Result<QList<UnitLink>> LineageRepository::predecessorsOf(qint64 unitId) const
{
    return Query(m_database, selectLinks + u" WHERE successor_id = ? ORDER BY predecessor_id"_s)
        .readAll({unitId}, readLink);
}

Result<QList<UnitLink>> LineageRepository::successorsOf(qint64 unitId) const
{
    return Query(m_database, selectLinks + u" WHERE predecessor_id = ? ORDER BY successor_id"_s)
        .readAll({unitId}, readLink);
}

void LineageRepository::prepare()
{
    if (m_find)
        return;
    m_find = std::make_unique<Query>(
        m_database, selectLinks + u" WHERE predecessor_id = ? AND successor_id = ?"_s);
    m_insert = std::make_unique<Query>(
        m_database,
        u"INSERT INTO unit_lineage (predecessor_id, successor_id, kind, on_date, "
        "note) VALUES (?, ?, ?, ?, ?)"_s);
    m_update = std::make_unique<Query>(m_database,
                                       u"UPDATE unit_lineage SET kind = ?, on_date = ?, note = ? "
                                       "WHERE predecessor_id = ? AND successor_id = ?"_s);
}

Result<void> LineageRepository::insert(const UnitLink &link)
{
    prepare();
    m_insert->bind({link.predecessorId, link.successorId, UnitLink::key(link.kind),
                    Query::dateValue(link.on), link.note});
    return m_insert->exec();
}

Result<void> LineageRepository::update(const UnitLink &link)
{
    prepare();
    m_update->bind({UnitLink::key(link.kind), Query::dateValue(link.on), link.note,
                    link.predecessorId, link.successorId});
    return m_update->exec();
}

Result<void> LineageRepository::insert(const QList<UnitLink> &links)
{
    // In the order of the table's key, so that SQLite adds each row at the end of its tree
    // instead of splitting pages all over it; an import gives most links one day.
    QList<const UnitLink *> ordered;
    ordered.reserve(links.size());
    for (const UnitLink &link : links)
        ordered.append(&link);
    std::sort(ordered.begin(), ordered.end(), [](const UnitLink *a, const UnitLink *b) {
        return std::pair(a->predecessorId, a->successorId)
            < std::pair(b->predecessorId, b->successorId);
    });
    QList<QVariantList> rows;
    rows.reserve(links.size());
    QDate day;
    QVariant dayValue;
    for (const UnitLink *link : std::as_const(ordered)) {
        if (link->on != day) {
            day = link->on;
            dayValue = Query::dateValue(day);
        }
        rows.append({link->predecessorId, link->successorId, UnitLink::key(link->kind), dayValue,
                     link->note});
    }
    return RowBatch::insert(
               m_database, u"unit_lineage"_s,
               {u"predecessor_id"_s, u"successor_id"_s, u"kind"_s, u"on_date"_s, u"note"_s})
        .run(rows);
}

Result<void> LineageRepository::update(const QList<UnitLink> &links)
{
    QList<QVariantList> rows;
    rows.reserve(links.size());
    for (const UnitLink &link : links) {
        rows.append({link.predecessorId, link.successorId, UnitLink::key(link.kind),
                     Query::dateValue(link.on), link.note});
    }
    return RowBatch::update(
               m_database, u"unit_lineage"_s,
               {{u"predecessor_id"_s, u"bigint"_s}, {u"successor_id"_s, u"bigint"_s}},
               {{u"kind"_s, u"text"_s}, {u"on_date"_s, u"date"_s}, {u"note"_s, u"text"_s}})
        .run(rows);
}

Result<LineageRepository::Saved> LineageRepository::save(const UnitLink &link)
{
    prepare();
    const auto found = m_find->readAll({link.predecessorId, link.successorId}, readLink);
    if (!found)
        return Failure{found.error()};
    if (found->isEmpty()) {
        if (auto done = insert(link); !done)
            return Failure{done.error()};
        return Saved::Added;
    }
    const UnitLink &stored = found->constFirst();
    if (stored.kind == link.kind && stored.on == link.on && stored.note == link.note)
        return Saved::Unchanged;
    if (auto done = update(link); !done)
        return Failure{done.error()};
    return Saved::Updated;
}
