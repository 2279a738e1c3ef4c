#include "CampaignRepository.h"

#include "Database.h"
#include "Query.h"
#include "SqliteStatement.h"
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

Conference readConference(const SqliteStatement &row)
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

// The conferences a campaign should have: one per unit under the root, at a level taking
// part, in force on the start date; each attached to the nearest such unit above it.
QList<Conference> participantsOf(const Campaign &campaign, const QList<Unit> &units)
{
    QHash<qint64, QList<const Unit *>> children;
    const Unit *root = nullptr;
    for (const Unit &unit : units) {
        children[unit.parentId].append(&unit);
        if (unit.id == campaign.rootUnitId)
            root = &unit;
    }
    QList<Conference> result;
    if (!root)
        return result;
    const QList<QString> levels = campaign.levelKeys();
    struct Item
    {
        const Unit *unit;
        qint64 participatingParent;
    };
    QList<Item> stack{{root, 0}};
    QSet<qint64> seen;
    while (!stack.isEmpty()) {
        const Item item = stack.takeLast();
        if (seen.contains(item.unit->id))
            continue;
        seen.insert(item.unit->id);
        qint64 parentForChildren = item.participatingParent;
        if (levels.contains(item.unit->level) && item.unit->isActiveOn(campaign.startsOn)) {
            Conference conference;
            conference.campaignId = campaign.id;
            conference.unitId = item.unit->id;
            conference.parentUnitId = item.participatingParent;
            conference.level = item.unit->level;
            result.append(conference);
            parentForChildren = item.unit->id;
        }
        for (const Unit *child : children.value(item.unit->id))
            stack.append({child, parentForChildren});
    }
    return result;
}

} // namespace

CampaignRepository::CampaignRepository(Database &database)
    : m_database(database)
{
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

    Query documents(m_database,
                    u"SELECT id, number, issued_on, issuer, title, position FROM "
                    "campaign_documents WHERE campaign_id = ? ORDER BY position, id"_s);
    documents.bind({campaign->id});
    if (auto done = documents.exec(); !done)
        return done;
    while (documents.next()) {
        campaign->documents.append({documents.id(0), documents.text(1), documents.date(2),
                                    documents.text(3), documents.text(4), documents.integer(5)});
    }

    Query dates(m_database,
                u"SELECT id, on_date, label FROM campaign_dates WHERE "
                "campaign_id = ? ORDER BY on_date, id"_s);
    dates.bind({campaign->id});
    if (auto done = dates.exec(); !done)
        return done;
    while (dates.next())
        campaign->keyDates.append({dates.id(0), dates.date(1), dates.text(2)});
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
        return Failure{tr("There is no campaign number %1 in this file.").arg(id)};
    return campaigns->first();
}

Result<qint64> CampaignRepository::create(const Campaign &spec)
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
    for (const CampaignLevel &level : spec.levels) {
        if (!knownLevels.contains(level.level))
            return Failure{tr("“%1” is not a level of this file; its levels are %2.")
                               .arg(level.level, knownLevels.join(u", "_s))};
    }

    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    Query insert(m_database,
                 u"INSERT INTO campaigns (name, phase, root_unit_id, starts_on, "
                 "note) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind(
        {spec.name, spec.phase, spec.rootUnitId, Query::dateValue(spec.startsOn), spec.note});
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

    const QList<Conference> participants = participantsOf(campaign, *allUnits);
    if (participants.isEmpty())
        return Failure{tr("No unit in force on %1 under the chosen root is at a level taking "
                          "part, so the campaign would be empty.")
                           .arg(spec.startsOn.toString(u"dd/MM/yyyy"_s))};
    Query conference(m_database,
                     u"INSERT INTO conferences (campaign_id, unit_id, "
                     "parent_unit_id, level) VALUES (?, ?, ?, ?)"_s);
    for (const Conference &entry : participants) {
        conference.bind({campaign.id, entry.unitId,
                         entry.parentUnitId ? QVariant(entry.parentUnitId) : QVariant(),
                         entry.level});
        if (auto done = conference.exec(); !done)
            return Failure{done.error()};
    }
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
    Query insert(m_database,
                 u"INSERT OR IGNORE INTO conferences (campaign_id, unit_id, "
                 "parent_unit_id, level) VALUES (?, ?, ?, ?)"_s);
    int added = 0;
    for (const Campaign &campaign : *campaigns) {
        for (const Conference &entry : participantsOf(campaign, *allUnits)) {
            insert.bind({campaign.id, entry.unitId,
                         entry.parentUnitId ? QVariant(entry.parentUnitId) : QVariant(),
                         entry.level});
            if (auto done = insert.exec(); !done)
                return Failure{done.error()};
            added += insert.rowsAffected();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return added;
}

Result<qint64> CampaignRepository::saveDocument(qint64 campaignId, const CampaignDocument &document)
{
    if (Text::simplified(document.number).isEmpty() && Text::simplified(document.title).isEmpty())
        return Failure{tr("A document needs its number or its title.")};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
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
                         "campaign_id, position) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, "
                         "(SELECT COALESCE(max(position), -1) + 1 FROM campaign_documents "
                         "WHERE campaign_id = ?)))"_s);
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
    const qint64 id = update ? document.id : query.lastInsertId();
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
    return ids;
}

Result<QList<Conference>> CampaignRepository::conferences(qint64 campaignId) const
{
    return SqliteStatement(m_database,
                           u"SELECT "_s + conferenceColumns
                               + u" FROM conferences WHERE campaign_id = ? ORDER BY id"_s)
        .readAll({campaignId}, readConference);
}

Result<Conference> CampaignRepository::conference(qint64 campaignId, qint64 unitId) const
{
    const auto list =
        SqliteStatement(m_database,
                        u"SELECT "_s + conferenceColumns
                            + u" FROM conferences WHERE campaign_id = ? AND unit_id = ?"_s)
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
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query query(m_database,
                u"UPDATE conferences SET scheduled_on = ?, venue = ?, held_on = ?, "
                "chair = ?, attendees = ?, report_received_on = ?, note = ?, "
                "invited = ?, assessment = ?, budget_planned = ?, budget_spent = ? "
                "WHERE campaign_id = ? AND unit_id = ?"_s);
    for (const Conference &conference : conferences) {
        query.bind({Query::dateValue(conference.scheduledOn), conference.venue,
                    Query::dateValue(conference.heldOn), conference.chair,
                    countOrNull(conference.attendees),
                    Query::dateValue(conference.reportReceivedOn), conference.note,
                    countOrNull(conference.invited), conference.assessment,
                    countOrNull(conference.budgetPlanned), countOrNull(conference.budgetSpent),
                    conference.campaignId, conference.unitId});
        if (auto done = query.exec(); !done)
            return done;
        if (query.rowsAffected() != 1)
            return Failure{tr("%1 does not take part in campaign number %2.")
                               .arg(unitNames()(conference.unitId))
                               .arg(conference.campaignId)};
    }
    return transaction.commit();
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
    const auto current = rules(campaignId);
    if (!current)
        return Failure{current.error()};
    if (auto allowed = current->checkOverride(unitId, level, deadline, unitNames()); !allowed)
        return allowed;
    const QVariantList period = periodValues(deadline);
    Query query(m_database,
                u"INSERT OR REPLACE INTO deadline_overrides (campaign_id, unit_id, "
                "level, deadline_kind, deadline_first, deadline_last, deadline_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
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
    const auto current = rules(campaignId);
    if (!current)
        return Failure{current.error()};
    if (auto allowed = current->checkPilot(unitId, deadline, unitNames()); !allowed)
        return allowed;
    const QVariantList period = periodValues(deadline);
    Query query(m_database,
                u"INSERT OR REPLACE INTO pilots (campaign_id, unit_id, "
                "deadline_kind, deadline_first, deadline_last, deadline_text) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s);
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
    Query query(m_database, u"DELETE FROM pilots WHERE campaign_id = ? AND unit_id = ?"_s);
    query.bind({campaignId, unitId});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}
