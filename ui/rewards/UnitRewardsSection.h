#pragma once

#include "RewardActions.h"

#include <QWidget>

class DeferUntilShown;
class QGroupBox;
class QPushButton;
class QTableView;
class RegisterFilterModel;
class RewardModel;
class Workspace;

/// The part of the unit panel about rewards: the reward decisions given at the unit's
/// conference, with buttons to add one (preset to the unit), edit and remove.
class UnitRewardsSection : public QWidget
{
    Q_OBJECT

public:
    explicit UnitRewardsSection(Workspace &workspace, QWidget *parent = nullptr);

    void setUnit(qint64 unitId);
    qint64 unitId() const { return m_unitId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Columns no narrower than their headings, in either language.
    void fitColumns();
    /// The rewards changed: re-reads the unit's now, or when the section is next shown.
    void reload();
    /// Shows the chosen unit's rewards, now or when the section is next shown.
    void showUnit();
    void updateButtons();
    qint64 currentRewardId() const;
    void add();
    void edit();
    void remove();

    Workspace &m_workspace;
    qint64 m_unitId = 0;
    RewardModel *m_model;
    RegisterFilterModel *m_filter;
    QGroupBox *m_box;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    RewardActions m_actions;
    DeferUntilShown *m_deferral = nullptr;
    /// The unit whose rewards the model holds as they are now; -1 when they changed.
    qint64 m_loadedUnit = -1;
};
