#pragma once

#include <QCoreApplication>

class QWidget;
class RewardModel;
class Workspace;

/// What the rewards page and the unit panel's rewards do to a reward of their table: edit it
/// in the reward dialog, or remove it once the clerk confirms (Edit → Undo puts it back).
class RewardActions
{
    Q_DECLARE_TR_FUNCTIONS(RewardActions)

public:
    /// Acts on the rewards of `model`, with dialogs over `parent`.
    RewardActions(Workspace &workspace, const RewardModel *model, QWidget *parent);

    /// Opens the reward `rewardId` in the reward dialog; nothing when it is not in the model.
    void edit(qint64 rewardId) const;
    /// Asks, then removes the reward `rewardId` with its recipients as one edit; says why
    /// when that fails.
    void remove(qint64 rewardId) const;

private:
    Workspace &m_workspace;
    const RewardModel *m_model;
    QWidget *m_parent;
};
