#include "RewardEdits.h"

#include "RewardRepository.h"

SaveRewardCommand::SaveRewardCommand(Workspace &workspace, const std::optional<Reward> &before,
                                     const Reward &after, const QString &formName)
    : EditCommand(
        workspace,
        [adding = !before, after, formName] {
            const QString description = after.describe(formName);
            return adding ? tr("add the reward %1").arg(description)
                          : tr("edit the reward %1").arg(description);
        },
        Workspace::Change::Rewards)
    , m_before(before)
    , m_after(after)
{
}

Result<void> SaveRewardCommand::apply()
{
    RewardRepository rewards(database());
    const auto saved = rewards.save(m_after);
    if (!saved)
        return Failure{saved.error()};
    // The recipients got their ids from the database: keep them for the redo.
    if (const auto stored = rewards.reward(*saved))
        m_after = *stored;
    else
        m_after.id = *saved;
    return {};
}

Result<void> SaveRewardCommand::revert()
{
    RewardRepository rewards(database());
    if (m_before) {
        if (const auto saved = rewards.save(*m_before); !saved)
            return Failure{saved.error()};
        return {};
    }
    if (const auto removed = rewards.remove(m_after.id); !removed)
        return Failure{removed.error()};
    return {};
}

RemoveRewardCommand::RemoveRewardCommand(Workspace &workspace, const Reward &reward,
                                         const QString &formName)
    : EditCommand(
        workspace,
        [reward, formName] { return tr("remove the reward %1").arg(reward.describe(formName)); },
        Workspace::Change::Rewards)
    , m_rewardId(reward.id)
{
}

Result<void> RemoveRewardCommand::apply()
{
    auto removed = RewardRepository(database()).remove(m_rewardId);
    if (!removed)
        return Failure{removed.error()};
    m_removed = std::move(removed.value());
    return {};
}

Result<void> RemoveRewardCommand::revert()
{
    if (!m_removed)
        return Failure{QStringLiteral("internal error: no removed reward to put back")};
    if (const auto saved = RewardRepository(database()).save(*m_removed); !saved)
        return Failure{saved.error()};
    return {};
}
