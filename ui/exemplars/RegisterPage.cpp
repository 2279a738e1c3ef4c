#include "RegisterPage.h"

#include "DeferUntilShown.h"
#include "RegisterFilterModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

RegisterPage::RegisterPage(Workspace &workspace, Workspace::Changes changes, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new RegisterFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_counts(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search->setClearButtonEnabled(true);
    m_table->setModel(m_filter);
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
    for (QPushButton *button : {m_addButton, m_editButton, m_removeButton})
        m_buttons->addWidget(button);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCounts();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegisterPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const auto unitId = unitToShow(m_filter->mapToSource(index)))
            emit unitActivated(*unitId);
        else
            editChosen();
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] { add(); });
    connect(m_editButton, &QPushButton::clicked, this, &RegisterPage::editChosen);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { remove(); });
    connect(&m_workspace, &Workspace::changed, this, [this, changes](Workspace::Changes changed) {
        if (changed
            & (changes | Workspace::Change::Catalogues | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, &RegisterPage::reload);
    connect(&m_workspace, &Workspace::campaignChanged, this, &RegisterPage::reload);
}

void RegisterPage::setRegisterModel(QAbstractItemModel *model, int unitIdRole, int sortColumn)
{
    m_source = model;
    m_unitIdRole = unitIdRole;
    m_filter->setSourceModel(m_source);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(sortColumn, Qt::AscendingOrder);
}

void RegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCounts();
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void RegisterPage::updateOwnButtons(bool, const QString &) { }

void RegisterPage::reload()
{
    if (m_deferral->defer())
        return;
    const qint64 current = currentId();
    load();
    m_addButton->setEnabled(m_workspace.campaign() != nullptr);
    // Once there is something to measure; after that the clerk's widths stay.
    if (!m_columnsFitted && m_source->rowCount() > 0) {
        fitColumns();
        m_columnsFitted = true;
    }
    select(current);
    updateCounts();
    updateButtons();
}

void RegisterPage::fitColumns()
{
    // Wide enough for what they hold, up to a limit that keeps every column on the page at
    // 1366 pixels; tooltips show what is cut.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    for (const auto &[column, ems] : columnLimits()) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), ems * em));
    }
}

void RegisterPage::updateButtons()
{
    const bool chosen = currentId() > 0;
    // On a shared server, an entry of another office's unit is greyed, with the reason.
    const QString refused = chosen
        ? m_workspace.refusalToChange(m_table->currentIndex().data(m_unitIdRole).toLongLong())
        : QString();
    for (QPushButton *button : {m_editButton, m_removeButton}) {
        button->setEnabled(chosen && refused.isEmpty());
        button->setToolTip(refused);
    }
    updateOwnButtons(chosen, refused);
}

qint64 RegisterPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(RegisterFilterModel::IdRole).toLongLong();
}

void RegisterPage::select(qint64 id)
{
    const int row = id > 0 ? rowOf(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_source->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void RegisterPage::appendButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void RegisterPage::editChosen()
{
    // (A double click on one this office may not change opens nothing: the buttons say why.)
    if (m_editButton->isEnabled())
        edit();
}
