#pragma once

#include "EditCommand.h"
#include "SteeringGroup.h"

#include <QHash>

#include <optional>

/// Adds a steering group, or changes one: its name, its members, the units it follows.
/// Units it takes from other groups go back to them on undo.
class SaveSteeringGroupCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveSteeringGroupCommand)

public:
    /// `before` is nothing for a new group.
    SaveSteeringGroupCommand(Workspace &workspace, const std::optional<SteeringGroup> &before,
                             const SteeringGroup &after);

    Result<void> apply() override;
    Result<void> revert() override;

    /// The group's id once applied.
    qint64 groupId() const { return m_after.id; }

private:
    static QString describe(const std::optional<SteeringGroup> &before, const SteeringGroup &after);

    std::optional<SteeringGroup> m_before;
    SteeringGroup m_after;
    /// The groups that followed the units given to this one before the edit (0: none).
    QHash<qint64, qint64> m_taken;
};

/// Removes a steering group with its members; the units it followed are followed by none.
class RemoveSteeringGroupCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSteeringGroupCommand)

public:
    RemoveSteeringGroupCommand(Workspace &workspace, const SteeringGroup &group);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    SteeringGroup m_group;
};

/// Gives units to a steering group, or to none; undo gives each back to the group it had.
class AssignUnitsCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignUnitsCommand)

public:
    /// `groupId` 0 (with an empty `groupName`): the units are followed by none.
    AssignUnitsCommand(Workspace &workspace, qint64 campaignId, const QList<qint64> &unitIds,
                       qint64 groupId, const QString &groupName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    static Describe describe(const Workspace &workspace, const QList<qint64> &unitIds,
                             const QString &groupName);

    qint64 m_campaignId;
    QList<qint64> m_unitIds;
    qint64 m_groupId;
    QHash<qint64, qint64> m_before;
};
