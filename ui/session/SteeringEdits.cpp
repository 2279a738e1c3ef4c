#include "SteeringEdits.h"

#include "SteeringRepository.h"
#include "Transaction.h"
#include "UnitTree.h"

namespace {

bool sameMembers(const QList<SteeringMember> &a, const QList<SteeringMember> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).title != b.at(i).title
            || a.at(i).phone != b.at(i).phone)
            return false;
    }
    return true;
}

} // namespace

SaveSteeringGroupCommand::SaveSteeringGroupCommand(Workspace &workspace,
                                                   const std::optional<SteeringGroup> &before,
                                                   const SteeringGroup &after)
    : EditCommand(
        workspace, [before, after] { return describe(before, after); }, Workspace::Change::Steering)
    , m_before(before)
    , m_after(after)
{
}

QString SaveSteeringGroupCommand::describe(const std::optional<SteeringGroup> &before,
                                           const SteeringGroup &after)
{
    if (!before)
        return tr("add the steering group %1").arg(after.name);
    if (before->name != after.name)
        return tr("rename the steering group %1 to %2").arg(before->name, after.name);
    if (after.members.size() > before->members.size())
        return tr("add %1 to %2").arg(after.members.constLast().name, after.name);
    if (after.members.size() < before->members.size())
        return tr("remove a member of %1").arg(after.name);
    if (!sameMembers(before->members, after.members))
        return tr("edit the members of %1").arg(after.name);
    return tr("change the units followed by %1").arg(after.name);
}

Result<void> SaveSteeringGroupCommand::apply()
{
    SteeringRepository steering(database());
    Transaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    const auto assignments = steering.assignments(m_after.campaignId);
    if (!assignments)
        return Failure{assignments.error()};
    m_taken.clear();
    for (qint64 unitId : m_after.unitIds) {
        const qint64 group = assignments->value(unitId, 0);
        if (!m_before || !m_before->unitIds.contains(unitId))
            m_taken.insert(unitId, group);
    }
    const auto id = steering.save(m_after);
    if (!id)
        return Failure{id.error()};
    // Read back the ids given to the group and its new members, so that a redo after an
    // undo makes the very same rows.
    const auto groups = steering.groups(m_after.campaignId);
    if (!groups)
        return Failure{groups.error()};
    for (const SteeringGroup &group : *groups) {
        if (group.id == *id)
            m_after = group;
    }
    return transaction.commit();
}

Result<void> SaveSteeringGroupCommand::revert()
{
    SteeringRepository steering(database());
    Transaction transaction(database());
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (m_before) {
        if (auto saved = steering.save(*m_before); !saved)
            return Failure{saved.error()};
    } else if (auto removed = steering.remove(m_after.id); !removed) {
        return Failure{removed.error()};
    }
    // Units taken from other groups go back to them; those that had none have none again.
    QHash<qint64, qint64> taken;
    for (auto it = m_taken.cbegin(); it != m_taken.cend(); ++it) {
        if (it.value() != m_after.id)
            taken.insert(it.key(), it.value());
    }
    if (auto restored = steering.restoreAssignments(m_after.campaignId, taken); !restored)
        return restored;
    return transaction.commit();
}

RemoveSteeringGroupCommand::RemoveSteeringGroupCommand(Workspace &workspace,
                                                       const SteeringGroup &group)
    : EditCommand(
        workspace, [name = group.name] { return tr("remove the steering group %1").arg(name); },
        Workspace::Change::Steering)
    , m_group(group)
{
}

Result<void> RemoveSteeringGroupCommand::apply()
{
    const auto removed = SteeringRepository(database()).remove(m_group.id);
    if (!removed)
        return Failure{removed.error()};
    m_group = *removed;
    return {};
}

Result<void> RemoveSteeringGroupCommand::revert()
{
    const auto saved = SteeringRepository(database()).save(m_group);
    if (!saved)
        return Failure{saved.error()};
    return {};
}

EditCommand::Describe AssignUnitsCommand::describe(const Workspace &workspace,
                                                   const QList<qint64> &unitIds,
                                                   const QString &groupName)
{
    if (unitIds.size() == 1) {
        const auto units = workspace.units();
        const QString unit = units->label(units->indexOf(unitIds.constFirst()));
        return [unit, groupName] {
            return groupName.isEmpty() ? tr("take %1 from its steering group").arg(unit)
                                       : tr("give %1 to %2").arg(unit, groupName);
        };
    }
    const int count = int(unitIds.size());
    return [count, groupName] {
        return groupName.isEmpty()
            ? tr("take %n unit(s) from their steering groups", nullptr, count)
            : tr("give %n unit(s) to %1", nullptr, count).arg(groupName);
    };
}

AssignUnitsCommand::AssignUnitsCommand(Workspace &workspace, qint64 campaignId,
                                       const QList<qint64> &unitIds, qint64 groupId,
                                       const QString &groupName)
    : EditCommand(workspace, describe(workspace, unitIds, groupName), Workspace::Change::Steering)
    , m_campaignId(campaignId)
    , m_unitIds(unitIds)
    , m_groupId(groupId)
{
}

Result<void> AssignUnitsCommand::apply()
{
    const auto before = SteeringRepository(database()).assign(m_campaignId, m_unitIds, m_groupId);
    if (!before)
        return Failure{before.error()};
    m_before = *before;
    return {};
}

Result<void> AssignUnitsCommand::revert()
{
    return SteeringRepository(database()).restoreAssignments(m_campaignId, m_before);
}
