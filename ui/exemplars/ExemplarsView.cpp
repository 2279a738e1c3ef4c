#include "ExemplarsView.h"

#include "DeferUntilShown.h"
#include "Dialogs.h"
#include "ExemplarDialog.h"
#include "ExemplarEdits.h"
#include "ExemplarModel.h"
#include "ExemplarRegister.h"
#include "Money.h"
#include "PutForwardDialog.h"
#include "RegisterFilterModel.h"
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

ExemplarsView::ExemplarsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ExemplarModel(this))
    , m_filter(new RegisterFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_putForwardButton(new QPushButton(this))
    , m_counts(new QLabel(this))
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });
    setObjectName(u"exemplarsView"_s);
    m_search->setObjectName(u"exemplarFilter"_s);
    m_table->setObjectName(u"exemplarTable"_s);
    m_addButton->setObjectName(u"addExemplarButton"_s);
    m_editButton->setObjectName(u"editExemplarButton"_s);
    m_removeButton->setObjectName(u"removeExemplarButton"_s);
    m_putForwardButton->setObjectName(u"putForwardButton"_s);
    m_counts->setObjectName(u"exemplarCounts"_s);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExemplarModel::Name, Qt::AscendingOrder);
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
    m_counts->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_removeButton, m_putForwardButton})
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
            &ExemplarsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExemplarsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.column() == ExemplarModel::Unit)
            emit unitActivated(source.data(ExemplarModel::UnitIdRole).toLongLong());
        else if (source.column() == ExemplarModel::RecognisedBy
                 && source.data(ExemplarModel::RecognisedByRole).toLongLong() > 0)
            emit unitActivated(source.data(ExemplarModel::RecognisedByRole).toLongLong());
        else
            edit();
    });
    connect(m_addButton, &QPushButton::clicked, this, &ExemplarsView::add);
    connect(m_editButton, &QPushButton::clicked, this, &ExemplarsView::edit);
    connect(m_removeButton, &QPushButton::clicked, this, &ExemplarsView::remove);
    connect(m_putForwardButton, &QPushButton::clicked, this, &ExemplarsView::putForward);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Exemplars | Workspace::Change::Catalogues
               | Workspace::Change::Units | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, &ExemplarsView::reload);
    connect(&m_workspace, &Workspace::campaignChanged, this, &ExemplarsView::reload);

    retranslate();
    reload();
}

void ExemplarsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        updateCounts();
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void ExemplarsView::retranslate()
{
    setWindowTitle(tr("Models and exemplars"));
    m_title->setText(tr("Models and exemplars of the campaign"));
    m_search->setPlaceholderText(tr("Filter by name, unit or field (accents not needed)"));
    m_search->setAccessibleName(tr("Filter the models and exemplars"));
    m_table->setAccessibleName(tr("Models and exemplars of the campaign"));
    // Alt+letters that the menus and the unit panel beside the page leave free.
    m_addButton->setText(tr("A&dd…"));
    m_editButton->setText(tr("Edit…"));
    m_removeButton->setText(tr("Remove"));
    m_putForwardButton->setText(tr("Put f&orward…"));
}

void ExemplarsView::reload()
{
    if (m_deferral->defer())
        return;
    const qint64 current = currentExemplarId();
    m_register = m_workspace.exemplarRegister();
    m_model->setRegister(m_register);
    m_addButton->setEnabled(m_workspace.campaign() != nullptr);
    // Where units were reorganised (2025), each row also says the unit that carries its unit
    // on today.
    m_table->setColumnHidden(ExemplarModel::TodaysUnit, !m_model->hasLineage());
    // Once there is something to measure; after that the clerk's widths stay.
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        fitColumns();
        m_columnsFitted = true;
    }
    selectExemplar(current);
    updateCounts();
    updateButtons();
}

void ExemplarsView::fitColumns()
{
    // Wide enough for what they hold, up to a limit that keeps every column on the page at
    // 1366 pixels; tooltips show what is cut.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const QList<std::pair<int, int>> limits{
        {ExemplarModel::Name, 26},           {ExemplarModel::Kind, 12},
        {ExemplarModel::Unit, 16},           {ExemplarModel::TodaysUnit, 16},
        {ExemplarModel::Field, 14},          {ExemplarModel::RecognisedBy, 16},
        {ExemplarModel::MoneyMobilised, 11}, {ExemplarModel::Workdays, 6},
    };
    for (const auto &[column, ems] : limits) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), ems * em));
    }
}

void ExemplarsView::updateButtons()
{
    const bool chosen = currentExemplarId() > 0;
    // On a shared server, another office's model or exemplar is greyed, with the reason.
    const QString refused = chosen
        ? m_workspace.refusalToChange(
            m_table->currentIndex().data(ExemplarModel::UnitIdRole).toLongLong())
        : QString();
    for (QPushButton *button : {m_editButton, m_removeButton, m_putForwardButton})
        button->setEnabled(chosen && refused.isEmpty());
    m_editButton->setToolTip(refused);
    m_removeButton->setToolTip(refused);
    m_putForwardButton->setToolTip(
        refused.isEmpty() ? tr("Put the model or exemplar forward to the level above") : refused);
}

void ExemplarsView::updateCounts()
{
    int collective = 0;
    int individual = 0;
    qint64 money = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (Exemplar::Kind(index.data(ExemplarModel::KindRole).toInt())
            == Exemplar::Kind::Individual)
            ++individual;
        else
            ++collective;
        money += std::max<qint64>(0, index.data(ExemplarModel::MoneyRole).toLongLong());
    }
    m_counts->setText(tr("%1, %2; money mobilised: %3 đồng")
                          .arg(tr("%n collective model(s)", nullptr, collective),
                               tr("%n individual exemplar(s)", nullptr, individual),
                               Money::format(money)));
}

qint64 ExemplarsView::currentExemplarId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(ExemplarModel::ExemplarIdRole).toLongLong();
}

void ExemplarsView::selectExemplar(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfExemplar(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ExemplarModel::Name));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ExemplarsView::add()
{
    if (!m_workspace.campaign())
        return;
    Exemplar preset;
    preset.campaignId = m_workspace.campaignId();
    ExemplarDialog dialog(m_workspace, preset, this);
    if (dialog.exec() == QDialog::Accepted)
        selectExemplar(dialog.exemplarId());
}

void ExemplarsView::edit()
{
    // (A double click on one this office may not change opens nothing: the buttons say why.)
    if (!m_editButton->isEnabled())
        return;
    const Exemplar *exemplar = m_register ? m_register->exemplar(currentExemplarId()) : nullptr;
    if (!exemplar)
        return;
    ExemplarDialog dialog(m_workspace, *exemplar, this);
    dialog.exec();
}

void ExemplarsView::remove()
{
    const Exemplar *found = m_register ? m_register->exemplar(currentExemplarId()) : nullptr;
    if (!found)
        return;
    const Exemplar exemplar = *found;
    QString question = tr("Remove “%1” from the models and exemplars?").arg(exemplar.name);
    if (const auto steps = m_register->nominationsOf(exemplar.id).size(); steps > 0)
        question += u' ' + tr("Its %n nomination(s) go with it.", nullptr, int(steps));
    question += u' ' + tr("Edit → Undo puts it back.");
    if (MessageBox::question(this, tr("Remove a model or exemplar"), question,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto done = m_workspace.execute(new RemoveExemplarCommand(m_workspace, exemplar)); !done)
        MessageBox::warning(this, tr("Remove a model or exemplar"), done.error());
}

void ExemplarsView::putForward()
{
    const qint64 id = currentExemplarId();
    if (!m_register || !m_register->exemplar(id))
        return;
    PutForwardDialog dialog(m_workspace, m_register, id, this);
    dialog.exec();
}
