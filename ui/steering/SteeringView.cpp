#include "SteeringView.h"

#include "AddUnitsDialog.h"
#include "DeferUntilShown.h"
#include "Dialogs.h"
#include "Edits.h"
#include "FollowedUnitsModel.h"
#include "SteeringGroupModel.h"
#include "SteeringMemberDialog.h"
#include "SteeringMemberModel.h"
#include "SteeringRepository.h"
#include "Text.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace

SteeringView::SteeringView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_groupModel(new SteeringGroupModel(this))
    , m_memberModel(new SteeringMemberModel(this))
    , m_unitModel(new FollowedUnitsModel(this))
    , m_groupsLabel(new QLabel(this))
    , m_groupList(new QListView(this))
    , m_addGroupButton(new QPushButton(this))
    , m_renameGroupButton(new QPushButton(this))
    , m_removeGroupButton(new QPushButton(this))
    , m_membersBox(new QGroupBox(this))
    , m_memberView(new QTableView(this))
    , m_addMemberButton(new QPushButton(this))
    , m_editMemberButton(new QPushButton(this))
    , m_removeMemberButton(new QPushButton(this))
    , m_unitsBox(new QGroupBox(this))
    , m_unitView(new QTableView(this))
    , m_addUnitsButton(new QPushButton(this))
    , m_removeUnitsButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });
    setObjectName(u"steeringView"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_groupList, "steeringGroupList"},
        {m_addGroupButton, "addGroupButton"},
        {m_renameGroupButton, "renameGroupButton"},
        {m_removeGroupButton, "removeGroupButton"},
        {m_membersBox, "steeringMembersBox"},
        {m_memberView, "steeringMemberView"},
        {m_addMemberButton, "addMemberButton"},
        {m_editMemberButton, "editMemberButton"},
        {m_removeMemberButton, "removeMemberButton"},
        {m_unitsBox, "followedUnitsBox"},
        {m_unitView, "followedUnitView"},
        {m_addUnitsButton, "addUnitsButton"},
        {m_removeUnitsButton, "removeUnitsButton"},
        {m_message, "steeringMessage"},
        {m_refusal, "steeringRefusal"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    m_groupList->setModel(m_groupModel);
    m_groupList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupList->setUniformItemSizes(true);
    m_groupList->setMinimumHeight(m_groupList->fontMetrics().lineSpacing() * 3);
    m_groupsLabel->setBuddy(m_groupList);
    m_memberView->setModel(m_memberModel);
    setUpTable(m_memberView);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unitView->setModel(m_unitModel);
    setUpTable(m_unitView);
    m_unitView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Titles and unit names are long in Vietnamese: they get what the others leave.
    QHeaderView *memberHeader = m_memberView->horizontalHeader();
    memberHeader->setStretchLastSection(false);
    memberHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    memberHeader->setSectionResizeMode(SteeringMemberModel::Title, QHeaderView::Stretch);
    QHeaderView *unitHeader = m_unitView->horizontalHeader();
    unitHeader->setStretchLastSection(false);
    unitHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    unitHeader->setSectionResizeMode(FollowedUnitsModel::Unit, QHeaderView::Stretch);

    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);
    m_message->hide();
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    // Groups: a short list with its buttons beside it, so that the tables get the width.
    auto *groupButtons = new QVBoxLayout;
    groupButtons->addWidget(m_addGroupButton);
    groupButtons->addWidget(m_renameGroupButton);
    groupButtons->addWidget(m_removeGroupButton);
    groupButtons->addStretch();
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(m_groupList, 1);
    groupRow->addLayout(groupButtons);
    auto *groupsPane = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsPane);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(m_groupsLabel);
    groupsLayout->addLayout(groupRow);

    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMemberButton);
    memberButtons->addWidget(m_editMemberButton);
    memberButtons->addWidget(m_removeMemberButton);
    memberButtons->addStretch();
    auto *membersLayout = new QVBoxLayout(m_membersBox);
    membersLayout->addWidget(m_memberView);
    membersLayout->addLayout(memberButtons);

    auto *unitButtons = new QHBoxLayout;
    unitButtons->addWidget(m_addUnitsButton);
    unitButtons->addWidget(m_removeUnitsButton);
    unitButtons->addStretch();
    auto *unitsLayout = new QVBoxLayout(m_unitsBox);
    unitsLayout->addWidget(m_unitView);
    unitsLayout->addLayout(unitButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"steeringSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(groupsPane);
    splitter->addWidget(m_membersBox);
    splitter->addWidget(m_unitsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_refusal);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    setTabOrder(m_groupList, m_addGroupButton);
    setTabOrder(m_addGroupButton, m_renameGroupButton);
    setTabOrder(m_renameGroupButton, m_removeGroupButton);
    setTabOrder(m_removeGroupButton, m_memberView);
    setTabOrder(m_memberView, m_addMemberButton);
    setTabOrder(m_addMemberButton, m_editMemberButton);
    setTabOrder(m_editMemberButton, m_removeMemberButton);
    setTabOrder(m_removeMemberButton, m_unitView);
    setTabOrder(m_unitView, m_addUnitsButton);
    setTabOrder(m_addUnitsButton, m_removeUnitsButton);

    connect(m_addGroupButton, &QPushButton::clicked, this, &SteeringView::addGroup);
    connect(m_renameGroupButton, &QPushButton::clicked, this, &SteeringView::renameGroup);
    connect(m_removeGroupButton, &QPushButton::clicked, this, &SteeringView::removeGroup);
    connect(m_addMemberButton, &QPushButton::clicked, this, &SteeringView::addMember);
    connect(m_editMemberButton, &QPushButton::clicked, this, &SteeringView::editMember);
    connect(m_removeMemberButton, &QPushButton::clicked, this, &SteeringView::removeMember);
    connect(m_addUnitsButton, &QPushButton::clicked, this, &SteeringView::addUnits);
    connect(m_removeUnitsButton, &QPushButton::clicked, this, &SteeringView::removeUnits);
    connect(m_groupList, &QListView::doubleClicked, this, &SteeringView::renameGroup);
    connect(m_memberView, &QTableView::doubleClicked, this, &SteeringView::editMember);
    connect(m_unitView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(FollowedUnitsModel::UnitIdRole).toLongLong());
    });
    connect(m_groupList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SteeringView::showGroup);
    connect(m_memberView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SteeringView::updateButtons);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SteeringView::updateButtons);
    new QShortcut(QKeySequence::Delete, m_memberView, this, &SteeringView::removeMember,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_unitView, this, &SteeringView::removeUnits,
                  Qt::WidgetShortcut);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Steering | Workspace::Change::Schedule | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, [this] {
        showMessage(QString());
        reload();
    });
    connect(&m_workspace, &Workspace::campaignChanged, this, &SteeringView::reload);

    retranslate();
    reload();
}

void SteeringView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SteeringView::retranslate()
{
    setWindowTitle(tr("Steering groups"));
    m_groupsLabel->setText(tr("&Steering groups of the campaign:"));
    // Alt+letters that the menus and the unit panel beside the page leave free.
    m_addGroupButton->setText(tr("A&dd…"));
    m_addGroupButton->setToolTip(tr("Add a steering group"));
    m_renameGroupButton->setText(tr("Rename…"));
    m_removeGroupButton->setText(tr("Rem&ove"));
    m_removeGroupButton->setToolTip(
        tr("Remove the group with its members; the units it followed are followed by none"));
    m_addMemberButton->setText(tr("Add member…"));
    m_editMemberButton->setText(tr("Edit…"));
    m_removeMemberButton->setText(tr("Remove"));
    m_addUnitsButton->setText(tr("Add units…"));
    m_addUnitsButton->setToolTip(tr("Choose units of the campaign for this group to follow"));
    m_removeUnitsButton->setText(tr("Remove the chosen units"));
    m_memberModel->retranslate();
    m_unitModel->retranslate();
    showGroup();
}

qint64 SteeringView::currentGroupId() const
{
    const SteeringGroup *group = currentGroup();
    return group ? group->id : 0;
}

void SteeringView::setCurrentGroup(qint64 groupId)
{
    const int row = m_groupModel->rowOfGroup(groupId);
    if (row >= 0)
        m_groupList->setCurrentIndex(m_groupModel->index(row));
}

const SteeringGroup *SteeringView::currentGroup() const
{
    const QModelIndex index = m_groupList->currentIndex();
    return index.isValid() ? &m_groupModel->group(index.row()) : nullptr;
}

void SteeringView::reload()
{
    if (m_deferral->defer())
        return;
    const qint64 kept = currentGroupId();
    QList<SteeringGroup> groups;
    if (m_workspace.isOpen() && m_workspace.campaign()) {
        const auto read =
            SteeringRepository(m_workspace.database()).groups(m_workspace.campaignId());
        if (read)
            groups = *read;
        else
            showMessage(read.error());
    }
    m_groupModel->setGroups(groups);
    const int row = m_groupModel->rowOfGroup(kept);
    if (!groups.isEmpty())
        m_groupList->setCurrentIndex(m_groupModel->index(std::max(row, 0)));
    showGroup();
}

void SteeringView::showGroup()
{
    const SteeringGroup *group = currentGroup();
    m_memberModel->setMembers(group ? group->members : QList<SteeringMember>());
    m_unitModel->setUnits(group ? group->unitIds : QList<qint64>(), m_workspace.units(),
                          m_workspace.schedule());
    if (group) {
        m_membersBox->setTitle(tr("Members of %1").arg(group->name));
        m_unitsBox->setTitle(
            tr("Units followed by %1 (%2)").arg(group->name).arg(group->unitIds.size()));
    } else {
        m_membersBox->setTitle(tr("Members"));
        m_unitsBox->setTitle(tr("Units followed"));
    }
    // The boxes' titles name their tables for a screen reader.
    m_memberView->setAccessibleName(m_membersBox->title());
    m_unitView->setAccessibleName(m_unitsBox->title());
    updateButtons();
}

void SteeringView::updateButtons()
{
    // On a shared server the groups are the campaign's unit's: another office reads them,
    // greyed, and the page says why.
    const QString refused = m_workspace.refusalToChange();
    m_refusal->setText(
        refused.isEmpty()
            ? QString()
            : tr("%1 The steering groups can be read here, not changed.").arg(refused));
    m_refusal->setVisible(!refused.isEmpty());
    const bool hasCampaign = m_workspace.isOpen() && m_workspace.campaign() && refused.isEmpty();
    const bool hasGroup = hasCampaign && currentGroup() != nullptr;
    m_addGroupButton->setEnabled(hasCampaign);
    m_renameGroupButton->setEnabled(hasGroup);
    m_removeGroupButton->setEnabled(hasGroup);
    m_addMemberButton->setEnabled(hasGroup);
    const bool hasMember = m_memberView->selectionModel()->hasSelection();
    m_editMemberButton->setEnabled(hasGroup && hasMember);
    m_removeMemberButton->setEnabled(hasGroup && hasMember);
    m_addUnitsButton->setEnabled(hasGroup);
    m_removeUnitsButton->setEnabled(hasGroup && m_unitView->selectionModel()->hasSelection());
}

void SteeringView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool SteeringView::run(const Result<void> &done)
{
    if (!done) {
        showMessage(done.error());
        return false;
    }
    showMessage(QString());
    return true;
}

std::optional<QString> SteeringView::askGroupName(const QString &title, const QString &name)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"steeringGroupNameDialog"_s);
    dialog.setWindowTitle(title);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(tr("&Name of the steering group:"));
    dialog.setTextValue(name);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Text::simplified(dialog.textValue());
}

void SteeringView::addGroup()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    const auto name =
        askGroupName(tr("New steering group"), tr("Group %1").arg(m_groupModel->rowCount() + 1));
    if (!name)
        return;
    SteeringGroup group;
    group.campaignId = campaign->id;
    group.name = *name;
    const auto saved = m_workspace.edits().saveSteeringGroup(std::nullopt, group);
    if (run(saved))
        setCurrentGroup(*saved);
}

void SteeringView::renameGroup()
{
    // (A double click where this office may not change the groups opens nothing.)
    if (!m_renameGroupButton->isEnabled())
        return;
    const SteeringGroup *group = currentGroup();
    if (!group)
        return;
    const auto name = askGroupName(tr("Rename the steering group"), group->name);
    if (!name || *name == group->name)
        return;
    SteeringGroup after = *group;
    after.name = *name;
    run(m_workspace.edits().saveSteeringGroup(*group, after));
}

void SteeringView::removeGroup()
{
    if (const SteeringGroup *group = currentGroup())
        run(m_workspace.edits().removeSteeringGroup(*group));
}

void SteeringView::addMember()
{
    const SteeringGroup *group = currentGroup();
    if (!group)
        return;
    SteeringMemberDialog dialog(SteeringMember{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog ran an event loop: read the group again rather than trust the pointer.
    group = currentGroup();
    if (!group)
        return;
    SteeringGroup after = *group;
    after.members.append(dialog.member());
    run(m_workspace.edits().saveSteeringGroup(*group, after));
}

void SteeringView::editMember()
{
    // (A double click where this office may not change the groups opens nothing.)
    if (!m_editMemberButton->isEnabled())
        return;
    const SteeringGroup *group = currentGroup();
    const int row = m_memberView->currentIndex().row();
    if (!group || row < 0 || row >= group->members.size())
        return;
    const qint64 groupId = group->id;
    SteeringMemberDialog dialog(group->members.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    group = currentGroup();
    if (!group || group->id != groupId || row >= group->members.size())
        return;
    const SteeringMember member = dialog.member();
    const SteeringMember &old = group->members.at(row);
    if (member.name == old.name && member.title == old.title && member.phone == old.phone)
        return;
    SteeringGroup after = *group;
    after.members[row] = member;
    run(m_workspace.edits().saveSteeringGroup(*group, after));
}

void SteeringView::removeMember()
{
    const SteeringGroup *group = currentGroup();
    const int row = m_memberView->currentIndex().row();
    if (!group || row < 0 || row >= group->members.size())
        return;
    SteeringGroup after = *group;
    after.members.removeAt(row);
    run(m_workspace.edits().saveSteeringGroup(*group, after));
}

void SteeringView::addUnits()
{
    const SteeringGroup *group = currentGroup();
    if (!group)
        return;
    const qint64 groupId = group->id;
    AddUnitsDialog dialog(m_workspace, groupId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> unitIds = dialog.checkedUnitIds();
    group = currentGroup();
    if (unitIds.isEmpty() || !group || group->id != groupId)
        return;
    run(m_workspace.edits().assignUnits(group->campaignId, unitIds, group->id, group->name));
}

void SteeringView::removeUnits()
{
    const SteeringGroup *group = currentGroup();
    if (!group)
        return;
    QList<qint64> unitIds;
    const QModelIndexList rows = m_unitView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        unitIds.append(m_unitModel->unitId(index.row()));
    if (unitIds.isEmpty())
        return;
    std::sort(unitIds.begin(), unitIds.end());
    run(m_workspace.edits().assignUnits(group->campaignId, unitIds, 0, QString()));
}

void SteeringView::assignUnits(const QList<qint64> &unitIds)
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign || unitIds.isEmpty())
        return;
    const qint64 campaignId = campaign->id;
    const QList<SteeringGroup> groups = m_groupModel->groups();
    if (groups.isEmpty()) {
        MessageBox::information(this, tr("Steering groups"),
                                tr("The campaign has no steering group yet. Add one on the "
                                   "“Steering groups” page first."));
        return;
    }
    const auto units = m_workspace.units();
    QDialog dialog(this);
    dialog.setObjectName(u"chooseSteeringGroupDialog"_s);
    dialog.setWindowTitle(tr("Steering group"));
    auto *question =
        new QLabel(unitIds.size() == 1 ? tr("Which steering group follows %1?")
                                             .arg(units->label(units->indexOf(unitIds.first())))
                                       : tr("Which steering group follows the %n chosen unit(s)?",
                                            nullptr, int(unitIds.size())),
                   &dialog);
    question->setWordWrap(true);
    auto *choice = new QComboBox(&dialog);
    choice->setObjectName(u"steeringGroupChoice"_s);
    for (const SteeringGroup &group : groups)
        choice->addItem(group.name, group.id);
    choice->addItem(tr("None: followed by no group"), 0);
    // Start from the group that follows the first unit now, if any.
    const auto assignments = SteeringRepository(m_workspace.database()).assignments(campaignId);
    const qint64 now = assignments ? assignments->value(unitIds.first(), 0) : 0;
    if (const int at = choice->findData(now); now != 0 && at >= 0)
        choice->setCurrentIndex(at);
    auto *form = new QFormLayout;
    form->addRow(tr("&Group:"), choice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 groupId = choice->currentData().toLongLong();
    const QString groupName = groupId != 0 ? choice->currentText() : QString();
    if (auto done = m_workspace.edits().assignUnits(campaignId, unitIds, groupId, groupName); !done)
        MessageBox::warning(this, tr("Steering groups"), done.error());
}
