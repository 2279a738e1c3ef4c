#include "RewardsView.h"

#include "DeferUntilShown.h"
#include "Dialogs.h"
#include "RegisterFilterModel.h"
#include "RewardDialog.h"
#include "RewardEdits.h"
#include "RewardModel.h"
#include "Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RewardsView::RewardsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RewardModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_counts(new QLabel(this))
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });
    setObjectName(u"rewardsView"_s);
    m_search->setObjectName(u"rewardFilter"_s);
    m_table->setObjectName(u"rewardTable"_s);
    m_addButton->setObjectName(u"addRewardButton"_s);
    m_editButton->setObjectName(u"editRewardButton"_s);
    m_removeButton->setObjectName(u"removeRewardButton"_s);
    m_counts->setObjectName(u"rewardCounts"_s);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RewardModel::DecisionDate, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_removeButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCounts();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RewardsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RewardsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == RewardModel::Unit)
            emit unitActivated(index.data(RewardModel::UnitIdRole).toLongLong());
        else
            edit();
    });
    connect(m_addButton, &QPushButton::clicked, this, &RewardsView::add);
    connect(m_editButton, &QPushButton::clicked, this, &RewardsView::edit);
    connect(m_removeButton, &QPushButton::clicked, this, &RewardsView::remove);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Rewards | Workspace::Change::Catalogues | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, &RewardsView::reload);
    connect(&m_workspace, &Workspace::campaignChanged, this, &RewardsView::reload);

    retranslate();
    reload();
}

void RewardsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateCounts();
    }
    QWidget::changeEvent(event);
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
}

void RewardsView::reload()
{
    if (m_deferral->defer())
        return;
    const qint64 current = currentRewardId();
    if (auto loaded = m_model->load(m_workspace); !loaded)
        m_workspace.reportError(loaded.error());
    m_addButton->setEnabled(m_workspace.campaign() != nullptr);
    // Where units were reorganised (2025), each row also says the unit that carries its unit
    // on today.
    m_table->setColumnHidden(RewardModel::TodaysUnit, !m_model->hasLineage());
    // Once there is something to measure; after that the clerk's widths stay.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns();
        m_columnsFitted = true;
    }
    selectReward(current);
    updateCounts();
    updateButtons();
}

void RewardsView::fitColumns()
{
    // Wide enough for what they hold, up to a limit; tooltips show what is cut.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const QList<std::pair<int, int>> limits{
        {RewardModel::DecisionNumber, 10}, {RewardModel::DecisionDate, 8},
        {RewardModel::Form, 10},           {RewardModel::Issuer, 16},
        {RewardModel::Signer, 16},         {RewardModel::Recipients, 24},
        {RewardModel::TodaysUnit, 16},
    };
    for (const auto &[column, ems] : limits) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), ems * em));
    }
}

void RewardsView::updateButtons()
{
    const bool chosen = currentRewardId() > 0;
    // On a shared server, a reward of another office's conference is greyed, with the reason.
    const QString refused = chosen ? m_workspace.refusalToChange(
                                m_table->currentIndex().data(RewardModel::UnitIdRole).toLongLong())
                                   : QString();
    for (QPushButton *button : {m_editButton, m_removeButton}) {
        button->setEnabled(chosen && refused.isEmpty());
        button->setToolTip(refused);
    }
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

qint64 RewardsView::currentRewardId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(RewardModel::RewardIdRole).toLongLong();
}

void RewardsView::selectReward(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfReward(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void RewardsView::add()
{
    if (!m_workspace.campaign())
        return;
    Reward preset;
    preset.campaignId = m_workspace.campaignId();
    RewardDialog dialog(m_workspace, preset, this);
    if (dialog.exec() == QDialog::Accepted)
        selectReward(dialog.rewardId());
}

void RewardsView::edit()
{
    // (A double click on one this office may not change opens nothing: the buttons say why.)
    if (!m_editButton->isEnabled())
        return;
    const Reward *reward = m_model->reward(m_model->rowOfReward(currentRewardId()));
    if (!reward)
        return;
    RewardDialog dialog(m_workspace, *reward, this);
    dialog.exec();
}

void RewardsView::remove()
{
    const Reward *found = m_model->reward(m_model->rowOfReward(currentRewardId()));
    if (!found)
        return;
    const Reward reward = *found;
    const QString description = m_model->describe(reward);
    if (MessageBox::question(this, tr("Remove a reward"),
                             tr("Remove the reward %1 with its %n recipient(s)? Edit → Undo puts "
                                "it back.",
                                nullptr, int(reward.recipients.size()))
                                 .arg(description),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto done = m_workspace.execute(
            new RemoveRewardCommand(m_workspace, reward, m_model->formName(reward.formId)));
        !done)
        MessageBox::warning(this, tr("Remove a reward"), done.error());
}
