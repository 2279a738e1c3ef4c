#include "RewardRepository.h"

#include "Database.h"
#include "Query.h"
#include "Text.h"
#include "Transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

RewardRepository::RewardRepository(Database &database)
    : m_database(database)
{
}

Result<QList<Reward>> RewardRepository::select(const QStringList &columns,
                                               const QVariantList &values) const
{
    // "w.campaign_id = ? AND w.unit_id = ?", the rewards' table named `table`.
    const auto condition = [&columns](const QString &table) {
        QStringList terms;
        for (const QString &column : columns)
            terms.append(table + column + u" = ?"_s);
        return terms.join(u" AND "_s);
    };
    Query query(m_database,
                u"SELECT id, campaign_id, unit_id, form_id, issuer, signer, "
                "signer_title, decision_number, decision_date, note FROM rewards WHERE "_s
                    + condition(QString()) + u" ORDER BY decision_date NULLS FIRST, id"_s);
    for (int i = 0; i < values.size(); ++i)
        query.bindAt(i, values.at(i));
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<Reward> list;
    QHash<qint64, int> index;
    while (query.next()) {
        Reward reward;
        reward.id = query.id(0);
        reward.campaignId = query.id(1);
        reward.unitId = query.id(2);
        reward.formId = query.id(3);
        reward.issuer = query.text(4);
        reward.signer = query.text(5);
        reward.signerTitle = query.text(6);
        reward.decisionNumber = query.text(7);
        reward.decisionDate = query.date(8);
        reward.note = query.text(9);
        index.insert(reward.id, int(list.size()));
        list.append(reward);
    }
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    Query recipients(m_database,
                     u"SELECT r.reward_id, r.id, r.kind, r.name, r.unit_id, r.exemplar_id FROM "
                     "reward_recipients r JOIN rewards w ON w.id = r.reward_id WHERE "_s
                         + condition(u"w."_s) + u" ORDER BY r.reward_id, r.position, r.id"_s);
    for (int i = 0; i < values.size(); ++i)
        recipients.bindAt(i, values.at(i));
    if (auto done = recipients.exec(); !done)
        return Failure{done.error()};
    while (recipients.next()) {
        const int at = index.value(recipients.id(0), -1);
        if (at < 0)
            continue;
        list[at].recipients.append({recipients.id(1), Exemplar::kindFromKey(recipients.text(2)),
                                    recipients.text(3), recipients.id(4), recipients.id(5)});
    }
    if (auto done = recipients.readError(); !done)
        return Failure{done.error()};
    return list;
}

Result<QList<Reward>> RewardRepository::rewards(qint64 campaignId) const
{
    return select({u"campaign_id"_s}, {campaignId});
}

Result<QList<Reward>> RewardRepository::rewardsOfUnit(qint64 campaignId, qint64 unitId) const
{
    return select({u"campaign_id"_s, u"unit_id"_s}, {campaignId, unitId});
}

Result<Reward> RewardRepository::reward(qint64 id) const
{
    const auto list = select({u"id"_s}, {id});
    if (!list)
        return Failure{list.error()};
    if (list->isEmpty())
        return Failure{tr("There is no reward with the id %1.").arg(id)};
    return list->first();
}

Result<qint64> RewardRepository::save(const Reward &reward)
{
    if (auto valid = reward.validate(); !valid)
        return Failure{valid.error()};
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(reward.campaignId, reward.unitId); !allowed)
        return Failure{allowed.error()};
    Query remove(m_database, u"DELETE FROM rewards WHERE id = ?"_s);
    remove.bind({reward.id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};

    Query insert(m_database,
                 u"INSERT INTO rewards (id, campaign_id, unit_id, form_id, issuer, "
                 "signer, signer_title, decision_number, decision_date, note) "
                 "VALUES (COALESCE(?, %1), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
                     m_database.newId(u"rewards"_s)));
    insert.bind({idOrNull(reward.id), reward.campaignId, reward.unitId, reward.formId,
                 Text::simplified(reward.issuer), Text::simplified(reward.signer),
                 Text::simplified(reward.signerTitle), Text::simplified(reward.decisionNumber),
                 Query::dateValue(reward.decisionDate), reward.note});
    if (auto done = insert.exec(); !done)
        return Failure{done.error()};
    const qint64 id = reward.id > 0 ? reward.id : insert.lastInsertId();

    Query recipient(
        m_database,
        u"INSERT INTO reward_recipients (id, reward_id, kind, name, "
        "unit_id, exemplar_id, position) VALUES (COALESCE(?, %1), ?, ?, ?, ?, ?, ?)"_s.arg(
            m_database.newId(u"reward_recipients"_s)));
    for (int i = 0; i < reward.recipients.size(); ++i) {
        const RewardRecipient &entry = reward.recipients.at(i);
        recipient.bind({idOrNull(entry.id), id, Exemplar::kindKey(entry.kind),
                        Text::simplified(entry.name), idOrNull(entry.unitId),
                        idOrNull(entry.exemplarId), i});
        if (auto done = recipient.exec(); !done)
            return Failure{done.error()};
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<Reward> RewardRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    const auto found = reward(id);
    if (!found)
        return found;
    Query remove(m_database, u"DELETE FROM rewards WHERE id = ?"_s);
    remove.bind({id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return found;
}
