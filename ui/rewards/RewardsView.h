#pragma once

#include "RegisterPage.h"
#include "RewardActions.h"

class RewardModel;

/// The page of the campaign's reward decisions: the table (number, date, form, issuer,
/// signer, recipients, the unit whose conference gave it) with a filter that ignores
/// accents, and the buttons to add, edit and remove.
class RewardsView : public RegisterPage
{
    Q_OBJECT

public:
    explicit RewardsView(Workspace &workspace, QWidget *parent = nullptr);

    RewardModel *model() const { return m_model; }

protected:
    void retranslate() override;
    void load() override;
    int rowOf(qint64 id) const override;
    QList<std::pair<int, int>> columnLimits() const override;
    std::optional<qint64> unitToShow(const QModelIndex &source) const override;
    void updateCounts() override;
    void add() override;
    void edit() override;
    void remove() override;

private:
    RewardModel *m_model;
    RewardActions m_actions;
};
