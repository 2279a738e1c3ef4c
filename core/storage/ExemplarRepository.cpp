#include "ExemplarRepository.h"

#include "CampaignRepository.h"
#include "Database.h"
#include "NominationChain.h"
#include "Query.h"
#include "Text.h"
#include "Transaction.h"
#include "UnitRepository.h"

using namespace Qt::StringLiterals;

namespace {

const QString exemplarColumns = u"id, campaign_id, unit_id, recognised_by, kind, name, field_id, "
                                "description, money, workdays"_s;
const QString nominationColumns = u"n.id, n.exemplar_id, n.from_unit_id, n.to_unit_id, n.status, "
                                  "n.note"_s;

// The ids of the exemplars of a campaign that a unit commended, received or put forward
// (placeholders: campaign, unit, unit, unit, campaign). What it commended and received is
// found through the indexes exemplars_campaign and nominations_to. Nominations have no index
// by the unit they come from, so that part reads the nominations' smallest index whole
// (about 20,000 entries at national size, a millisecond): it keeps a nomination in view
// even when its exemplar was moved to another unit afterwards. The CROSS JOIN keeps SQLite
// from going through every exemplar of the campaign instead of these.
const QString unitExemplarIds =
    u"SELECT x.id FROM (SELECT id FROM exemplars WHERE campaign_id = ? AND recognised_by = ? "
    "UNION SELECT exemplar_id FROM nominations WHERE to_unit_id = ? "
    "UNION SELECT exemplar_id FROM nominations WHERE from_unit_id = ?) AS u "
    "CROSS JOIN exemplars x WHERE x.id = u.id AND x.campaign_id = ?"_s;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant countOrNull(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

Exemplar readExemplar(const Query &row)
{
    Exemplar exemplar;
    exemplar.id = row.integer(0);
    exemplar.campaignId = row.integer(1);
    exemplar.unitId = row.integer(2);
    exemplar.recognisedBy = row.integer(3);
    exemplar.kind = Exemplar::kindFromKey(row.text(4));
    exemplar.name = row.text(5);
    exemplar.fieldId = row.integer(6);
    exemplar.description = row.text(7);
    exemplar.money = row.isNull(8) ? -1 : row.integer(8);
    exemplar.workdays = row.isNull(9) ? -1 : int(row.integer(9));
    return exemplar;
}

Nomination readNomination(const Query &row)
{
    Nomination nomination;
    nomination.id = row.integer(0);
    nomination.exemplarId = row.integer(1);
    nomination.fromUnitId = row.integer(2);
    nomination.toUnitId = row.integer(3);
    nomination.status = Nomination::statusFromKey(row.text(4));
    nomination.note = row.text(5);
    return nomination;
}

} // namespace

ExemplarRepository::ExemplarRepository(Database &database)
    : m_database(database)
{
}

Result<QList<Exemplar>> ExemplarRepository::exemplars(qint64 campaignId) const
{
    return Query(m_database,
                 u"SELECT "_s + exemplarColumns
                     + u" FROM exemplars WHERE campaign_id = ? ORDER BY id"_s)
        .readAll({campaignId}, readExemplar);
}

Result<QList<Exemplar>> ExemplarRepository::exemplarsOfUnit(qint64 campaignId, qint64 unitId) const
{
    return Query(m_database,
                 u"SELECT "_s + exemplarColumns + u" FROM exemplars WHERE id IN ("_s
                     + unitExemplarIds + u") ORDER BY id"_s)
        .readAll({campaignId, unitId, unitId, unitId, campaignId}, readExemplar);
}

Result<Exemplar> ExemplarRepository::exemplar(qint64 id) const
{
    const auto list =
        Query(m_database, u"SELECT "_s + exemplarColumns + u" FROM exemplars WHERE id = ?"_s)
            .readAll({id}, readExemplar);
    if (!list)
        return Failure{list.error()};
    if (list->isEmpty())
        return Failure{tr("There is no model or exemplar with the id %1.").arg(id)};
    return list->constFirst();
}

Result<qint64> ExemplarRepository::save(const Exemplar &original)
{
    Exemplar exemplar = original;
    exemplar.name = Text::simplified(exemplar.name);
    if (auto valid = exemplar.validate(); !valid)
        return Failure{valid.error()};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(exemplar.campaignId, exemplar.unitId); !allowed)
        return Failure{allowed.error()};

    Query exists(m_database, u"SELECT count(*) FROM exemplars WHERE id = ?"_s);
    exists.bind({exemplar.id});
    if (auto done = exists.execSingle(); !done)
        return Failure{done.error()};
    const bool update = exemplar.id > 0 && exists.integer(0) > 0;
    exists.finish();

    const QVariantList values{exemplar.campaignId,
                              exemplar.unitId,
                              idOrNull(exemplar.recognisedBy),
                              Exemplar::kindKey(exemplar.kind),
                              exemplar.name,
                              idOrNull(exemplar.fieldId),
                              exemplar.description,
                              countOrNull(exemplar.money),
                              countOrNull(exemplar.workdays)};
    Query query(m_database,
                update ? u"UPDATE exemplars SET campaign_id = ?, unit_id = ?, recognised_by = ?, "
                         "kind = ?, name = ?, field_id = ?, description = ?, money = ?, "
                         "workdays = ? WHERE id = ?"_s
                       : u"INSERT INTO exemplars (campaign_id, unit_id, recognised_by, kind, name, "
                         "field_id, description, money, workdays, id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, %1))"_s.arg(
                             m_database.newId(u"exemplars"_s)));
    for (int i = 0; i < values.size(); ++i)
        query.bindAt(i, values.at(i));
    query.bindAt(int(values.size()), idOrNull(exemplar.id));
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    const qint64 id = update || exemplar.id > 0 ? exemplar.id : query.lastInsertId();
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<ExemplarRepository::Record> ExemplarRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    Record record;
    const auto found = exemplar(id);
    if (!found)
        return Failure{found.error()};
    record.exemplar = *found;
    {
        const auto nominations =
            Query(m_database,
                  u"SELECT "_s + nominationColumns
                      + u" FROM nominations n WHERE n.exemplar_id = ? ORDER BY n.id"_s)
                .readAll({id}, readNomination);
        if (!nominations)
            return Failure{nominations.error()};
        record.nominations = *nominations;
    }
    {
        Query query(m_database, u"SELECT id FROM reward_recipients WHERE exemplar_id = ?"_s);
        query.bind({id});
        if (auto done = query.exec(); !done)
            return Failure{done.error()};
        while (query.next())
            record.rewardRecipientIds.append(query.id(0));
        if (auto done = query.readError(); !done)
            return Failure{done.error()};
    }
    Query remove(m_database, u"DELETE FROM exemplars WHERE id = ?"_s);
    remove.bind({id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return record;
}

Result<void> ExemplarRepository::restore(const Record &record)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (const auto saved = save(record.exemplar); !saved)
        return Failure{saved.error()};
    for (const Nomination &nomination : record.nominations) {
        if (auto done = insertNomination(nomination); !done)
            return done;
    }
    Query link(m_database, u"UPDATE reward_recipients SET exemplar_id = ? WHERE id = ?"_s);
    for (qint64 recipient : record.rewardRecipientIds) {
        link.bind({record.exemplar.id, recipient});
        if (auto done = link.exec(); !done)
            return done;
    }
    return transaction.commit();
}

Result<QList<Nomination>> ExemplarRepository::nominations(qint64 campaignId) const
{
    return Query(m_database,
                 u"SELECT "_s + nominationColumns
                     + u" FROM nominations n JOIN exemplars e ON e.id = n.exemplar_id "
                       "WHERE e.campaign_id = ? ORDER BY n.id"_s)
        .readAll({campaignId}, readNomination);
}

Result<QList<Nomination>> ExemplarRepository::nominationsOfUnit(qint64 campaignId,
                                                                qint64 unitId) const
{
    return Query(m_database,
                 u"SELECT "_s + nominationColumns
                     + u" FROM nominations n WHERE n.exemplar_id IN ("_s + unitExemplarIds
                     + u") ORDER BY n.id"_s)
        .readAll({campaignId, unitId, unitId, unitId, campaignId}, readNomination);
}

Result<Nomination> ExemplarRepository::nominationById(qint64 id) const
{
    const auto list =
        Query(m_database,
              u"SELECT "_s + nominationColumns + u" FROM nominations n WHERE n.id = ?"_s)
            .readAll({id}, readNomination);
    if (!list)
        return Failure{list.error()};
    if (list->isEmpty())
        return Failure{tr("There is no nomination with the id %1.").arg(id)};
    return list->constFirst();
}

Result<Nomination> ExemplarRepository::nominate(qint64 exemplarId, qint64 fromUnitId)
{
    // The checks and the insert are one transaction: nothing can slip in between.
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};

    const auto found = exemplar(exemplarId);
    if (!found)
        return Failure{found.error()};
    UnitRepository units(m_database);
    const auto from = units.byId(fromUnitId);
    if (!from)
        return Failure{from.error()};
    const auto chain = NominationChain::load(m_database, found->campaignId);
    if (!chain)
        return Failure{chain.error()};
    const auto target = chain->targetOf(fromUnitId);
    if (!target)
        return Failure{CampaignRepository::tr("%1 does not take part in campaign number %2.")
                           .arg(from->name)
                           .arg(found->campaignId)};

    const auto all = nominations(found->campaignId);
    if (!all)
        return Failure{all.error()};
    QList<Nomination> steps;
    for (const Nomination &nomination : *all) {
        if (nomination.exemplarId != exemplarId)
            continue;
        if (nomination.fromUnitId == fromUnitId)
            return Failure{tr("%1 has already put “%2” forward.").arg(from->name, found->name)};
        steps.append(nomination);
    }
    if (!NominationChain::holds(*found, steps, fromUnitId)) {
        return Failure{tr("%1 cannot put “%2” forward: a unit puts forward what its own "
                          "conference commended, or what it received from below and selected.")
                           .arg(from->name, found->name)};
    }
    Nomination nomination;
    nomination.exemplarId = exemplarId;
    nomination.fromUnitId = fromUnitId;
    nomination.toUnitId = *target;
    nomination.status = Nomination::Status::Proposed;
    Query insert(m_database,
                 u"INSERT INTO nominations (exemplar_id, from_unit_id, to_unit_id, "
                 "status, note) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bind({exemplarId, fromUnitId, idOrNull(nomination.toUnitId),
                 Nomination::statusKey(nomination.status), nomination.note});
    if (auto done = insert.exec(); !done)
        return Failure{done.error()};
    nomination.id = insert.lastInsertId();
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return nomination;
}

Result<void> ExemplarRepository::insertNomination(const Nomination &nomination)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query query(m_database,
                u"INSERT INTO nominations (id, exemplar_id, from_unit_id, to_unit_id, "
                "status, note) VALUES (COALESCE(?, %1), ?, ?, ?, ?, ?)"_s.arg(
                    m_database.newId(u"nominations"_s)));
    query.bind({idOrNull(nomination.id), nomination.exemplarId, nomination.fromUnitId,
                idOrNull(nomination.toUnitId), Nomination::statusKey(nomination.status),
                nomination.note});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

Result<void> ExemplarRepository::setNominationStatus(qint64 id, Nomination::Status status,
                                                     const QString &note)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const auto current = nominationById(id);
    if (!current)
        return Failure{current.error()};
    // Once the level above has put it further forward, it has been taken up there.
    const bool takenUp =
        status == Nomination::Status::Selected || status == Nomination::Status::Commended;
    if (!takenUp && current->toUnitId > 0) {
        Query further(m_database,
                      u"SELECT count(*) FROM nominations WHERE exemplar_id = ? AND "
                      "from_unit_id = ?"_s);
        further.bind({current->exemplarId, current->toUnitId});
        if (auto done = further.execSingle(); !done)
            return done;
        if (further.integer(0) > 0)
            return Failure{tr("The level above has already put it further forward, so it stays "
                              "selected or commended; withdraw that nomination first.")};
    }
    Query query(m_database, u"UPDATE nominations SET status = ?, note = ? WHERE id = ?"_s);
    query.bind({Nomination::statusKey(status), note, id});
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return Failure{tr("There is no nomination with the id %1.").arg(id)};
    return transaction.commit();
}

Result<Nomination> ExemplarRepository::removeNomination(qint64 id)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    const auto nomination = nominationById(id);
    if (!nomination)
        return nomination;
    Query later(m_database,
                u"SELECT count(*) FROM nominations WHERE exemplar_id = ? AND "
                "from_unit_id = ?"_s);
    later.bind({nomination->exemplarId, nomination->toUnitId});
    if (auto done = later.execSingle(); !done)
        return Failure{done.error()};
    if (nomination->toUnitId > 0 && later.integer(0) > 0)
        return Failure{tr("The level above has already put it further forward; withdraw that "
                          "nomination first.")};
    later.finish();
    Query remove(m_database, u"DELETE FROM nominations WHERE id = ?"_s);
    remove.bind({id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return nomination;
}
