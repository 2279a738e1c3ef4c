#include "RewardActions.h"

#include "Dialogs.h"
#include "Edits.h"
#include "RewardDialog.h"
#include "RewardModel.h"
#include "Workspace.h"

RewardActions::RewardActions(Workspace &workspace, const RewardModel *model, QWidget *parent)
    : m_workspace(workspace)
    , m_model(model)
    , m_parent(parent)
{
}

void RewardActions::edit(qint64 rewardId) const
{
    const Reward *reward = m_model->reward(m_model->rowOfReward(rewardId));
    if (!reward)
        return;
    RewardDialog dialog(m_workspace, *reward, m_parent);
    dialog.exec();
}

void RewardActions::remove(qint64 rewardId) const
{
    const Reward *found = m_model->reward(m_model->rowOfReward(rewardId));
    if (!found)
        return;
    const Reward reward = *found;
    const QString description = m_model->describe(reward);
    if (MessageBox::question(m_parent, tr("Remove a reward"),
                             tr("Remove the reward %1 with its %n recipient(s)? Edit → Undo puts "
                                "it back.",
                                nullptr, int(reward.recipients.size()))
                                 .arg(description),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto done = m_workspace.edits().removeReward(reward, m_model->formName(reward.formId));
        !done)
        MessageBox::warning(m_parent, tr("Remove a reward"), done.error());
}
