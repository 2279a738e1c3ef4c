#include "UnitRewardsSection.h"

#include "DeferUntilShown.h"
#include "RegisterFilterModel.h"
#include "RewardDialog.h"
#include "RewardModel.h"
#include "Schedule.h"
#include "Workspace.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

UnitRewardsSection::UnitRewardsSection(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RewardModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_box(new QGroupBox(this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_actions(workspace, m_model, this)
{
    m_deferral = new DeferUntilShown(this, [this] { showUnit(); });
    setObjectName(u"unitRewardsSection"_s);
    m_table->setObjectName(u"sectionRewardTable"_s);
    m_addButton->setObjectName(u"sectionAddRewardButton"_s);
    m_editButton->setObjectName(u"sectionEditRewardButton"_s);
    m_removeButton->setObjectName(u"sectionRemoveRewardButton"_s);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RewardModel::DecisionDate, Qt::AscendingOrder);
    for (int column :
         {RewardModel::Issuer, RewardModel::Signer, RewardModel::Unit, RewardModel::TodaysUnit})
        m_table->setColumnHidden(column, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    const int rowHeight = m_table->fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(RewardModel::DecisionDate, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(header->sizeHint().height() + 2 * rowHeight + 4);
    m_table->setMaximumHeight(header->sizeHint().height() + 6 * rowHeight + 4);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_removeButton})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_table);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitRewardsSection::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnitRewardsSection::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UnitRewardsSection::edit);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &UnitRewardsSection::fitColumns);
    connect(m_addButton, &QPushButton::clicked, this, &UnitRewardsSection::add);
    connect(m_editButton, &QPushButton::clicked, this, &UnitRewardsSection::edit);
    connect(m_removeButton, &QPushButton::clicked, this, &UnitRewardsSection::remove);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Rewards | Workspace::Change::Catalogues | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, [this] { setUnit(0); });
    connect(&m_workspace, &Workspace::campaignChanged, this, &UnitRewardsSection::reload);

    retranslate();
    reload();
}

void UnitRewardsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void UnitRewardsSection::retranslate()
{
    m_box->setTitle(tr("Rewards given at this conference"));
    m_table->setAccessibleName(tr("Rewards given at this conference"));
    m_addButton->setText(tr("Add…"));
    m_editButton->setText(tr("Edit…"));
    m_removeButton->setText(tr("Remove"));
    fitColumns();
}

void UnitRewardsSection::fitColumns()
{
    // The number and the form keep room for what they usually hold, and never less than
    // their heading (with the sort mark where the list is sorted by them); the recipients
    // take the rest.
    const QHeaderView *header = m_table->horizontalHeader();
    const QStyle *style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    for (int column : {RewardModel::DecisionNumber, RewardModel::Form}) {
        int heading = header->fontMetrics().horizontalAdvance(
                          m_filter->headerData(column, Qt::Horizontal).toString())
            + 2 * margin;
        if (header->sortIndicatorSection() == column)
            heading += mark + margin;
        m_table->setColumnWidth(column, std::max(6 * em, heading));
    }
}

void UnitRewardsSection::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    m_table->clearSelection();
    showUnit();
}

void UnitRewardsSection::reload()
{
    m_loadedUnit = -1;
    showUnit();
}

void UnitRewardsSection::showUnit()
{
    if (m_deferral->defer())
        return;
    const qint64 current = currentRewardId();
    // Only the unit's rewards are read (through the index on campaign and unit), when it
    // is chosen and after each change: the campaign's whole list is not needed here.
    if (m_loadedUnit != m_unitId) {
        if (auto loaded = m_model->loadUnit(m_workspace, m_unitId); !loaded)
            m_workspace.reportError(loaded.error());
        m_loadedUnit = m_unitId;
    }
    m_filter->setIdFilter(RewardModel::UnitIdRole, m_unitId);
    const int row = current > 0 ? m_model->rowOfReward(current) : -1;
    const QModelIndex index =
        row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
    } else {
        m_table->clearSelection();
    }
    const auto schedule = m_workspace.schedule();
    m_box->setVisible(m_unitId > 0 && schedule && schedule->rowOfUnit(m_unitId) >= 0);
    updateButtons();
}

void UnitRewardsSection::updateButtons()
{
    const bool chosen = currentRewardId() > 0;
    // On a shared server, another office's unit is read, not changed (the panel says why).
    const bool mayChange = m_workspace.refusalToChange(m_unitId).isEmpty();
    m_addButton->setEnabled(mayChange);
    m_editButton->setEnabled(chosen && mayChange);
    m_removeButton->setEnabled(chosen && mayChange);
}

qint64 UnitRewardsSection::currentRewardId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(RewardModel::RewardIdRole).toLongLong();
}

void UnitRewardsSection::add()
{
    if (!m_workspace.campaign() || m_unitId == 0)
        return;
    Reward preset;
    preset.campaignId = m_workspace.campaignId();
    preset.unitId = m_unitId;
    RewardDialog dialog(m_workspace, preset, this);
    dialog.exec();
}

void UnitRewardsSection::edit()
{
    // (A double click on a unit this office may not change opens nothing.)
    if (!m_editButton->isEnabled())
        return;
    m_actions.edit(currentRewardId());
}

void UnitRewardsSection::remove()
{
    m_actions.remove(currentRewardId());
}
