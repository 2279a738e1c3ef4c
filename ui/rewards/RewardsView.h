#pragma once

#include <QWidget>

class DeferUntilShown;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RegisterFilterModel;
class RewardModel;
class Workspace;

/// The page of the campaign's reward decisions: the table (number, date, form, issuer,
/// signer, recipients, the unit whose conference gave it) with a filter that ignores
/// accents, and the buttons to add, edit and remove.
class RewardsView : public QWidget
{
    Q_OBJECT

public:
    explicit RewardsView(Workspace &workspace, QWidget *parent = nullptr);

    RewardModel *model() const { return m_model; }

signals:
    /// The clerk asked to see a unit (double-click on the unit's cell).
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Re-reads the rewards now, or when next shown.
    void reload();
    void fitColumns();
    void updateButtons();
    void updateCounts();
    qint64 currentRewardId() const;
    void selectReward(qint64 id);
    void add();
    void edit();
    void remove();

    Workspace &m_workspace;
    RewardModel *m_model;
    RegisterFilterModel *m_filter;
    QLabel *m_title;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QLabel *m_counts;
    bool m_columnsFitted = false;
    DeferUntilShown *m_deferral = nullptr;
};
