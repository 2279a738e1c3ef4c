#include "NewCampaignDialog.h"

#include "CampaignRepository.h"
#include "Dates.h"
#include "InputFields.h"
#include "ParticipantModel.h"
#include "Text.h"
#include "UnitComboBox.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum DocumentColumn { DocumentNumber, DocumentDate, DocumentIssuer, DocumentTitle };
enum SpecialColumn { SpecialUnit, SpecialKind, SpecialPhrase, SpecialLast };
constexpr int UnitIdRole = Qt::UserRole + 1;
constexpr int LevelRole = Qt::UserRole + 2;

QLabel *newErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c0392b;"_s);
    label->hide();
    return label;
}

QTableWidget *newTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table; arrows move inside it.
    table->setTabKeyNavigation(false);
    return table;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? Text::simplified(item->text()) : QString();
}

} // namespace

NewCampaignDialog::NewCampaignDialog(Workspace &workspace, Creator create, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_create(std::move(create))
    , m_tree(workspace.units())
{
    setObjectName(u"newCampaignDialog"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    for (int page = 0; page < 4; ++page)
        m_errors.append(nullptr);
    setPage(CampaignPage, createCampaignPage());
    setPage(DeadlinesPage, createDeadlinesPage());
    setPage(SpecialPage, createSpecialPage());
    setPage(ParticipantsPage, createParticipantsPage());
    retranslate();
    resize(760, 560);
}

NewCampaignDialog::~NewCampaignDialog() = default;

QWizardPage *NewCampaignDialog::createCampaignPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"campaignPage"_s);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_phase = new QLineEdit(page);
    m_phase->setObjectName(u"phaseEdit"_s);
    m_phase->setPlaceholderText(u"2021–2025"_s);
    m_starts = new DateField(page);
    m_starts->setObjectName(u"startsEdit"_s);
    m_root = new UnitComboBox(page);
    m_root->setObjectName(u"rootCombo"_s);
    m_levels = new QComboBox(page);
    m_levels->setObjectName(u"levelsCombo"_s);
    m_nameLabel = new QLabel(page);
    m_nameLabel->setBuddy(m_name);
    m_phaseLabel = new QLabel(page);
    m_phaseLabel->setBuddy(m_phase);
    m_startsLabel = new QLabel(page);
    m_startsLabel->setBuddy(m_starts->lineEdit());
    m_rootLabel = new QLabel(page);
    m_rootLabel->setBuddy(m_root);
    m_levelsLabel = new QLabel(page);
    m_levelsLabel->setBuddy(m_levels);
    m_campaignHint = new QLabel(page);
    m_campaignHint->setWordWrap(true);

    // Any unit in force can be the office's own: a province, a district for a district
    // office, or another unit of the tree.
    QList<qint64> units;
    for (int i = 0; i < m_tree->size(); ++i) {
        if (!m_tree->at(i).isRetired())
            units.append(m_tree->at(i).id);
    }
    m_root->setUnits(m_tree, units);
    m_root->setUnitId(0);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_phaseLabel, m_phase);
    form->addRow(m_startsLabel, m_starts);
    form->addRow(m_rootLabel, m_root);
    form->addRow(m_levelsLabel, m_levels);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_campaignHint);
    layout->addStretch();
    m_errors[CampaignPage] = newErrorLabel(page);
    layout->addWidget(m_errors[CampaignPage]);

    connect(m_root, &UnitComboBox::unitChanged, this, &NewCampaignDialog::offerLevelChoices);
    // A name typed that names one unit is as good as one picked from the list.
    connect(m_root, &QComboBox::editTextChanged, this, &NewCampaignDialog::offerLevelChoices);
    connect(m_starts, &DateField::editingFinished, this, [this] {
        offerLevelChoices();
        shiftCarriedDeadlines();
    });
    return page;
}

QWizardPage *NewCampaignDialog::createDeadlinesPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"deadlinesPage"_s);
    m_deadlinesTitle = new QLabel(page);
    m_deadlinesTitle->setWordWrap(true);
    m_levelGrid = new QGridLayout;

    m_documentsTitle = new QLabel(page);
    m_documents = newTable(4, page);
    m_documents->setObjectName(u"documentTable"_s);
    m_documentsTitle->setBuddy(m_documents);
    m_addDocument = new QPushButton(page);
    m_addDocument->setObjectName(u"addDocumentButton"_s);
    m_removeDocument = new QPushButton(page);
    connect(m_addDocument, &QPushButton::clicked, this, [this] {
        addDocumentRow({}, false);
        m_documents->setFocus();
        m_documents->setCurrentCell(m_documents->rowCount() - 1, DocumentNumber);
        m_documents->editItem(m_documents->currentItem());
    });
    connect(m_removeDocument, &QPushButton::clicked, this, [this] {
        if (m_documents->currentRow() >= 0)
            m_documents->removeRow(m_documents->currentRow());
    });

    m_datesTitle = new QLabel(page);
    m_keyDates = newTable(2, page);
    m_keyDates->setObjectName(u"keyDateTable"_s);
    m_datesTitle->setBuddy(m_keyDates);
    m_addDate = new QPushButton(page);
    m_removeDate = new QPushButton(page);
    connect(m_addDate, &QPushButton::clicked, this, [this] {
        const int row = m_keyDates->rowCount();
        m_keyDates->insertRow(row);
        m_keyDates->setItem(row, 0, new QTableWidgetItem);
        m_keyDates->setItem(row, 1, new QTableWidgetItem);
        m_keyDates->setFocus();
        m_keyDates->setCurrentCell(row, 0);
        m_keyDates->editItem(m_keyDates->currentItem());
    });
    connect(m_removeDate, &QPushButton::clicked, this, [this] {
        if (m_keyDates->currentRow() >= 0)
            m_keyDates->removeRow(m_keyDates->currentRow());
    });
    m_deadlinesChecked = new QCheckBox(page);
    m_deadlinesChecked->setObjectName(u"deadlinesCheckedBox"_s);
    m_deadlinesChecked->hide();

    auto *documentButtons = new QVBoxLayout;
    documentButtons->addWidget(m_addDocument);
    documentButtons->addWidget(m_removeDocument);
    documentButtons->addStretch();
    auto *documents = new QHBoxLayout;
    documents->addWidget(m_documents, 1);
    documents->addLayout(documentButtons);
    auto *dateButtons = new QVBoxLayout;
    dateButtons->addWidget(m_addDate);
    dateButtons->addWidget(m_removeDate);
    dateButtons->addStretch();
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_keyDates, 1);
    dates->addLayout(dateButtons);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_deadlinesTitle);
    layout->addLayout(m_levelGrid);
    layout->addWidget(m_deadlinesChecked);
    layout->addWidget(m_documentsTitle);
    layout->addLayout(documents, 2);
    layout->addWidget(m_datesTitle);
    layout->addLayout(dates, 1);
    m_errors[DeadlinesPage] = newErrorLabel(page);
    layout->addWidget(m_errors[DeadlinesPage]);
    return page;
}

QWizardPage *NewCampaignDialog::createSpecialPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"specialPage"_s);
    m_specialHint = new QLabel(page);
    m_specialHint->setWordWrap(true);
    m_specialUnit = new UnitComboBox(page);
    m_specialUnit->setObjectName(u"specialUnitCombo"_s);
    m_specialKind = new QComboBox(page);
    m_specialKind->setObjectName(u"specialKindCombo"_s);
    m_specialPhrase = new QLineEdit(page);
    m_specialPhrase->setObjectName(u"specialPhraseEdit"_s);
    m_addSpecial = new QPushButton(page);
    m_addSpecial->setObjectName(u"addSpecialButton"_s);
    m_special = newTable(4, page);
    m_special->setObjectName(u"specialTable"_s);
    m_special->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_removeSpecial = new QPushButton(page);
    connect(m_addSpecial, &QPushButton::clicked, this, &NewCampaignDialog::addSpecialRow);
    connect(m_specialPhrase, &QLineEdit::returnPressed, this, &NewCampaignDialog::addSpecialRow);
    connect(m_removeSpecial, &QPushButton::clicked, this, &NewCampaignDialog::removeSpecialRow);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_specialUnit, 3);
    entry->addWidget(m_specialKind, 2);
    entry->addWidget(m_specialPhrase, 2);
    entry->addWidget(m_addSpecial);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_specialHint);
    layout->addLayout(entry);
    layout->addWidget(m_special, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeSpecial);
    layout->addLayout(buttons);
    m_errors[SpecialPage] = newErrorLabel(page);
    layout->addWidget(m_errors[SpecialPage]);
    return page;
}

QWizardPage *NewCampaignDialog::createParticipantsPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"participantsPage"_s);
    m_participantSummary = new QLabel(page);
    m_participantSummary->setObjectName(u"participantSummary"_s);
    m_participantSummary->setWordWrap(true);
    m_participants = new ParticipantModel(this);
    m_participantView = new QTreeView(page);
    m_participantView->setObjectName(u"participantView"_s);
    m_participantView->setModel(m_participants);
    m_participantView->setUniformRowHeights(true);
    m_participantView->header()->setStretchLastSection(true);
    m_addUnitLabel = new QLabel(page);
    m_otherUnit = new UnitComboBox(page);
    m_otherUnit->setObjectName(u"otherUnitCombo"_s);
    m_addUnitLabel->setBuddy(m_otherUnit);
    m_addUnit = new QPushButton(page);
    m_addUnit->setObjectName(u"addUnitButton"_s);
    m_carriedGroups = new QLabel(page);
    m_carriedGroups->setWordWrap(true);
    m_carriedGroups->hide();
    connect(m_addUnit, &QPushButton::clicked, this, &NewCampaignDialog::addParticipant);
    connect(m_participants, &ParticipantModel::participantsChanged, this,
            &NewCampaignDialog::updateParticipantSummary);

    auto *add = new QHBoxLayout;
    add->addWidget(m_addUnitLabel);
    add->addWidget(m_otherUnit, 1);
    add->addWidget(m_addUnit);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_participantSummary);
    layout->addWidget(m_participantView, 1);
    layout->addLayout(add);
    layout->addWidget(m_carriedGroups);
    m_errors[ParticipantsPage] = newErrorLabel(page);
    layout->addWidget(m_errors[ParticipantsPage]);
    return page;
}

void NewCampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void NewCampaignDialog::retranslate()
{
    setWindowTitle(m_source ? tr("New campaign from “%1”").arg(m_source->campaign.name)
                            : tr("New campaign"));
    page(CampaignPage)->setTitle(tr("The campaign"));
    page(CampaignPage)
        ->setSubTitle(tr("Its name and phase, the day it starts, and the office's own unit."));
    page(DeadlinesPage)->setTitle(tr("Deadlines and documents"));
    page(DeadlinesPage)
        ->setSubTitle(tr("Each level's deadline as the directive writes it, the documents and "
                         "the key dates."));
    page(SpecialPage)->setTitle(tr("Pilots and units' own deadlines"));
    page(SpecialPage)
        ->setSubTitle(tr("A pilot holds its conference first; a unit may set a tighter deadline "
                         "for itself or the units below it, never a looser one."));
    page(ParticipantsPage)->setTitle(tr("Units taking part"));
    page(ParticipantsPage)
        ->setSubTitle(tr("Nothing is created until Finish: leave units out or add units of "
                         "the tree."));

    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(
        tr("Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2025"));
    m_phaseLabel->setText(tr("P&hase:"));
    m_startsLabel->setText(tr("&Starts on:"));
    m_rootLabel->setText(tr("The office's own &unit:"));
    m_levelsLabel->setText(tr("&Levels taking part:"));
    m_campaignHint->setText(
        tr("The office's own unit is the top of the campaign: the province for a provincial "
           "office, the district for a district office. The levels are offered from the units "
           "below it in force on the day it starts: three levels before 07/2025, the province "
           "and its communes since."));

    m_deadlinesTitle->setText(tr("Deadlines, as the directive writes them (“cuối tháng "
                                 "6-2020”, “trước ngày 15/10/2020”); a level may have none:"));
    m_documentsTitle->setText(tr("&Documents of the campaign:"));
    m_documents->setHorizontalHeaderLabels(
        {tr("Number"), tr("Issued on"), tr("Issued by"), tr("Title")});
    m_addDocument->setText(tr("Add a document"));
    m_removeDocument->setText(tr("Remove"));
    m_datesTitle->setText(tr("&Key dates:"));
    m_keyDates->setHorizontalHeaderLabels({tr("Day"), tr("What")});
    m_addDate->setText(tr("Add a date"));
    m_removeDate->setText(tr("Remove"));

    m_specialHint->setText(tr("Choose a unit, whether it is a pilot or sets its own deadline for "
                              "a level, and the deadline phrase; then Add."));
    m_specialPhrase->setPlaceholderText(tr("tháng 5/2020"));
    m_addSpecial->setText(tr("&Add"));
    m_special->setHorizontalHeaderLabels(
        {tr("Unit"), tr("What"), tr("As the directive writes it"), tr("Deadline")});
    m_removeSpecial->setText(tr("Remove"));

    m_addUnitLabel->setText(tr("Add a unit of the &tree:"));
    m_addUnit->setText(tr("Add"));
    const int kind = m_specialKind->currentIndex();
    m_specialKind->clear();
    m_specialKind->addItem(tr("Pilot"), QString());
    for (const LevelRow &row : std::as_const(m_levelRows)) {
        m_specialKind->addItem(
            tr("Own deadline for %1").arg(m_workspace.level(row.level).displayName().toLower()),
            row.level);
    }
    m_specialKind->setCurrentIndex(qMax(0, kind));
    for (LevelRow &row : m_levelRows) {
        row.name->setText(m_workspace.level(row.level).displayName() + u':');
        showDeadline(row);
    }
    updateParticipantSummary();
}

void NewCampaignDialog::setNextPhaseOf(const CampaignSpec &source)
{
    m_source = source;
    m_phase->setText(QString());
    if (const int index = m_tree->indexOfCode(source.rootCode); index >= 0)
        m_root->setUnitId(m_tree->at(index).id);
    offerLevelChoices();
    const int levels = m_levels->findData(QStringList(source.campaign.levelKeys()));
    if (levels >= 0)
        m_levels->setCurrentIndex(levels);
    rebuildLevelRows();
    m_documents->setRowCount(0);
    for (const CampaignDocument &document : source.campaign.documents)
        addDocumentRow(document, true);
    QStringList groups;
    for (const CampaignSpec::SteeringGroup &group : source.steeringGroups)
        groups.append(group.name);
    m_carriedGroups->setText(
        groups.isEmpty()
            ? tr("The earlier phase has no steering groups to carry over.")
            : tr("Carried over from the earlier phase: the steering groups %1, with their "
                 "members and the units they follow that take part.")
                  .arg(groups.join(u", "_s)));
    m_carriedGroups->show();
    m_deadlinesChecked->show();
    shiftCarriedDeadlines();
    retranslate();
}

Campaign NewCampaignDialog::draft() const
{
    Campaign campaign;
    campaign.name = Text::simplified(m_name->text());
    campaign.phase = Text::simplified(m_phase->text());
    const auto starts = m_starts->date();
    campaign.startsOn = starts ? *starts : QDate();
    campaign.rootUnitId = m_root->unitId();
    for (const QString &level : m_levels->currentData().toStringList())
        campaign.levels.append({level, Period()});
    return campaign;
}

void NewCampaignDialog::offerLevelChoices()
{
    // The levels of the units in force below the root on the day it starts, top down.
    const int root = m_tree->indexOf(m_root->unitId());
    const auto starts = m_starts->date();
    const QDate day = starts && starts->isValid() ? *starts : QDate::currentDate();
    QSet<QString> present;
    if (root >= 0) {
        QList<int> stack{root};
        while (!stack.isEmpty()) {
            const int index = stack.takeLast();
            if (m_tree->at(index).isActiveOn(day) || index == root)
                present.insert(m_tree->at(index).level);
            stack.append(m_tree->children(index));
        }
    }
    QStringList chain;
    for (const Level &level : m_workspace.levels()) {
        if (present.contains(level.key))
            chain.append(level.key);
    }
    // Every level present, or the root's with the lowest only (the two-level structure).
    QList<QStringList> choices;
    if (!chain.isEmpty())
        choices.append(chain);
    if (chain.size() > 2)
        choices.append({chain.first(), chain.last()});

    const QStringList current = m_levels->currentData().toStringList();
    m_levels->clear();
    for (const QStringList &choice : std::as_const(choices)) {
        QStringList names;
        for (const QString &key : choice)
            names.append(m_workspace.level(key).displayName());
        m_levels->addItem(names.join(u" → "_s), choice);
    }
    const int kept = m_levels->findData(current);
    m_levels->setCurrentIndex(kept >= 0 ? kept : 0);
}

void NewCampaignDialog::rebuildLevelRows()
{
    const QStringList levels = m_levels->currentData().toStringList();
    QStringList shown;
    for (const LevelRow &row : std::as_const(m_levelRows))
        shown.append(row.level);
    if (shown == levels)
        return;
    QHash<QString, QString> phrases;
    for (const LevelRow &row : std::as_const(m_levelRows)) {
        phrases.insert(row.level, row.phrase->text());
        delete row.name;
        delete row.phrase;
        delete row.shown;
    }
    m_levelRows.clear();
    QWidget *page = this->page(DeadlinesPage);
    for (int i = 0; i < levels.size(); ++i) {
        LevelRow row;
        row.level = levels.at(i);
        row.name = new QLabel(page);
        row.phrase = new QLineEdit(page);
        row.phrase->setObjectName(u"deadline_"_s + row.level);
        row.name->setBuddy(row.phrase);
        row.shown = new QLabel(page);
        row.phrase->setText(phrases.value(row.level));
        if (m_source) {
            for (const CampaignLevel &level : m_source->campaign.levels) {
                if (level.level == row.level && level.deadline.isValid())
                    row.carried = level.deadline.text();
            }
        }
        m_levelGrid->addWidget(row.name, i, 0);
        m_levelGrid->addWidget(row.phrase, i, 1);
        m_levelGrid->addWidget(row.shown, i, 2);
        const QString level = row.level;
        connect(row.phrase, &QLineEdit::textEdited, this, [this, level] {
            for (LevelRow &entry : m_levelRows) {
                if (entry.level == level) {
                    entry.carried.clear(); // the clerk's own words now
                    showDeadline(entry);
                }
            }
        });
        m_levelRows.append(row);
    }
    m_levelGrid->setColumnStretch(1, 1);
    m_levelGrid->setColumnStretch(2, 1);
    shiftCarriedDeadlines();
    retranslate();
}

void NewCampaignDialog::shiftCarriedDeadlines()
{
    if (!m_source)
        return;
    const auto starts = m_starts->date();
    const int years =
        starts && starts->isValid() ? starts->year() - m_source->campaign.startsOn.year() : 0;
    for (LevelRow &row : m_levelRows) {
        if (row.carried.isEmpty())
            continue;
        for (const CampaignLevel &level : m_source->campaign.levels) {
            if (level.level != row.level)
                continue;
            const auto shifted = level.deadline.shiftedByYears(years);
            row.phrase->setText(shifted ? shifted->text() : level.deadline.text());
            row.carried = row.phrase->text();
        }
        showDeadline(row);
    }
    m_deadlinesChecked->setText(
        tr("The deadlines were moved by %n year(s) from the earlier phase: I have checked them.",
           nullptr, years));
}

void NewCampaignDialog::showDeadline(LevelRow &row)
{
    const QString text = Text::simplified(row.phrase->text());
    if (text.isEmpty()) {
        row.shown->setText(tr("no deadline"));
        FieldMark::setInvalid(row.phrase, false);
        return;
    }
    const auto starts = m_starts->date();
    const auto period = Period::parse(text, starts && starts->isValid() ? starts->year() : 0);
    FieldMark::setInvalid(row.phrase, !period);
    row.shown->setText(period ? tr("by %1").arg(Dates::text(period->last())) : period.error());
}

void NewCampaignDialog::addDocumentRow(const CampaignDocument &document, bool carried)
{
    const int row = m_documents->rowCount();
    m_documents->insertRow(row);
    auto *number = new QTableWidgetItem(document.number);
    if (carried) {
        // A document of the earlier phase is carried over only when left checked.
        number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
        number->setCheckState(Qt::Checked);
    }
    m_documents->setItem(row, DocumentNumber, number);
    m_documents->setItem(row, DocumentDate, new QTableWidgetItem(Dates::text(document.issuedOn)));
    m_documents->setItem(row, DocumentIssuer, new QTableWidgetItem(document.issuer));
    m_documents->setItem(row, DocumentTitle, new QTableWidgetItem(document.title));
}

void NewCampaignDialog::addSpecialRow()
{
    m_errors[SpecialPage]->hide();
    const auto unit = m_specialUnit->unit();
    if (!unit || *unit == 0) {
        showError(unit ? tr("Choose the unit first.") : unit.error());
        return;
    }
    const auto starts = m_starts->date();
    const auto period =
        Period::parse(m_specialPhrase->text(), starts && starts->isValid() ? starts->year() : 0);
    if (!period || !period->isValid()) {
        FieldMark::setInvalid(m_specialPhrase, true);
        showError(period ? tr("Write the deadline, such as “tháng 5/2020”.") : period.error());
        return;
    }
    FieldMark::setInvalid(m_specialPhrase, false);
    const int index = m_tree->indexOf(*unit);
    const QString level = m_specialKind->currentData().toString();
    const int row = m_special->rowCount();
    m_special->insertRow(row);
    auto *name = new QTableWidgetItem(m_tree->label(index));
    name->setData(UnitIdRole, *unit);
    auto *kind = new QTableWidgetItem(m_specialKind->currentText());
    kind->setData(LevelRole, level);
    m_special->setItem(row, SpecialUnit, name);
    m_special->setItem(row, SpecialKind, kind);
    m_special->setItem(row, SpecialPhrase, new QTableWidgetItem(period->text()));
    m_special->setItem(row, SpecialLast, new QTableWidgetItem(Dates::text(period->last())));
    m_special->resizeColumnsToContents();
    m_specialPhrase->clear();
    m_specialUnit->setUnitId(0);
    m_specialUnit->setFocus();
}

void NewCampaignDialog::removeSpecialRow()
{
    if (m_special->currentRow() >= 0)
        m_special->removeRow(m_special->currentRow());
}

void NewCampaignDialog::addParticipant()
{
    m_errors[ParticipantsPage]->hide();
    const auto unit = m_otherUnit->unit();
    if (!unit || *unit == 0) {
        showError(unit ? tr("Choose the unit to add first.") : unit.error());
        return;
    }
    const Unit &chosen = m_tree->at(m_tree->indexOf(*unit));
    if (!draft().levelKeys().contains(chosen.level)) {
        showError(tr("%1 cannot take part: its level does not take part in the campaign.")
                      .arg(chosen.name));
        return;
    }
    m_participants->addUnit(*unit);
    m_otherUnit->setUnitId(0);
}

void NewCampaignDialog::updateParticipantSummary()
{
    if (!m_participantSummary)
        return;
    const QHash<QString, int> counts = m_participants->countsByLevel();
    QStringList parts;
    int total = 0;
    for (const QString &level : draft().levelKeys()) {
        parts.append(
            tr("%1: %2").arg(m_workspace.level(level).displayName()).arg(counts.value(level)));
        total += counts.value(level);
    }
    const auto starts = m_starts->date();
    m_participantSummary->setText(
        tr("As of %1, %n unit(s) take part", nullptr, total)
            .arg(starts && starts->isValid() ? Dates::text(*starts) : QString())
        + (parts.isEmpty() ? QString() : u" (%1)."_s.arg(parts.join(u"; "_s))));
}

void NewCampaignDialog::initializePage(int id)
{
    if (id == DeadlinesPage) {
        rebuildLevelRows();
    } else if (id == SpecialPage) {
        retranslate();
        QList<qint64> units;
        for (const Conference &conference : m_participants->participants())
            units.append(conference.unitId);
        if (units.isEmpty()) {
            for (const Conference &conference :
                 CampaignRepository::participantsOf(draft(), m_tree->units()))
                units.append(conference.unitId);
        }
        std::sort(units.begin(), units.end(),
                  [this](qint64 a, qint64 b) { return m_tree->indexOf(a) < m_tree->indexOf(b); });
        m_specialUnit->setUnits(m_tree, units);
        m_specialUnit->setUnitId(0);
    } else if (id == ParticipantsPage) {
        const Campaign campaign = draft();
        const QString key =
            u"%1|%2|%3"_s.arg(campaign.rootUnitId)
                .arg(campaign.startsOn.toString(Qt::ISODate), campaign.levelKeys().join(u','));
        if (key != m_participantsShownFor) {
            QHash<QString, QString> names;
            for (const Level &level : m_workspace.levels())
                names.insert(level.key, level.displayName());
            m_participants->setCampaign(m_tree, campaign, names);
            m_participantsShownFor = key;
            m_participantView->expand(m_participants->index(0, 0));
            // Names, codes and levels whole; the note takes what is left.
            for (const int column : {int(ParticipantModel::Name), int(ParticipantModel::Code),
                                     int(ParticipantModel::Level)})
                m_participantView->resizeColumnToContents(column);
            QList<qint64> others;
            for (int i = 0; i < m_tree->size(); ++i) {
                if (campaign.levelKeys().contains(m_tree->at(i).level))
                    others.append(m_tree->at(i).id);
            }
            m_otherUnit->setUnits(m_tree, others);
            m_otherUnit->setUnitId(0);
        }
        updateParticipantSummary();
    }
    QWizard::initializePage(id);
}

void NewCampaignDialog::showError(const QString &message)
{
    QLabel *label = m_errors.value(currentId() >= 0 ? currentId() : 0);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool NewCampaignDialog::validateCurrentPage()
{
    showError(QString());
    const int id = currentId();
    if (id == CampaignPage) {
        const auto starts = m_starts->date();
        const auto root = m_root->unit();
        FieldMark::setInvalid(m_starts->lineEdit(), !starts || !starts->isValid());
        FieldMark::setInvalid(m_name, Text::simplified(m_name->text()).isEmpty());
        if (Text::simplified(m_name->text()).isEmpty()) {
            showError(tr("Write the campaign's name."));
            m_name->setFocus();
            return false;
        }
        if (!starts || !starts->isValid()) {
            showError(starts ? tr("Write the day the campaign starts (its directive's date).")
                             : starts.error());
            m_starts->lineEdit()->setFocus();
            return false;
        }
        if (!root || *root == 0) {
            showError(root ? tr("Choose the office's own unit.") : root.error());
            m_root->setFocus();
            return false;
        }
        if (m_levels->count() == 0) {
            showError(tr("No level takes part below this unit on that day."));
            return false;
        }
        return true;
    }
    if (id == DeadlinesPage) {
        for (LevelRow &row : m_levelRows) {
            showDeadline(row);
            if (FieldMark::isInvalid(row.phrase)) {
                showError(row.shown->text());
                row.phrase->setFocus();
                return false;
            }
        }
        for (int row = 0; row < m_documents->rowCount(); ++row) {
            if (cellText(m_documents, row, DocumentNumber).isEmpty()
                && cellText(m_documents, row, DocumentTitle).isEmpty()) {
                showError(tr("Document %1 needs its number or its title.").arg(row + 1));
                return false;
            }
            if (const auto date = Dates::parse(cellText(m_documents, row, DocumentDate)); !date) {
                showError(tr("Document %1: %2").arg(row + 1).arg(date.error()));
                return false;
            }
        }
        for (int row = 0; row < m_keyDates->rowCount(); ++row) {
            const auto date = Dates::parse(cellText(m_keyDates, row, 0));
            if (!date || !date->isValid()) {
                showError(tr("Key date %1: %2")
                              .arg(row + 1)
                              .arg(date ? tr("write the day.") : date.error()));
                return false;
            }
        }
        if (m_source && !m_deadlinesChecked->isChecked()) {
            showError(tr("The deadlines were carried over from the earlier phase: check them, "
                         "then tick the box."));
            m_deadlinesChecked->setFocus();
            return false;
        }
        return true;
    }
    return true;
}

Result<CampaignSpec> NewCampaignDialog::spec() const
{
    CampaignSpec spec;
    spec.campaign = draft();
    const auto starts = m_starts->date();
    const int year = starts && starts->isValid() ? starts->year() : 0;
    spec.campaign.levels.clear();
    for (const LevelRow &row : m_levelRows) {
        const QString text = Text::simplified(row.phrase->text());
        Period deadline;
        if (!text.isEmpty()) {
            const auto period = Period::parse(text, year);
            if (!period)
                return Failure{period.error()};
            deadline = *period;
        }
        spec.campaign.levels.append({row.level, deadline});
    }
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const QTableWidgetItem *number = m_documents->item(row, DocumentNumber);
        if (number && (number->flags() & Qt::ItemIsUserCheckable)
            && number->checkState() != Qt::Checked)
            continue;
        CampaignDocument document;
        document.number = cellText(m_documents, row, DocumentNumber);
        const auto issued = Dates::parse(cellText(m_documents, row, DocumentDate));
        document.issuedOn = issued ? *issued : QDate();
        document.issuer = cellText(m_documents, row, DocumentIssuer);
        document.title = cellText(m_documents, row, DocumentTitle);
        spec.campaign.documents.append(document);
    }
    for (int row = 0; row < m_keyDates->rowCount(); ++row) {
        const auto date = Dates::parse(cellText(m_keyDates, row, 0));
        spec.campaign.keyDates.append({0, date ? *date : QDate(), cellText(m_keyDates, row, 1)});
    }
    const auto codeOf = [this](qint64 unitId) {
        const int index = m_tree->indexOf(unitId);
        return index >= 0 ? m_tree->at(index).code : QString();
    };
    spec.rootCode = codeOf(spec.campaign.rootUnitId);
    spec.campaign.rootUnitId = 0;
    for (int row = 0; row < m_special->rowCount(); ++row) {
        const qint64 unit = m_special->item(row, SpecialUnit)->data(UnitIdRole).toLongLong();
        const QString level = m_special->item(row, SpecialKind)->data(LevelRole).toString();
        const auto period = Period::parse(m_special->item(row, SpecialPhrase)->text(), year);
        if (!period)
            return Failure{period.error()};
        CampaignSpec::UnitDeadline entry{codeOf(unit), level, *period, QString()};
        if (level.isEmpty())
            spec.pilots.append(entry);
        else
            spec.overrides.append(entry);
    }
    // The choices of the last page, when it was reached.
    if (!m_participantsShownFor.isEmpty()) {
        for (qint64 unitId : m_participants->excluded())
            spec.excludedCodes.append(codeOf(unitId));
        for (qint64 unitId : m_participants->added())
            spec.addedCodes.append(codeOf(unitId));
        spec.excludedCodes.sort();
        spec.addedCodes.sort();
    }
    if (m_source) {
        QSet<QString> taking;
        for (const Conference &conference : m_participants->participants())
            taking.insert(codeOf(conference.unitId));
        for (CampaignSpec::SteeringGroup group : m_source->steeringGroups) {
            group.unitCodes.erase(
                std::remove_if(group.unitCodes.begin(), group.unitCodes.end(),
                               [&taking](const QString &code) { return !taking.contains(code); }),
                group.unitCodes.end());
            spec.steeringGroups.append(group);
        }
    }
    return spec;
}

void NewCampaignDialog::accept()
{
    const auto description = spec();
    if (!description) {
        showError(description.error());
        return;
    }
    if (auto created = m_create(*description); !created) {
        showError(created.error());
        return;
    }
    QWizard::accept();
}
