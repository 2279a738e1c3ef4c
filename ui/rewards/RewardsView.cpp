#include "RewardsView.h"

#include "RegisterFilterModel.h"
#include "RewardDialog.h"
#include "RewardModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

RewardsView::RewardsView(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Workspace::Change::Rewards, parent)
    , m_model(new RewardModel(this))
    , m_actions(workspace, m_model, this)
{
    setObjectName(u"rewardsView"_s);
    m_search->setObjectName(u"rewardFilter"_s);
    m_table->setObjectName(u"rewardTable"_s);
    m_addButton->setObjectName(u"addRewardButton"_s);
    m_editButton->setObjectName(u"editRewardButton"_s);
    m_removeButton->setObjectName(u"removeRewardButton"_s);
    m_counts->setObjectName(u"rewardCounts"_s);

    setRegisterModel(m_model, RewardModel::UnitIdRole, RewardModel::DecisionDate);

    retranslate();
    reload();
}

void RewardsView::retranslate()
{
    setWindowTitle(tr("Rewards"));
    m_title->setText(tr("Rewards given at the conferences"));
    m_search->setPlaceholderText(tr("Filter by number, form, recipient or unit (accents not "
                                    "needed)"));
    m_search->setAccessibleName(tr("Filter the rewards"));
    m_table->setAccessibleName(tr("Rewards given at the conferences"));
    // Alt+letters that the menus and the unit panel beside the page leave free.
    m_addButton->setText(tr("A&dd…"));
    m_editButton->setText(tr("Edit…"));
    m_removeButton->setText(tr("Rem&ove"));
    m_model->retranslate();
}

void RewardsView::load()
{
    if (auto loaded = m_model->load(m_workspace); !loaded)
        m_workspace.reportError(loaded.error());
    // Where units were reorganised (2025), each row also says the unit that carries its unit
    // on today.
    m_table->setColumnHidden(RewardModel::TodaysUnit, !m_model->hasLineage());
}

int RewardsView::rowOf(qint64 id) const
{
    return m_model->rowOfReward(id);
}

QList<std::pair<int, int>> RewardsView::columnLimits() const
{
    return {
        {RewardModel::DecisionNumber, 10}, {RewardModel::DecisionDate, 8},
        {RewardModel::Form, 10},           {RewardModel::Issuer, 16},
        {RewardModel::Signer, 16},         {RewardModel::Recipients, 24},
        {RewardModel::TodaysUnit, 16},
    };
}

std::optional<qint64> RewardsView::unitToShow(const QModelIndex &source) const
{
    if (source.column() == RewardModel::Unit)
        return source.data(RewardModel::UnitIdRole).toLongLong();
    return std::nullopt;
}

void RewardsView::updateCounts()
{
    int recipients = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        recipients += m_filter->index(row, 0).data(RewardModel::RecipientCountRole).toInt();
    m_counts->setText(tr("%1 with %2")
                          .arg(tr("%n reward decision(s)", nullptr, m_filter->rowCount()),
                               tr("%n recipient(s)", nullptr, recipients)));
}

void RewardsView::add()
{
    if (!m_workspace.campaign())
        return;
    Reward preset;
    preset.campaignId = m_workspace.campaignId();
    RewardDialog dialog(m_workspace, preset, this);
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.rewardId());
}

void RewardsView::edit()
{
    m_actions.edit(currentId());
}

void RewardsView::remove()
{
    m_actions.remove(currentId());
}
