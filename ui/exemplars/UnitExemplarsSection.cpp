#include "UnitExemplarsSection.h"

#include "DeferUntilShown.h"
#include "Edits.h"
#include "ExemplarDialog.h"
#include "ExemplarModel.h"
#include "ExemplarRegister.h"
#include "NominationModel.h"
#include "RegisterFilterModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A short table that shows a few rows without scrolling and keeps the panel compact.
void setUpTable(QTableView *table, QAbstractItemModel *model, const QList<int> &columns)
{
    table->setModel(model);
    for (int column = 0; column < model->columnCount(); ++column)
        table->setColumnHidden(column, !columns.contains(column));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setSortingEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(columns.first(), QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setHighlightSections(false);
    const int em = table->fontMetrics().horizontalAdvance(u'M');
    // The other columns keep a width that leaves the name room; tooltips show the rest.
    for (int column : columns.mid(1))
        table->setColumnWidth(column, (columns.size() > 2 ? 9 : 14) * em);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height() + 2 * rowHeight + 4);
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height() + 6 * rowHeight + 4);
}

} // namespace

UnitExemplarsSection::UnitExemplarsSection(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_exemplars(new ExemplarModel(this))
    , m_nominations(new NominationModel(this))
    , m_commended(new RegisterFilterModel(this))
    , m_sent(new RegisterFilterModel(this))
    , m_received(new RegisterFilterModel(this))
    , m_box(new QGroupBox(this))
    , m_commendedLabel(new QLabel(this))
    , m_commendedTable(new QTableView(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_putForwardButton(new QPushButton(this))
    , m_sentLabel(new QLabel(this))
    , m_sentTable(new QTableView(this))
    , m_withdrawButton(new QPushButton(this))
    , m_receivedLabel(new QLabel(this))
    , m_receivedTable(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_statusCombo(new QComboBox(this))
    , m_receivedPutForwardButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });
    setObjectName(u"unitExemplarsSection"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_commendedTable, "sectionExemplarTable"},
        {m_addButton, "sectionAddExemplarButton"},
        {m_editButton, "sectionEditExemplarButton"},
        {m_putForwardButton, "sectionPutForwardButton"},
        {m_sentTable, "sentNominationTable"},
        {m_withdrawButton, "withdrawNominationButton"},
        {m_receivedTable, "receivedNominationTable"},
        {m_statusCombo, "receivedStatusCombo"},
        {m_receivedPutForwardButton, "receivedPutForwardButton"},
        {m_message, "exemplarSectionMessage"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    m_commended->setSourceModel(m_exemplars);
    m_sent->setSourceModel(m_nominations);
    m_received->setSourceModel(m_nominations);
    setUpTable(m_commendedTable, m_commended, {ExemplarModel::Name, ExemplarModel::NominationStep});
    setUpTable(m_sentTable, m_sent,
               {NominationModel::ExemplarName, NominationModel::To, NominationModel::Status});
    setUpTable(m_receivedTable, m_received,
               {NominationModel::ExemplarName, NominationModel::From, NominationModel::Status});
    for (auto status : {Nomination::Status::Proposed, Nomination::Status::Selected,
                        Nomination::Status::Commended, Nomination::Status::NotSelected})
        m_statusCombo->addItem(QString(), int(status));
    m_statusCombo->setCurrentIndex(-1);
    for (QLabel *label : {m_commendedLabel, m_sentLabel, m_receivedLabel, m_message})
        label->setWordWrap(true);
    m_statusLabel->setBuddy(m_statusCombo);
    // The labels above the tables name them for a screen reader.
    m_commendedLabel->setBuddy(m_commendedTable);
    m_sentLabel->setBuddy(m_sentTable);
    m_receivedLabel->setBuddy(m_receivedTable);
    m_message->hide();
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(palette);

    auto *commendedButtons = new QHBoxLayout;
    commendedButtons->addWidget(m_addButton);
    commendedButtons->addWidget(m_editButton);
    commendedButtons->addWidget(m_putForwardButton);
    commendedButtons->addStretch();
    auto *sentButtons = new QHBoxLayout;
    sentButtons->addWidget(m_withdrawButton);
    sentButtons->addStretch();
    auto *receivedButtons = new QHBoxLayout;
    receivedButtons->addWidget(m_statusLabel);
    receivedButtons->addWidget(m_statusCombo);
    receivedButtons->addWidget(m_receivedPutForwardButton);
    receivedButtons->addStretch();

    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_commendedLabel);
    boxLayout->addWidget(m_commendedTable);
    boxLayout->addLayout(commendedButtons);
    boxLayout->addWidget(m_sentLabel);
    boxLayout->addWidget(m_sentTable);
    boxLayout->addLayout(sentButtons);
    boxLayout->addWidget(m_receivedLabel);
    boxLayout->addWidget(m_receivedTable);
    boxLayout->addLayout(receivedButtons);
    boxLayout->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    for (QTableView *table : {m_commendedTable, m_sentTable, m_receivedTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &UnitExemplarsSection::updateButtons);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &UnitExemplarsSection::updateButtons);
    }
    connect(m_commendedTable, &QTableView::doubleClicked, this,
            &UnitExemplarsSection::editExemplar);
    connect(m_sentTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 unit = index.data(NominationModel::ToUnitRole).toLongLong(); unit > 0)
            emit unitActivated(unit);
    });
    connect(m_receivedTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(NominationModel::FromUnitRole).toLongLong());
    });
    connect(m_addButton, &QPushButton::clicked, this, &UnitExemplarsSection::addExemplar);
    connect(m_editButton, &QPushButton::clicked, this, &UnitExemplarsSection::editExemplar);
    connect(m_putForwardButton, &QPushButton::clicked, this,
            [this] { putForward(currentId(m_commendedTable, ExemplarModel::ExemplarIdRole)); });
    connect(m_receivedPutForwardButton, &QPushButton::clicked, this,
            [this] { putForward(currentId(m_receivedTable, NominationModel::ExemplarIdRole)); });
    connect(m_withdrawButton, &QPushButton::clicked, this, &UnitExemplarsSection::withdraw);
    connect(m_statusCombo, &QComboBox::activated, this, &UnitExemplarsSection::setStatus);
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Exemplars | Workspace::Change::Catalogues
               | Workspace::Change::Units | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, [this] { setUnit(0); });
    connect(&m_workspace, &Workspace::campaignChanged, this, &UnitExemplarsSection::reload);

    retranslate();
    reload();
}

void UnitExemplarsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_exemplars->retranslate();
        m_nominations->retranslate();
    }
    QWidget::changeEvent(event);
}

void UnitExemplarsSection::retranslate()
{
    m_box->setTitle(tr("Models and exemplars"));
    m_commendedLabel->setText(tr("Commended at this unit's conference:"));
    m_sentLabel->setText(tr("Put forward by this unit:"));
    m_receivedLabel->setText(tr("Received from the units below:"));
    m_addButton->setText(tr("Add…"));
    m_editButton->setText(tr("Edit…"));
    m_withdrawButton->setText(tr("Withdraw"));
    m_withdrawButton->setToolTip(tr("Take the nomination back"));
    m_statusLabel->setText(tr("Outcome:"));
    m_statusCombo->setToolTip(tr("What this unit decided of the nomination it received"));
    const QList<Nomination::Status> statuses{
        Nomination::Status::Proposed, Nomination::Status::Selected, Nomination::Status::Commended,
        Nomination::Status::NotSelected};
    for (int i = 0; i < statuses.size(); ++i)
        m_statusCombo->setItemText(i, Nomination::statusName(statuses.at(i)));
    updateButtons();
}

void UnitExemplarsSection::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    showMessage(QString());
    for (QTableView *table : {m_commendedTable, m_sentTable, m_receivedTable})
        table->clearSelection();
    reload();
}

void UnitExemplarsSection::reload()
{
    const qint64 commended = currentId(m_commendedTable, ExemplarModel::ExemplarIdRole);
    const qint64 sent = currentId(m_sentTable, NominationModel::NominationIdRole);
    const qint64 received = currentId(m_receivedTable, NominationModel::NominationIdRole);
    if (m_deferral->defer())
        return;
    // Only the unit's part of the register is read (its exemplars and their nominations,
    // through the indexes), on each choice and after each change: the campaign's whole
    // register takes about a second to read and sort at national size. Without a unit
    // there is nothing to show and nothing is read.
    static const auto noRegister = std::make_shared<const ExemplarRegister>();
    if (m_unitId > 0) {
        auto loaded = ExemplarRegister::loadUnit(m_workspace, m_unitId);
        if (!loaded) {
            m_workspace.reportError(loaded.error());
            loaded = ExemplarRegister();
        }
        m_register = std::make_shared<const ExemplarRegister>(std::move(loaded.value()));
    } else {
        m_register = noRegister;
    }
    m_exemplars->setRegister(m_register);
    m_nominations->setRegister(m_register);
    m_commended->setIdFilter(ExemplarModel::RecognisedByRole, m_unitId);
    m_sent->setIdFilter(NominationModel::FromUnitRole, m_unitId);
    m_received->setIdFilter(NominationModel::ToUnitRole, m_unitId);
    select(m_commendedTable, ExemplarModel::ExemplarIdRole, commended);
    select(m_sentTable, NominationModel::NominationIdRole, sent);
    select(m_receivedTable, NominationModel::NominationIdRole, received);
    // Units on the campaign's chain of nominations: those taking part, which commend and
    // nominate, and the one above the campaign's own unit, which receives and sends on.
    m_box->setVisible(m_unitId > 0 && m_register->targetOf(m_unitId).has_value());
    updateButtons();
}

void UnitExemplarsSection::updateButtons()
{
    const bool onChain = m_register && m_register->targetOf(m_unitId).has_value();
    // Only a unit taking part holds a conference that commends.
    const bool takesPart = onChain && m_register->campaignUnits().contains(m_unitId);
    const QString target =
        onChain ? m_register->targetName(*m_register->targetOf(m_unitId)) : QString();
    // A short button; where it goes is in the tooltip, so that the panel stays narrow. The
    // two have their own texts, so that at most one takes an Alt+letter.
    m_putForwardButton->setText(tr("Put forward", "a model commended at this conference"));
    m_receivedPutForwardButton->setText(tr("Put forward", "a nomination received from below"));
    // What this unit has put forward once is not put forward again: the button says so
    // instead of doing nothing.
    const auto sentFromHere = [this](qint64 exemplarId) {
        const QList<Nomination> nominations =
            m_register ? m_register->nominationsOf(exemplarId) : QList<Nomination>();
        return std::any_of(nominations.cbegin(), nominations.cend(),
                           [this](const Nomination &sent) { return sent.fromUnitId == m_unitId; });
    };
    const auto offer = [&](QPushButton *button, qint64 exemplarId, bool possible) {
        const bool sent = exemplarId > 0 && sentFromHere(exemplarId);
        button->setEnabled(possible && !sent);
        button->setToolTip(sent ? tr("Already put forward to %1").arg(target)
                                : tr("Put forward to %1").arg(target));
    };
    m_addButton->setEnabled(takesPart);
    const qint64 commended = currentId(m_commendedTable, ExemplarModel::ExemplarIdRole);
    m_editButton->setEnabled(commended > 0);
    offer(m_putForwardButton, commended, takesPart && commended > 0);
    m_withdrawButton->setEnabled(currentId(m_sentTable, NominationModel::NominationIdRole) > 0);
    const qint64 received = currentId(m_receivedTable, NominationModel::NominationIdRole);
    const Nomination *nomination = m_register ? m_register->nomination(received) : nullptr;
    m_statusCombo->setEnabled(nomination != nullptr);
    m_statusCombo->setCurrentIndex(nomination ? m_statusCombo->findData(int(nomination->status))
                                              : -1);
    // A nomination received goes further once this unit has taken it up (the unit above the
    // campaign's own unit, which takes no part, sends on what it receives).
    offer(m_receivedPutForwardButton, nomination ? nomination->exemplarId : 0,
          onChain && nomination && nomination->isTakenUp());
    // On a shared server, another office's unit is read, not changed (the panel says why).
    if (!m_workspace.refusalToChange(m_unitId).isEmpty()) {
        for (QWidget *control : std::initializer_list<QWidget *>{
                 m_addButton, m_editButton, m_putForwardButton, m_withdrawButton, m_statusCombo,
                 m_receivedPutForwardButton})
            control->setEnabled(false);
    }
}

void UnitExemplarsSection::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

qint64 UnitExemplarsSection::currentId(const QTableView *table, int role) const
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid() || !table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return current.data(role).toLongLong();
}

void UnitExemplarsSection::select(QTableView *table, int role, qint64 id)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; id > 0 && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role).toLongLong() == id) {
            table->setCurrentIndex(index);
            table->selectRow(row);
            return;
        }
    }
    table->clearSelection();
}

void UnitExemplarsSection::addExemplar()
{
    if (!m_workspace.campaign() || m_unitId == 0)
        return;
    showMessage(QString());
    Exemplar preset;
    preset.campaignId = m_workspace.campaignId();
    preset.unitId = m_unitId;
    preset.recognisedBy = m_unitId;
    ExemplarDialog dialog(m_workspace, preset, this);
    if (dialog.exec() == QDialog::Accepted)
        select(m_commendedTable, ExemplarModel::ExemplarIdRole, dialog.exemplarId());
    updateButtons();
}

void UnitExemplarsSection::editExemplar()
{
    // (A double click on a unit this office may not change opens nothing.)
    if (!m_editButton->isEnabled())
        return;
    const qint64 id = currentId(m_commendedTable, ExemplarModel::ExemplarIdRole);
    const Exemplar *exemplar = m_register ? m_register->exemplar(id) : nullptr;
    if (!exemplar)
        return;
    showMessage(QString());
    ExemplarDialog dialog(m_workspace, *exemplar, this);
    dialog.exec();
}

void UnitExemplarsSection::putForward(qint64 exemplarId)
{
    const Exemplar *exemplar = m_register ? m_register->exemplar(exemplarId) : nullptr;
    const auto target = m_register ? m_register->targetOf(m_unitId) : std::nullopt;
    if (!exemplar || !target)
        return;
    if (auto done =
            m_workspace.edits().nominate(*exemplar, m_unitId, m_register->targetName(*target));
        !done) {
        showMessage(done.error());
        return;
    }
    showMessage(QString());
}

void UnitExemplarsSection::withdraw()
{
    const qint64 id = currentId(m_sentTable, NominationModel::NominationIdRole);
    const Nomination *nomination = m_register ? m_register->nomination(id) : nullptr;
    if (!nomination)
        return;
    const Exemplar *exemplar = m_register->exemplar(nomination->exemplarId);
    if (auto done =
            m_workspace.edits().removeNomination(*nomination, exemplar ? exemplar->name : QString(),
                                                 m_register->targetName(nomination->toUnitId));
        !done) {
        showMessage(done.error());
        return;
    }
    showMessage(QString());
}

void UnitExemplarsSection::setStatus(int comboIndex)
{
    const qint64 id = currentId(m_receivedTable, NominationModel::NominationIdRole);
    const Nomination *nomination = m_register ? m_register->nomination(id) : nullptr;
    if (!nomination || comboIndex < 0)
        return;
    const auto status = Nomination::Status(m_statusCombo->itemData(comboIndex).toInt());
    if (status == nomination->status)
        return;
    const Exemplar *exemplar = m_register->exemplar(nomination->exemplarId);
    if (auto done = m_workspace.edits().setNominationStatus(*nomination, status, nomination->note,
                                                            exemplar ? exemplar->name : QString(),
                                                            m_register->unitLabel(m_unitId));
        !done) {
        showMessage(done.error());
        updateButtons();
        return;
    }
    showMessage(QString());
}
