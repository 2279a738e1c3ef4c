#include "SteeringRepository.h"

#include "Database.h"
#include "Query.h"
#include "RowBatch.h"
#include "Text.h"
#include "Transaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

SteeringRepository::SteeringRepository(Database &database)
    : m_database(database)
{
}

Result<QList<SteeringGroup>> SteeringRepository::groups(qint64 campaignId) const
{
    Query query(m_database,
                u"SELECT id, campaign_id, name, position FROM steering_groups WHERE "
                "campaign_id = ? ORDER BY position, id"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QList<SteeringGroup> list;
    QHash<qint64, int> index;
    while (query.next()) {
        index.insert(query.id(0), int(list.size()));
        list.append({query.id(0), query.id(1), query.text(2), {}, {}, int(query.integer(3))});
    }
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    Query members(m_database,
                  u"SELECT m.group_id, m.id, m.name, m.title, m.phone FROM "
                  "steering_members m JOIN steering_groups g ON g.id = m.group_id "
                  "WHERE g.campaign_id = ? ORDER BY m.position, m.id"_s);
    members.bind({campaignId});
    if (auto done = members.exec(); !done)
        return Failure{done.error()};
    while (members.next()) {
        if (const int at = index.value(members.id(0), -1); at >= 0)
            list[at].members.append(
                {members.id(1), members.text(2), members.text(3), members.text(4)});
    }
    if (auto done = members.readError(); !done)
        return Failure{done.error()};
    Query units(m_database,
                u"SELECT group_id, unit_id FROM steering_assignments WHERE "
                "campaign_id = ? ORDER BY unit_id"_s);
    units.bind({campaignId});
    if (auto done = units.exec(); !done)
        return Failure{done.error()};
    while (units.next()) {
        if (const int at = index.value(units.id(0), -1); at >= 0)
            list[at].unitIds.append(units.id(1));
    }
    if (auto done = units.readError(); !done)
        return Failure{done.error()};
    return list;
}

Result<qint64> SteeringRepository::save(const SteeringGroup &group)
{
    const QString name = Text::simplified(group.name);
    if (name.isEmpty())
        return Failure{tr("A steering group needs a name, such as “Tổ 1”.")};
    for (const SteeringMember &member : group.members) {
        if (Text::simplified(member.name).isEmpty())
            return Failure{tr("Every member of a steering group needs a name.")};
    }
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    if (auto allowed = m_database.mayChange(group.campaignId); !allowed)
        return Failure{allowed.error()};

    Query position(m_database, u"SELECT position FROM steering_groups WHERE id = ?"_s);
    position.bind({group.id});
    if (auto done = position.exec(); !done)
        return Failure{done.error()};
    QVariant kept = position.next() ? position.value(0) : QVariant();
    position.finish();
    // A group put back by an undo returns to the place it had.
    if (group.position > 0)
        kept = group.position;

    // Members and units are replaced; removing the group first drops both by cascade.
    Query remove(m_database, u"DELETE FROM steering_groups WHERE id = ?"_s);
    remove.bind({group.id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    Query insert(m_database,
                 u"INSERT INTO steering_groups (id, campaign_id, name, position) "
                 "VALUES (COALESCE(?, %1), ?, ?, COALESCE(?, (SELECT COALESCE(max(position), 0) "
                 "+ 1 FROM steering_groups WHERE campaign_id = ?)))"_s.arg(
                     m_database.newId(u"steering_groups"_s)));
    insert.bind({group.id > 0 ? QVariant(group.id) : QVariant(), group.campaignId, name, kept,
                 group.campaignId});
    if (auto done = insert.exec(); !done)
        return Failure{done.error()};
    const qint64 id = group.id > 0 ? group.id : insert.lastInsertId();

    Query member(m_database,
                 u"INSERT INTO steering_members (id, group_id, name, title, phone, "
                 "position) VALUES (COALESCE(?, %1), ?, ?, ?, ?, ?)"_s.arg(
                     m_database.newId(u"steering_members"_s)));
    for (int i = 0; i < group.members.size(); ++i) {
        const SteeringMember &entry = group.members.at(i);
        member.bind({entry.id > 0 ? QVariant(entry.id) : QVariant(), id,
                     Text::simplified(entry.name), Text::simplified(entry.title),
                     Text::simplified(entry.phone), i});
        if (auto done = member.exec(); !done)
            return Failure{done.error()};
    }
    // A province's group follows hundreds of units: many to a statement (RowBatch), each
    // once (a statement may not update the same row twice).
    QList<QVariantList> assignments;
    QSet<qint64> assigned;
    for (qint64 unitId : group.unitIds) {
        if (!assigned.contains(unitId)) {
            assigned.insert(unitId);
            assignments.append({group.campaignId, unitId, id});
        }
    }
    RowBatch units = RowBatch::insert(m_database, u"steering_assignments"_s,
                                      {u"campaign_id"_s, u"unit_id"_s, u"group_id"_s},
                                      u"ON CONFLICT (campaign_id, unit_id) "
                                      "DO UPDATE SET group_id = excluded.group_id"_s);
    if (auto done = units.run(assignments); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return id;
}

Result<SteeringGroup> SteeringRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return Failure{begun.error()};
    Query campaign(m_database, u"SELECT campaign_id FROM steering_groups WHERE id = ?"_s);
    campaign.bind({id});
    if (auto done = campaign.exec(); !done)
        return Failure{done.error()};
    if (!campaign.next())
        return Failure{tr("There is no steering group with the id %1.").arg(id)};
    const qint64 campaignId = campaign.id(0);
    campaign.finish();
    const auto all = groups(campaignId);
    if (!all)
        return Failure{all.error()};
    SteeringGroup removed;
    for (const SteeringGroup &group : *all) {
        if (group.id == id)
            removed = group;
    }
    Query remove(m_database, u"DELETE FROM steering_groups WHERE id = ?"_s);
    remove.bind({id});
    if (auto done = remove.exec(); !done)
        return Failure{done.error()};
    if (auto committed = transaction.commit(); !committed)
        return Failure{committed.error()};
    return removed;
}

Result<QHash<qint64, qint64>> SteeringRepository::assignments(qint64 campaignId) const
{
    Query query(m_database,
                u"SELECT unit_id, group_id FROM steering_assignments WHERE campaign_id = ?"_s);
    query.bind({campaignId});
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    QHash<qint64, qint64> result;
    while (query.next())
        result.insert(query.id(0), query.id(1));
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return result;
}

Result<QHash<qint64, qint64>>
SteeringRepository::assign(qint64 campaignId, const QList<qint64> &unitIds, qint64 groupId)
{
    const auto current = assignments(campaignId);
    if (!current)
        return current;
    QHash<qint64, qint64> before;
    QHash<qint64, qint64> after;
    for (qint64 unitId : unitIds) {
        before.insert(unitId, current->value(unitId, 0));
        after.insert(unitId, groupId);
    }
    if (auto done = restoreAssignments(campaignId, after); !done)
        return Failure{done.error()};
    return before;
}

Result<void> SteeringRepository::restoreAssignments(qint64 campaignId,
                                                    const QHash<qint64, qint64> &assignments)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query set(m_database,
              u"INSERT INTO steering_assignments (campaign_id, unit_id, group_id) "
              "VALUES (?, ?, ?) ON CONFLICT (campaign_id, unit_id) "
              "DO UPDATE SET group_id = excluded.group_id"_s);
    Query clear(m_database,
                u"DELETE FROM steering_assignments WHERE campaign_id = ? AND unit_id = ?"_s);
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
        Query &query = it.value() > 0 ? set : clear;
        if (it.value() > 0)
            query.bind({campaignId, it.key(), it.value()});
        else
            query.bind({campaignId, it.key()});
        if (auto done = query.exec(); !done)
            return done;
    }
    return transaction.commit();
}
