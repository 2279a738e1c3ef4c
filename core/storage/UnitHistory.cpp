#include "UnitHistory.h"

#include "Dates.h"
#include "Exemplar.h"
#include "Money.h"
#include "Query.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// "?, ?, ?" for a list of ids: the ids are bound, never spliced.
QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

Result<QList<UnitHistory::Entry>> UnitHistory::of(Database &database, const QList<qint64> &unitIds)
{
    QList<Entry> entries;
    if (unitIds.isEmpty())
        return entries;
    // SQLite binds up to 32,766 values; a unit's predecessors are a handful.
    const QList<qint64> ids = unitIds.mid(0, 30000);
    const QString in = placeholders(int(ids.size()));
    const auto bindAll = [&ids](Query &query) {
        for (int i = 0; i < ids.size(); ++i)
            query.bindAt(i, ids.at(i));
    };
    const auto campaignName = [](const QString &name, const QString &phase) {
        return phase.isEmpty() || name.contains(phase) ? name : tr("%1, %2").arg(name, phase);
    };

    {
        Query query(database,
                    u"SELECT f.unit_id, c.id, c.name, c.phase, f.held_on, f.attendees, "
                    "f.scheduled_on, f.report_received_on, c.starts_on FROM conferences f "
                    "JOIN campaigns c ON c.id = f.campaign_id WHERE f.unit_id IN (%1) "
                    "ORDER BY f.campaign_id, f.unit_id"_s.arg(in));
        bindAll(query);
        if (auto done = query.exec(); !done)
            return Failure{done.error()};
        while (query.next()) {
            Entry entry;
            entry.kind = Entry::Kind::Conference;
            entry.unitId = query.id(0);
            entry.campaignId = query.id(1);
            entry.campaign = campaignName(query.text(2), query.text(3));
            entry.date = query.date(4);
            if (entry.date.isValid()) {
                entry.text = query.value(5).isNull()
                    ? tr("Conference held on %1").arg(Dates::text(entry.date))
                    : tr("Conference held on %1, %n attendee(s)", nullptr, int(query.id(5)))
                          .arg(Dates::text(entry.date));
                if (query.date(7).isValid())
                    entry.text +=
                        u"; "_s + tr("report received on %1").arg(Dates::text(query.date(7)));
            } else if (query.date(6).isValid()) {
                entry.text =
                    tr("Conference planned for %1, not held").arg(Dates::text(query.date(6)));
            } else {
                entry.text = tr("Conference not held");
            }
            entries.append(entry);
        }
    }
    {
        Query query(database,
                    u"SELECT e.unit_id, c.id, c.name, c.phase, e.kind, e.name, e.money "
                    "FROM exemplars e JOIN campaigns c ON c.id = e.campaign_id "
                    "WHERE e.unit_id IN (%1) ORDER BY e.id"_s.arg(in));
        bindAll(query);
        if (auto done = query.exec(); !done)
            return Failure{done.error()};
        while (query.next()) {
            Entry entry;
            entry.kind = Entry::Kind::Exemplar;
            entry.unitId = query.id(0);
            entry.campaignId = query.id(1);
            entry.campaign = campaignName(query.text(2), query.text(3));
            entry.text = tr("%1: %2").arg(Exemplar::kindName(Exemplar::kindFromKey(query.text(4))),
                                          query.text(5));
            if (!query.value(6).isNull())
                entry.text +=
                    u" ("_s + tr("%1 đồng mobilised").arg(Money::format(query.id(6))) + u')';
            entries.append(entry);
        }
    }
    {
        Query query(
            database,
            u"SELECT r.unit_id, c.id, c.name, c.phase, f.name, r.decision_number, "
            "r.decision_date, (SELECT count(*) FROM reward_recipients p WHERE p.reward_id = r.id) "
            "FROM rewards r JOIN campaigns c ON c.id = r.campaign_id "
            "JOIN reward_forms f ON f.id = r.form_id WHERE r.unit_id IN (%1) ORDER BY r.id"_s.arg(
                in));
        bindAll(query);
        if (auto done = query.exec(); !done)
            return Failure{done.error()};
        while (query.next()) {
            Entry entry;
            entry.kind = Entry::Kind::Reward;
            entry.unitId = query.id(0);
            entry.campaignId = query.id(1);
            entry.campaign = campaignName(query.text(2), query.text(3));
            entry.date = query.date(6);
            QString decision = query.text(4);
            if (!query.text(5).isEmpty())
                decision = tr("%1 %2").arg(decision, query.text(5));
            if (entry.date.isValid())
                decision = tr("%1 of %2").arg(decision, Dates::text(entry.date));
            entry.text = tr("%1, %n recipient(s)", nullptr, int(query.id(7))).arg(decision);
            entries.append(entry);
        }
    }
    // Campaign by campaign as they came, then by kind, each kind in its order.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.campaignId != b.campaignId)
            return a.campaignId < b.campaignId;
        return int(a.kind) < int(b.kind);
    });
    return entries;
}
