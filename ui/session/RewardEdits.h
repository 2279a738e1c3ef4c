#pragma once

#include "EditCommand.h"
#include "Reward.h"

#include <optional>

/// Adds a reward decision with its recipients (no `before`), or changes one. After the first
/// apply the reward is read back, so that a redo writes the same ids for it and its
/// recipients.
class SaveRewardCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveRewardCommand)

public:
    /// `formName` ("Bằng khen") and the decision name the reward in the Edit menu.
    SaveRewardCommand(Workspace &workspace, const std::optional<Reward> &before,
                      const Reward &after, const QString &formName);

    Result<void> apply() override;
    Result<void> revert() override;
    qint64 rewardId() const { return m_after.id; }

private:
    std::optional<Reward> m_before;
    Reward m_after;
};

/// Removes a reward decision; the undo puts it back with its recipients as they were.
class RemoveRewardCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveRewardCommand)

public:
    RemoveRewardCommand(Workspace &workspace, const Reward &reward, const QString &formName);

    Result<void> apply() override;
    Result<void> revert() override;

private:
    qint64 m_rewardId;
    std::optional<Reward> m_removed;
};
