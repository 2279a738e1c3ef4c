#pragma once

#include "Result.h"
#include "SteeringGroup.h"

#include <QWidget>

#include <optional>

class DeferUntilShown;
class FollowedUnitsModel;
class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class SteeringGroupModel;
class SteeringMemberModel;
class Workspace;

/// The steering groups (tổ chỉ đạo) of the chosen campaign: each group's members and the
/// units it follows, guides and attends. Every change is one edit that can be undone.
class SteeringView : public QWidget
{
    Q_OBJECT

public:
    explicit SteeringView(Workspace &workspace, QWidget *parent = nullptr);

    /// Asks which group (or none) should follow the units, and gives them to it.
    void assignUnits(const QList<qint64> &unitIds);

    /// The group chosen in the list, or 0.
    qint64 currentGroupId() const;
    void setCurrentGroup(qint64 groupId);

signals:
    /// The clerk opened a unit the group follows.
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void showGroup();
    void updateButtons();
    const SteeringGroup *currentGroup() const;
    std::optional<QString> askGroupName(const QString &title, const QString &name);
    /// Applies an edit; shows its message when it is refused.
    /// Shows the edit's failure under the lists, or clears the message; true when it was done.
    bool run(const Result<void> &done);
    bool run(const Result<qint64> &saved)
    {
        return run(saved ? Result<void>() : Result<void>(Failure{saved.error()}));
    }
    void showMessage(const QString &message);

    void addGroup();
    void renameGroup();
    void removeGroup();
    void addMember();
    void editMember();
    void removeMember();
    void addUnits();
    void removeUnits();

    Workspace &m_workspace;
    SteeringGroupModel *m_groupModel;
    SteeringMemberModel *m_memberModel;
    FollowedUnitsModel *m_unitModel;

    QLabel *m_groupsLabel;
    QListView *m_groupList;
    QPushButton *m_addGroupButton;
    QPushButton *m_renameGroupButton;
    QPushButton *m_removeGroupButton;
    QGroupBox *m_membersBox;
    QTableView *m_memberView;
    QPushButton *m_addMemberButton;
    QPushButton *m_editMemberButton;
    QPushButton *m_removeMemberButton;
    QGroupBox *m_unitsBox;
    QTableView *m_unitView;
    QPushButton *m_addUnitsButton;
    QPushButton *m_removeUnitsButton;
    QLabel *m_message;
    QLabel *m_refusal; ///< on a shared server: why this office may not change the groups
    DeferUntilShown *m_deferral = nullptr;
};
