#include "CampaignRepository.h"

#include "Database.h"
#include "Query.h"
#include "RowBatch.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// A period is stored in four columns: kind, first day, last day, phrase.
Period readPeriod(const Query &query, int firstColumn)
{
    if (query.value(firstColumn + 2).isNull())
        return {};
    return Period::fromStored(query.text(firstColumn), query.date(firstColumn + 1),
                              query.date(firstColumn + 2), query.text(firstColumn + 3));
}

QVariantList periodValues(const Period &period)
{
    if (!period.isValid())
        return {QVariant(), QVariant(), QVariant(), QVariant()};
    return {period.storageKind(), Query::dateValue(period.first()), Query::dateValue(period.last()),
            period.text()};
}

const QString conferenceColumns = u"id, campaign_id, unit_id, parent_unit_id, level, "
                                  "scheduled_on, venue, held_on, chair, attendees, "
                                  "report_received_on, note, invited, assessment, "
                                  "budget_planned, budget_spent"_s;

QVariant countOrNull(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

Conference readConference(const Query &row)
{
    const auto countOrMinus = [&row](int column) {
        return row.isNull(column) ? -1 : row.integer(column);
    };
    Conference conference;
    conference.id = row.integer(0);
    conference.campaignId = row.integer(1);
    conference.unitId = row.integer(2);
    conference.parentUnitId = row.integer(3);
    conference.level = row.text(4);
    conference.scheduledOn = row.date(5);
    conference.venue = row.text(6);
    conference.heldOn = row.date(7);
    conference.chair = row.text(8);
    conference.attendees = int(countOrMinus(9));
    conference.reportReceivedOn = row.date(10);
    conference.note = row.text(11);
    conference.invited = int(countOrMinus(12));
    conference.assessment = row.text(13);
    conference.budgetPlanned = countOrMinus(14);
    conference.budgetSpent = countOrMinus(15);
    return conference;
}

} // namespace

CampaignRepository::CampaignRepository(Database &database)
    : m_database(database)
{
}

QList<Conference> CampaignRepository::participantsOf(const Campaign &campaign,
                                                     const QList<Unit> &units,
                                                     const QSet<qint64> &excluded,
                                                     const QSet<qint64> &added)
{
    QHash<qint64, const Unit *> byId;
    QHash<qint64, QList<const Unit *>> children;
    for (const Unit &unit : units) {
        byId.insert(unit.id, &unit);
        children[unit.parentId].append(&unit);
    }
    QList<Conference> result;
    const Unit *root = byId.value(campaign.rootUnitId);
    if (!root)
        return result;
    const QList<QString> levels = campaign.levelKeys();

    // Which units take part: those under the root that the campaign takes by its levels and
    // start, less those left out (never the root), and those added, in the tree's order.
    QList<const Unit *> taking;
    QSet<qint64> takingIds;
    const auto take = [&](const Unit *unit) {
        if (!takingIds.contains(unit->id)) {
            taking.append(unit);
            takingIds.insert(unit->id);
        }
    };
    QList<const Unit *> stack{root};
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const Unit *unit = stack.takeLast();
        if (seen.contains(unit->id))
            continue;
        seen.insert(unit->id);
        const bool byDefault = levels.contains(unit->level) && unit->isActiveOn(campaign.startsOn);
        if ((byDefault && (unit == root || !excluded.contains(unit->id)))
            || (added.contains(unit->id) && levels.contains(unit->level)))
            take(unit);
        const QList<const Unit *> below = children.value(unit->id);
        for (auto it = below.crbegin(); it != below.crend(); ++it)
            stack.append(*it);
    }
    QList<qint64> others(added.cbegin(), added.cend());
    std::sort(others.begin(), others.end());
    for (qint64 id : std::as_const(others)) {
        const Unit *unit = byId.value(id);
        if (unit && levels.contains(unit->level))
            take(unit);
    }

    for (const Unit *unit : std::as_const(taking)) {
        Conference conference;
        conference.campaignId = campaign.id;
        conference.unitId = unit->id;
        conference.level = unit->level;
        // The nearest unit above that takes part; the root's conference for a unit added
        // from outside the root's part of the tree.
        const Unit *above = byId.value(unit->parentId);
        for (int steps = 0; above && steps < units.size(); ++steps) {
            if (takingIds.contains(above->id))
                break;
            above = byId.value(above->parentId);
        }
        if (above && takingIds.contains(above->id))
            conference.parentUnitId = above->id;
        else if (unit != root && takingIds.contains(root->id))
            conference.parentUnitId = root->id;
        result.append(conference);
    }
    return result;
}

std::function<QString(qint64)> CampaignRepository::unitNames() const
{
    return [this](qint64 id) {
        const auto unit = UnitRepository(m_database).byId(id);
        return unit ? unit->name : QString::number(id);
    };
}

Result<void> CampaignRepository::loadDetails(Campaign *campaign) const
{
    Query levels(m_database,
                 u"SELECT cl.level, cl.deadline_kind, cl.deadline_first, cl.deadline_last, "
                 "cl.deadline_text FROM campaign_levels cl JOIN levels l ON l.key = cl.level "
                 "WHERE cl.campaign_id = ? ORDER BY l.rank"_s);
    levels.bind({campaign->id});
    if (auto done = levels.exec(); !done)
        return done;
    while (levels.next())
        campaign->levels.append({levels.text(0), readPeriod(levels, 1)});
    if (auto done = levels.readError(); !done)
        return done;

    Query documents(m_database,
                    u"SELECT id, number, issued_on, issuer, title, position FROM "
                    "campaign_documents WHERE campaign_id = ? ORDER BY position, id"_s);
    documents.bind({campaign->id});
    if (auto done = documents.exec(); !done)
        return done;
    while (documents.next()) {
        campaign->documents.append({documents.id(0), documents.text(1), documents.date(2),
                                    documents.text(3), documents.text(4),
                                    int(documents.integer(5))});
    }
    if (auto done = documents.readError(); !done)
        return done;

    Query dates(m_database,
                u"SELECT id, on_date, label FROM campaign_dates WHERE "
                "campaign_id = ? ORDER BY on_date, id"_s);
    dates.bind({campaign->id});
    if (auto done = dates.exec(); !done)
        return done;
    while (dates.next())
        campaign->keyDates.append({dates.id(0), dates.date(1), dates.text(2)});
    if (auto done = dates.readError(); !done)
        return done;
    return {};
}

Result<QList<Campaign>> CampaignRepository::select(const QString &condition, qint64 id) const
{
    Query query(m_database,
                u"SELECT id, name, phase, root_unit_id, starts_on, note, closed FROM "
                "campaigns "_s
                    + condition + u" ORDER BY starts_on, id"_s);
    if (!condition.isEmpty())
        query.bind({id});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Campaign> campaigns;
    while (query.next()) {
        Campaign campaign;
        campaign.id = query.id(0);
        campaign.name = query.text(1);
        campaign.phase = query.text(2);
        campaign.rootUnitId = query.id(3);
        campaign.startsOn = query.date(4);
        campaign.note = query.text(5);
        campaign.closed = query.integer(6) != 0;
        campaigns.append(campaign);
    }
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    for (Campaign &campaign : campaigns) {
        if (auto done = loadDetails(&campaign); !done)
            return Failure{done.error()};
    }
    return campaigns;
}

Result<QList<Campaign>> CampaignRepository::all() const
{
    return select(QString(), 0);
}

Result<Campaign> CampaignRepository::byId(qint64 id) const
{
    const auto campaigns = select(u"WHERE id = ?"_s, id);
    if (!campaigns)
        return Failure{campaigns.error()};
    if (campaigns->isEmpty())
        return Failure{tr("There is no campaign number %1.").arg(id)};
    return campaigns->first();
}

Result<qint64> CampaignRepository::create(const Campaign &spec, const QSet<qint64> &excluded,
                                          const QSet<qint64> &added)
{
    if (spec.name.trimmed().isEmpty())
        return Failure{tr("A campaign needs a name.")};
    if (spec.levels.isEmpty())
        return Failure{tr("A campaign needs at least one level taking part.")};
    if (!spec.startsOn.isValid())
        return Failure{tr("A campaign needs the date it starts.")};
    UnitRepository units(m_database);
    const auto allUnits = units.all();
    if (!allUnits)
        return Failure{allUnits.error()};
    const auto levels = units.levels();
    if (!levels)
        return Failure{levels.error()};
    QStringList knownLevels;
    for (const Level &level : *levels)
        knownLevels.append(level.key);
    int previousRank = 0;
    for (const CampaignLevel &level : spec.levels) {
        const int rank = int(knownLevels.indexOf(level.level)) + 1;
        if (rank == 0)
            return Failure{tr("“%1” is not one of the levels; they are %2.")
                               .arg(level.level, knownLevels.join(u", "_s))};
        if (rank <= previousRank)
            return Failure{tr("The levels of a campaign are listed from the top down, each "
                              "once: %1 cannot follow %2.")
                               .arg(levels->at(rank - 1).displayName(),
                                    levels->at(previousRank - 1).displayName())};
        previousRank = rank;
    }
    const auto root = units.byId(spec.rootUnitId);
    if (!root)
        return Failure{root.error()};
    if (root->level != spec.levels.first().level) {
        const int rank = int(knownLevels.indexOf(root->level));
        return Failure{
            tr("%1 is a unit of the level “%2”, so the campaign's levels must start "
               "with it: the levels taking part are those from the campaign's own "
               "unit down.")
                .arg(root->name, rank >= 0 ? levels->at(rank).displayName() : root->level)};
    }
    // On a server a login creates campaigns only of its own unit's subtree.
    if (auto allowed = m_database.mayChange(0, spec.rootUnitId); !allowed)
        return Failure{allowed.error()};

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    Query insert(m_database,
                 u"INSERT INTO campaigns (name, phase, root_unit_id, starts_on, "
                 "note) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind({Text::simplified(spec.name), Text::simplified(spec.phase), spec.rootUnitId,
                 Query::dateValue(spec.startsOn), spec.note});
    if (auto done = insert.exec(); !done)
        return Failure{done.error()};
    Campaign campaign = spec;
    campaign.id = insert.lastInsertId();

    Query level(m_database,
                u"INSERT INTO campaign_levels (campaign_id, level, deadline_kind, "
                "deadline_first, deadline_last, deadline_text) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const CampaignLevel &entry : spec.levels) {
        const QVariantList period = periodValues(entry.deadline);
        level.bind({campaign.id, entry.level, period[0], period[1], period[2], period[3]});
        if (auto done = level.exec(); !done)
            return Failure{done.error()};
    }
    Query document(m_database,
                   u"INSERT INTO campaign_documents (campaign_id, number, "
                   "issued_on, issuer, title, position) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < spec.documents.size(); ++i) {
        const CampaignDocument &entry = spec.documents.at(i);
        document.bind({campaign.id, entry.number, Query::dateValue(entry.issuedOn), entry.issuer,
                       entry.title, i});
        if (auto done = document.exec(); !done)
            return Failure{done.error()};
    }
    Query date(m_database,
               u"INSERT INTO campaign_dates (campaign_id, on_date, label) VALUES (?, ?, ?)"_s);
    for (const CampaignDate &entry : spec.keyDates) {
        date.bind({campaign.id, Query::dateValue(entry.date), entry.label});
        if (auto done = date.exec(); !done)
            return Failure{done.error()};
    }

    const QList<Conference> participants = participantsOf(campaign, *allUnits, excluded, added);
    if (participants.isEmpty())
        return Failure{tr("No unit in force on %1 under the chosen root is at a level taking "
                          "part, so the campaign would be empty.")
                           .arg(spec.startsOn.toString(u"dd/MM/yyyy"_s))};
    // A national campaign has some 11,000 participants: many to a statement (RowBatch).
    QList<QVariantList> conferenceRows;
    conferenceRows.reserve(participants.size());
    for (const Conference &entry : participants) {
        conferenceRows.append({campaign.id, entry.unitId,
                               entry.parentUnitId ? QVariant(entry.parentUnitId) : QVariant(),
                               entry.level});
    }
    RowBatch conferences =
        RowBatch::insert(m_database, u"conferences"_s,
                         {u"campaign_id"_s, u"unit_id"_s, u"parent_unit_id"_s, u"level"_s});
    if (auto done = conferences.run(conferenceRows); !done)
        return Failure{done.error()};
    QList<QVariantList> exclusionRows;
    for (qint64 unitId : excluded) {
        if (unitId != spec.rootUnitId)
            exclusionRows.append({campaign.id, unitId});
    }
    RowBatch exclusions =
        RowBatch::insert(m_database, u"campaign_exclusions"_s, {u"campaign_id"_s, u"unit_id"_s});
    if (auto done = exclusions.run(exclusionRows); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return campaign.id;
}

Result<int> CampaignRepository::addMissingParticipants()
{
    const auto campaigns = all();
    if (!campaigns)
        return Failure{campaigns.error()};
    if (campaigns->isEmpty())
        return 0;
    const auto allUnits = UnitRepository(m_database).all();
    if (!allUnits)
        return Failure{allUnits.error()};

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    // Every participant is offered, several to a statement; those already in stay as they are.
    QList<QVariantList> rows;
    for (const Campaign &campaign : *campaigns) {
        if (campaign.closed)
            continue;
        const auto excluded = exclusions(campaign.id);
        if (!excluded)
            return Failure{excluded.error()};
        for (const Conference &entry : participantsOf(campaign, *allUnits, *excluded)) {
            rows.append({campaign.id, entry.unitId,
                         entry.parentUnitId ? QVariant(entry.parentUnitId) : QVariant(),
                         entry.level});
        }
    }
    RowBatch insert =
        RowBatch::insert(m_database, u"conferences"_s,
                         {u"campaign_id"_s, u"unit_id"_s, u"parent_unit_id"_s, u"level"_s},
                         u"ON CONFLICT (campaign_id, unit_id) DO NOTHING"_s);
    if (auto done = insert.run(rows); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return int(insert.rowsAffected());
}

Result<void> CampaignRepository::rename(qint64 campaignId, const QString &name,
                                        const QString &phase)
{
    if (Text::simplified(name).isEmpty())
        return Failure{tr("A campaign needs a name.")};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId); !allowed)
        return allowed;
    Query query(m_database, u"UPDATE campaigns SET name = ?, phase = ? WHERE id = ?"_s);
    query.bind({Text::simplified(name), Text::simplified(phase), campaignId});
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return Failure{tr("There is no campaign number %1.").arg(campaignId)};
    return transaction.commit();
}

Result<void> CampaignRepository::setClosed(qint64 campaignId, bool closed)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId); !allowed)
        return allowed;
    Query query(m_database, u"UPDATE campaigns SET closed = ? WHERE id = ?"_s);
    query.bind({closed ? 1 : 0, campaignId});
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return Failure{tr("There is no campaign number %1.").arg(campaignId)};
    return transaction.commit();
}

Result<CampaignRepository::Contents> CampaignRepository::contents(qint64 campaignId) const
{
    Query query(
        m_database,
        u"SELECT (SELECT count(*) FROM conferences WHERE campaign_id = ?), "
        "(SELECT count(*) FROM conferences WHERE campaign_id = ? AND (scheduled_on IS NOT NULL "
        "OR held_on IS NOT NULL OR report_received_on IS NOT NULL OR attendees IS NOT NULL "
        "OR invited IS NOT NULL OR budget_planned IS NOT NULL OR budget_spent IS NOT NULL "
        "OR venue <> '' OR chair <> '' OR note <> '' OR assessment <> '')), "
        "(SELECT count(*) FROM exemplars WHERE campaign_id = ?), "
        "(SELECT count(*) FROM rewards WHERE campaign_id = ?), "
        "(SELECT count(*) FROM steering_groups WHERE campaign_id = ?), "
        "(SELECT count(*) FROM campaign_documents WHERE campaign_id = ?)"_s);
    query.bind({campaignId, campaignId, campaignId, campaignId, campaignId, campaignId});
    if (auto done = query.execSingle(); !done)
        return Failure{done.error()};
    return Contents{int(query.integer(0)), int(query.integer(1)), int(query.integer(2)),
                    int(query.integer(3)), int(query.integer(4)), int(query.integer(5))};
}

QString CampaignRepository::describe(const Contents &contents)
{
    QStringList parts{tr("%n conference(s)", nullptr, contents.conferences)
                      + (contents.conferencesWithResults > 0 ? tr(
                             " (%n with results entered)", nullptr, contents.conferencesWithResults)
                                                             : QString())};
    if (contents.exemplars > 0)
        parts.append(tr("%n model(s) and exemplar(s)", nullptr, contents.exemplars));
    if (contents.rewards > 0)
        parts.append(tr("%n reward(s)", nullptr, contents.rewards));
    if (contents.steeringGroups > 0)
        parts.append(tr("%n steering group(s)", nullptr, contents.steeringGroups));
    if (contents.documents > 0)
        parts.append(tr("%n document(s)", nullptr, contents.documents));
    return parts.join(u", "_s);
}

namespace {

// A campaign's records, each table before those that refer to it, as the SQL that selects
// a campaign's rows from it.
const std::pair<const char *, const char *> campaignTables[] = {
    {"campaigns", "id = ?"},
    {"campaign_levels", "campaign_id = ?"},
    {"campaign_documents", "campaign_id = ?"},
    {"campaign_dates", "campaign_id = ?"},
    {"campaign_exclusions", "campaign_id = ?"},
    {"conferences", "campaign_id = ?"},
    {"deadline_overrides", "campaign_id = ?"},
    {"pilots", "campaign_id = ?"},
    {"exemplars", "campaign_id = ?"},
    {"nominations", "exemplar_id IN (SELECT id FROM exemplars WHERE campaign_id = ?)"},
    {"rewards", "campaign_id = ?"},
    {"reward_recipients", "reward_id IN (SELECT id FROM rewards WHERE campaign_id = ?)"},
    {"steering_groups", "campaign_id = ?"},
    {"steering_members", "group_id IN (SELECT id FROM steering_groups WHERE campaign_id = ?)"},
    {"steering_assignments", "campaign_id = ?"},
};

} // namespace

Result<RowSnapshot> CampaignRepository::remove(qint64 campaignId)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(campaignId); !allowed)
        return Failure{allowed.error()};
    // A closed campaign's records are guarded; deleting it deletes them, so it is opened
    // first, in the same transaction.
    if (auto opened = setClosed(campaignId, false); !opened)
        return Failure{opened.error()};
    RowSnapshot snapshot;
    for (const auto &[table, condition] : campaignTables) {
        if (auto taken = snapshot.take(m_database, QString::fromLatin1(table),
                                       QString::fromLatin1(condition), {campaignId});
            !taken)
            return Failure{taken.error()};
    }
    Query query(m_database, u"DELETE FROM campaigns WHERE id = ?"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return snapshot;
}

Result<void> CampaignRepository::restore(const RowSnapshot &snapshot, qint64 campaignId,
                                         bool closed)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto restored = snapshot.restore(m_database); !restored)
        return restored;
    if (closed) {
        if (auto done = setClosed(campaignId, true); !done)
            return done;
    }
    return transaction.commit();
}

Result<QSet<qint64>> CampaignRepository::exclusions(qint64 campaignId) const
{
    Query query(m_database, u"SELECT unit_id FROM campaign_exclusions WHERE campaign_id = ?"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.id(0));
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return ids;
}

Result<void> CampaignRepository::reattach(qint64 campaignId)
{
    const auto campaign = byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto list = conferences(campaignId);
    if (!list)
        return Failure{list.error()};
    const auto allUnits = UnitRepository(m_database).all();
    if (!allUnits)
        return Failure{allUnits.error()};
    // The conferences as they are, computed again with every unit taking part "added".
    QSet<qint64> taking;
    for (const Conference &conference : *list)
        taking.insert(conference.unitId);
    QSet<qint64> everyoneElse;
    for (const Unit &unit : *allUnits) {
        if (!taking.contains(unit.id))
            everyoneElse.insert(unit.id);
    }
    QHash<qint64, qint64> parentOf;
    for (const Conference &conference : *list)
        parentOf.insert(conference.unitId, conference.parentUnitId);
    Query update(m_database,
                 u"UPDATE conferences SET parent_unit_id = ? WHERE campaign_id = ? AND "
                 "unit_id = ?"_s);
    for (const Conference &entry : participantsOf(*campaign, *allUnits, everyoneElse, taking)) {
        if (parentOf.value(entry.unitId, -1) == entry.parentUnitId)
            continue;
        update.bind({entry.parentUnitId ? QVariant(entry.parentUnitId) : QVariant(), campaignId,
                     entry.unitId});
        if (auto done = update.exec(); !done)
            return done;
    }
    return {};
}

Result<void> CampaignRepository::addParticipant(qint64 campaignId, qint64 unitId)
{
    const auto campaign = byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto unit = UnitRepository(m_database).byId(unitId);
    if (!unit)
        return Failure{unit.error()};
    if (!campaign->levelKeys().contains(unit->level))
        return Failure{tr("%1 cannot take part in “%2”: its level does not take part in the "
                          "campaign.")
                           .arg(unit->name, campaign->name)};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return allowed;
    Query insert(m_database,
                 u"INSERT INTO conferences (campaign_id, unit_id, level) VALUES (?, ?, ?)"_s);
    insert.bind({campaignId, unitId, unit->level});
    if (auto done = insert.exec(); !done) {
        if (conference(campaignId, unitId))
            return Failure{tr("%1 already takes part in “%2”.").arg(unit->name, campaign->name)};
        return done;
    }
    Query included(m_database,
                   u"DELETE FROM campaign_exclusions WHERE campaign_id = ? AND unit_id = ?"_s);
    included.bind({campaignId, unitId});
    if (auto done = included.exec(); !done)
        return done;
    if (auto done = reattach(campaignId); !done)
        return done;
    return transaction.commit();
}

Result<RowSnapshot> CampaignRepository::removeParticipant(qint64 campaignId, qint64 unitId,
                                                          bool remember)
{
    const auto campaign = byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto unit = UnitRepository(m_database).byId(unitId);
    if (!unit)
        return Failure{unit.error()};
    if (unitId == campaign->rootUnitId)
        return Failure{
            tr("%1 is the campaign's own unit and cannot be left out of it.").arg(unit->name)};
    const auto current = conference(campaignId, unitId);
    if (!current)
        return Failure{current.error()};
    Query results(m_database,
                  u"SELECT (SELECT count(*) FROM exemplars WHERE campaign_id = ? AND "
                  "(unit_id = ? OR recognised_by = ?)) + (SELECT count(*) FROM rewards WHERE "
                  "campaign_id = ? AND unit_id = ?) + (SELECT count(*) FROM nominations n "
                  "JOIN exemplars e ON e.id = n.exemplar_id WHERE e.campaign_id = ? AND "
                  "(n.from_unit_id = ? OR n.to_unit_id = ?))"_s);
    results.bind({campaignId, unitId, unitId, campaignId, unitId, campaignId, unitId, unitId});
    if (auto done = results.execSingle(); !done)
        return Failure{done.error()};
    if (current->hasResults() || results.integer(0) > 0)
        return Failure{tr("%1 cannot be left out of “%2”: results of its conference are already "
                          "entered (its report, models and exemplars, rewards or nominations). "
                          "Nothing was changed.")
                           .arg(unit->name, campaign->name)};

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return Failure{allowed.error()};
    RowSnapshot snapshot;
    for (const char *table :
         {"conferences", "deadline_overrides", "pilots", "steering_assignments"}) {
        if (auto taken = snapshot.take(m_database, QString::fromLatin1(table),
                                       u"campaign_id = ? AND unit_id = ?"_s, {campaignId, unitId});
            !taken)
            return Failure{taken.error()};
    }
    Query remove(m_database, u"DELETE FROM conferences WHERE campaign_id = ? AND unit_id = ?"_s);
    remove.bind({campaignId, unitId});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (remember) {
        Query excluded(m_database,
                       u"INSERT INTO campaign_exclusions (campaign_id, unit_id) VALUES (?, ?) "
                       "ON CONFLICT (campaign_id, unit_id) DO NOTHING"_s);
        excluded.bind({campaignId, unitId});
        if (auto done = excluded.exec(); !done)
            return Failure{done.error()};
    }
    if (auto done = reattach(campaignId); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return snapshot;
}

Result<void> CampaignRepository::restoreParticipant(qint64 campaignId, qint64 unitId,
                                                    const RowSnapshot &snapshot)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query included(m_database,
                   u"DELETE FROM campaign_exclusions WHERE campaign_id = ? AND unit_id = ?"_s);
    included.bind({campaignId, unitId});
    if (auto done = included.exec(); !done)
        return done;
    if (auto restored = snapshot.restore(m_database); !restored)
        return restored;
    if (auto done = reattach(campaignId); !done)
        return done;
    return transaction.commit();
}

Result<qint64> CampaignRepository::saveDocument(qint64 campaignId, const CampaignDocument &document)
{
    if (Text::simplified(document.number).isEmpty() && Text::simplified(document.title).isEmpty())
        return Failure{tr("A document needs its number or its title.")};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(campaignId); !allowed)
        return Failure{allowed.error()};
    Query existing(m_database, u"SELECT position FROM campaign_documents WHERE id = ?"_s);
    existing.bind({document.id});
    if (auto done = existing.exec(); !done)
        return Failure{done.error()};
    const bool update = document.id > 0 && existing.next();
    existing.finish();
    Query query(m_database,
                update ? u"UPDATE campaign_documents SET number = ?, issued_on = ?, issuer = ?, "
                         "title = ? WHERE id = ? AND campaign_id = ?"_s
                       : u"INSERT INTO campaign_documents (number, issued_on, issuer, title, id, "
                         "campaign_id, position) VALUES (?, ?, ?, ?, COALESCE(?, %1), ?, "
                         "COALESCE(?, (SELECT COALESCE(max(position), -1) + 1 FROM "
                         "campaign_documents WHERE campaign_id = ?)))"_s.arg(
                             m_database.newId(u"campaign_documents"_s)));
    query.bind({Text::simplified(document.number), Query::dateValue(document.issuedOn),
                Text::simplified(document.issuer), Text::simplified(document.title),
                document.id > 0 ? QVariant(document.id) : QVariant(), campaignId});
    if (!update) {
        // A document put back by an undo returns to the place it had.
        query.bindAt(6, document.position >= 0 ? QVariant(document.position) : QVariant());
        query.bindAt(7, campaignId);
    }
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    const qint64 id = update || document.id > 0 ? document.id : query.lastInsertId();
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<CampaignDocument> CampaignRepository::removeDocument(qint64 campaignId, qint64 documentId)
{
    const auto campaign = byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    for (const CampaignDocument &document : campaign->documents) {
        if (document.id != documentId)
            continue;
        Transaction transaction(m_database);
        if (auto begun = transaction.begin(); !begun)
            return Failure{begun.error()};
        if (auto allowed = m_database.mayChange(campaignId); !allowed)
            return Failure{allowed.error()};
        Query query(m_database, u"DELETE FROM campaign_documents WHERE id = ?"_s);
        query.bind({documentId});
        if (auto done = query.exec(); !done)
            return Failure{done.error()};
        if (auto committed = transaction.commit(); !committed)
            return Failure{committed.error()};
        return document;
    }
    return Failure{tr("There is no document with the id %1 in this campaign.").arg(documentId)};
}

Result<QList<qint64>> CampaignRepository::campaignsOfUnit(qint64 unitId) const
{
    Query query(m_database,
                u"SELECT c.id FROM conferences f JOIN campaigns c ON "
                "c.id = f.campaign_id WHERE f.unit_id = ? ORDER BY c.starts_on, c.id"_s);
    query.bind({unitId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.id(0));
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return ids;
}

Result<QList<Conference>> CampaignRepository::conferences(qint64 campaignId) const
{
    return Query(m_database,
                 u"SELECT "_s + conferenceColumns
                     + u" FROM conferences WHERE campaign_id = ? ORDER BY id"_s)
        .readAll({campaignId}, readConference);
}

Result<QList<CampaignRepository::NamedConference>>
CampaignRepository::namedConferences(qint64 campaignId) const
{
    QString columns;
    for (const QString &column : conferenceColumns.split(u", "_s))
        columns += u"c."_s + column + u", "_s;
    const int code = int(conferenceColumns.count(u',') + 1);
    return Query(m_database,
                 u"SELECT "_s + columns
                     + u"u.code, u.name FROM conferences c JOIN units u ON u.id = c.unit_id "
                       "WHERE c.campaign_id = ? ORDER BY c.id"_s)
        .readAll({campaignId}, [code](const Query &row) {
            return NamedConference{readConference(row), row.text(code), row.text(code + 1)};
        });
}

Result<Conference> CampaignRepository::conference(qint64 campaignId, qint64 unitId) const
{
    return conferenceRow(campaignId, unitId, QString());
}

Result<Conference> CampaignRepository::conferenceRow(qint64 campaignId, qint64 unitId,
                                                     const QString &tail) const
{
    const auto list =
        Query(m_database,
              u"SELECT "_s + conferenceColumns
                  + u" FROM conferences WHERE campaign_id = ? AND unit_id = ?"_s + tail)
            .readAll({campaignId, unitId}, readConference);
    if (!list)
        return Failure{list.error()};
    if (list->isEmpty())
        return Failure{tr("%1 does not take part in campaign number %2.")
                           .arg(unitNames()(unitId))
                           .arg(campaignId)};
    return list->constFirst();
}

Result<void> CampaignRepository::saveConference(const Conference &conference)
{
    if (auto valid = conference.validate(); !valid)
        return valid;
    return saveConferences({conference});
}

Result<void> CampaignRepository::saveConferences(const QList<Conference> &conferences)
{
    for (const Conference &conference : conferences) {
        if (auto valid = conference.validate(); !valid)
            return Failure{tr("%1: %2").arg(unitNames()(conference.unitId), valid.error())};
    }
    // Thousands of conferences at a time: part of a caller's transaction, not a savepoint.
    Transaction transaction(m_database, Transaction::Nesting::Join);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const QList<RowBatch::Column> keys{{u"campaign_id"_s, u"bigint"_s},
                                       {u"unit_id"_s, u"bigint"_s}};
    const QList<RowBatch::Column> columns{
        {u"scheduled_on"_s, u"date"_s},  {u"venue"_s, u"text"_s},
        {u"held_on"_s, u"date"_s},       {u"chair"_s, u"text"_s},
        {u"attendees"_s, u"integer"_s},  {u"report_received_on"_s, u"date"_s},
        {u"note"_s, u"text"_s},          {u"invited"_s, u"integer"_s},
        {u"assessment"_s, u"text"_s},    {u"budget_planned"_s, u"bigint"_s},
        {u"budget_spent"_s, u"bigint"_s}};
    QList<bool> matched;
    if (m_database.isServer()) {
        // Several conferences to a statement, where each statement is a round trip.
        QList<QVariantList> rows;
        rows.reserve(conferences.size());
        for (const Conference &conference : conferences) {
            rows.append(
                {conference.campaignId, conference.unitId, Query::dateValue(conference.scheduledOn),
                 conference.venue, Query::dateValue(conference.heldOn), conference.chair,
                 countOrNull(conference.attendees), Query::dateValue(conference.reportReceivedOn),
                 conference.note, countOrNull(conference.invited), conference.assessment,
                 countOrNull(conference.budgetPlanned), countOrNull(conference.budgetSpent)});
        }
        RowBatch update = RowBatch::update(m_database, u"conferences"_s, keys, columns);
        if (auto done = update.run(rows); !done)
            return done;
        matched = update.matched();
    } else {
        // On a file a statement each, its values bound as they are: for a national table
        // the QVariants of the rows cost a third as much as SQLite's own work.
        QStringList set;
        for (const RowBatch::Column &column : columns)
            set.append(column.name + u" = ?"_s);
        Query update(m_database,
                     u"UPDATE conferences SET %1 WHERE %2 = ? AND %3 = ?"_s.arg(
                         set.join(u", "_s), keys.at(0).name, keys.at(1).name));
        const auto count = [&update](int position, qint64 value) {
            if (value >= 0)
                update.bindInteger(position, value);
            else
                update.bindNull(position);
        };
        matched.reserve(conferences.size());
        for (const Conference &conference : conferences) {
            // In the order of `columns`, then of `keys`.
            update.bindDay(0, conference.scheduledOn);
            update.bindString(1, conference.venue);
            update.bindDay(2, conference.heldOn);
            update.bindString(3, conference.chair);
            count(4, conference.attendees);
            update.bindDay(5, conference.reportReceivedOn);
            update.bindString(6, conference.note);
            count(7, conference.invited);
            update.bindString(8, conference.assessment);
            count(9, conference.budgetPlanned);
            count(10, conference.budgetSpent);
            update.bindInteger(11, conference.campaignId);
            update.bindInteger(12, conference.unitId);
            if (auto done = update.exec(); !done)
                return done;
            matched.append(update.rowsAffected() > 0);
        }
    }
    for (qsizetype i = 0; i < conferences.size(); ++i) {
        if (matched.at(i))
            continue;
        const Conference &conference = conferences.at(i);
        // On a server a row the login may not change is left alone without an error.
        if (const QString refused =
                m_database.refusalToChange(conference.campaignId, conference.unitId);
            !refused.isEmpty())
            return Failure{refused};
        return Failure{tr("%1 does not take part in campaign number %2.")
                           .arg(unitNames()(conference.unitId))
                           .arg(conference.campaignId)};
    }
    return transaction.commit();
}

Result<Conference> CampaignRepository::changeConference(const Conference &values,
                                                        Conference::Fields fields)
{
    // The read is in the transaction, the row locked on a server: nothing can be written
    // between it and the save, so that the other fields keep what others saved meanwhile.
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    const auto stored = conferenceRow(values.campaignId, values.unitId, m_database.forUpdate());
    if (!stored) {
        // On a server, a row this login may not change is not even locked: say why.
        if (const QString refused = m_database.refusalToChange(values.campaignId, values.unitId);
            !refused.isEmpty())
            return Failure{refused};
        return stored;
    }
    const Conference changed = Conference::withFields(*stored, values, fields);
    if (auto saved = saveConference(changed); !saved)
        return Failure{saved.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return changed;
}

Result<QList<DeadlineOverride>> CampaignRepository::overrides(qint64 campaignId) const
{
    Query query(m_database,
                u"SELECT unit_id, level, deadline_kind, deadline_first, "
                "deadline_last, deadline_text FROM deadline_overrides "
                "WHERE campaign_id = ? ORDER BY unit_id, level"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<DeadlineOverride> list;
    while (query.next())
        list.append({query.id(0), query.text(1), readPeriod(query, 2)});
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return list;
}

Result<QList<Pilot>> CampaignRepository::pilots(qint64 campaignId) const
{
    Query query(m_database,
                u"SELECT unit_id, deadline_kind, deadline_first, deadline_last, "
                "deadline_text FROM pilots WHERE campaign_id = ? ORDER BY unit_id"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Pilot> list;
    while (query.next())
        list.append({query.id(0), readPeriod(query, 1)});
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return list;
}

Result<DeadlineRules> CampaignRepository::rules(qint64 campaignId) const
{
    const auto campaign = byId(campaignId);
    if (!campaign)
        return Failure{campaign.error()};
    const auto conferenceList = conferences(campaignId);
    if (!conferenceList)
        return Failure{conferenceList.error()};
    return rules(*campaign, *conferenceList);
}

Result<DeadlineRules> CampaignRepository::rules(const Campaign &campaign,
                                                const QList<Conference> &conferences) const
{
    const auto overrideList = overrides(campaign.id);
    if (!overrideList)
        return Failure{overrideList.error()};
    const auto pilotList = pilots(campaign.id);
    if (!pilotList)
        return Failure{pilotList.error()};
    return DeadlineRules(campaign, conferences, *overrideList, *pilotList);
}

Result<void> CampaignRepository::setLevelDeadline(qint64 campaignId, const QString &level,
                                                  const Period &deadline)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId); !allowed)
        return allowed;
    const QVariantList period = periodValues(deadline);
    Query query(m_database,
                u"UPDATE campaign_levels SET deadline_kind = ?, deadline_first = ?, "
                "deadline_last = ?, deadline_text = ? WHERE campaign_id = ? AND "
                "level = ?"_s);
    query.bind({period[0], period[1], period[2], period[3], campaignId, level});
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return Failure{tr("The level “%1” does not take part in campaign number %2.")
                           .arg(level)
                           .arg(campaignId)};
    return transaction.commit();
}

Result<void> CampaignRepository::setOverride(qint64 campaignId, qint64 unitId, const QString &level,
                                             const Period &deadline)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return allowed;
    const auto current = rules(campaignId);
    if (!current)
        return Failure{current.error()};
    if (auto allowed = current->checkOverride(unitId, level, deadline, unitNames()); !allowed)
        return allowed;
    const QVariantList period = periodValues(deadline);
    Query query(m_database,
                u"INSERT INTO deadline_overrides (campaign_id, unit_id, level, deadline_kind, "
                "deadline_first, deadline_last, deadline_text) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (campaign_id, unit_id, level) DO UPDATE SET "
                "deadline_kind = excluded.deadline_kind, deadline_first = excluded.deadline_first, "
                "deadline_last = excluded.deadline_last, deadline_text = excluded.deadline_text"_s);
    query.bind({campaignId, unitId, level, period[0], period[1], period[2], period[3]});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

Result<void> CampaignRepository::removeOverride(qint64 campaignId, qint64 unitId,
                                                const QString &level)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return allowed;
    Query query(m_database,
                u"DELETE FROM deadline_overrides WHERE campaign_id = ? AND "
                "unit_id = ? AND level = ?"_s);
    query.bind({campaignId, unitId, level});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

Result<void> CampaignRepository::setPilot(qint64 campaignId, qint64 unitId, const Period &deadline)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return allowed;
    const auto current = rules(campaignId);
    if (!current)
        return Failure{current.error()};
    if (auto allowed = current->checkPilot(unitId, deadline, unitNames()); !allowed)
        return allowed;
    const QVariantList period = periodValues(deadline);
    Query query(m_database,
                u"INSERT INTO pilots (campaign_id, unit_id, deadline_kind, deadline_first, "
                "deadline_last, deadline_text) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (campaign_id, unit_id) DO UPDATE SET "
                "deadline_kind = excluded.deadline_kind, deadline_first = excluded.deadline_first, "
                "deadline_last = excluded.deadline_last, deadline_text = excluded.deadline_text"_s);
    query.bind({campaignId, unitId, period[0], period[1], period[2], period[3]});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

Result<void> CampaignRepository::removePilot(qint64 campaignId, qint64 unitId)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto allowed = m_database.mayChange(campaignId, unitId); !allowed)
        return allowed;
    Query query(m_database, u"DELETE FROM pilots WHERE campaign_id = ? AND unit_id = ?"_s);
    query.bind({campaignId, unitId});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}
