#include "CampaignView.h"

#include "CampaignDocumentModel.h"
#include "CampaignRepository.h"
#include "Dates.h"
#include "DeadlineRules.h"
#include "DeferUntilShown.h"
#include "DocumentDialog.h"
#include "Edits.h"
#include "FieldUndo.h"
#include "InputFields.h"
#include "SpecialDeadlineModel.h"
#include "StatusTints.h"
#include "Text.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab goes on to the next control; the arrows move inside the table.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    // Room for the header and three rows; the page scrolls rather than squeeze them more.
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height()
                           + view->verticalHeader()->defaultSectionSize() * 3
                           + view->frameWidth() * 2);
    // Its own height hint would make the scroll area scroll at once: take what is left.
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
}

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

CampaignView::CampaignView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_documentModel(new CampaignDocumentModel(this))
    , m_specialModel(new SpecialDeadlineModel(this))
    , m_title(new QLabel(this))
    , m_newCampaignButton(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_keyDates(new QLabel(this))
    , m_refusal(new QLabel(this))
    , m_documentsBox(new QGroupBox(this))
    , m_documentView(new QTableView(this))
    , m_addDocumentButton(new QPushButton(this))
    , m_editDocumentButton(new QPushButton(this))
    , m_removeDocumentButton(new QPushButton(this))
    , m_documentMessage(messageLabel(this, u"documentsMessage"_s))
    , m_levelsBox(new QGroupBox(this))
    , m_levelGrid(new QGridLayout)
    , m_levelMessage(messageLabel(this, u"levelDeadlineMessage"_s))
    , m_levelWarning(messageLabel(this, u"levelDeadlineWarning"_s))
    , m_specialBox(new QGroupBox(this))
    , m_specialView(new QTableView(this))
    , m_removeSpecialButton(new QPushButton(this))
    , m_specialMessage(messageLabel(this, u"specialDeadlineMessage"_s))
{
    m_deferral = new DeferUntilShown(this, [this] { reload(); });
    m_fieldUndo = new FieldUndo(this);
    setObjectName(u"campaignView"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_title, "campaignTitle"},
        {m_details, "campaignDetails"},
        {m_keyDates, "campaignKeyDates"},
        {m_refusal, "campaignRefusal"},
        {m_documentsBox, "documentsBox"},
        {m_documentView, "documentView"},
        {m_addDocumentButton, "addDocumentButton"},
        {m_editDocumentButton, "editDocumentButton"},
        {m_removeDocumentButton, "removeDocumentButton"},
        {m_levelsBox, "levelDeadlinesBox"},
        {m_specialBox, "specialDeadlinesBox"},
        {m_specialView, "specialDeadlineView"},
        {m_removeSpecialButton, "removeSpecialDeadlineButton"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_details, m_keyDates, m_refusal})
        label->setWordWrap(true);
    m_refusal->hide();
    for (QLabel *label : {m_title, m_details, m_keyDates})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_documentView->setModel(m_documentModel);
    setUpTable(m_documentView);
    // Numbers and dates whole; the issuer as wide as a short name, the title the rest.
    QHeaderView *documentHeader = m_documentView->horizontalHeader();
    documentHeader->setSectionResizeMode(CampaignDocumentModel::Number,
                                         QHeaderView::ResizeToContents);
    documentHeader->setSectionResizeMode(CampaignDocumentModel::Date,
                                         QHeaderView::ResizeToContents);
    documentHeader->resizeSection(CampaignDocumentModel::Issuer,
                                  fontMetrics().horizontalAdvance(u'M') * 12);
    m_specialView->setModel(m_specialModel);
    setUpTable(m_specialView);
    QHeaderView *specialHeader = m_specialView->horizontalHeader();
    // Whole names first: a narrow page scrolls the list sideways rather than cut them.
    specialHeader->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_addDocumentButton);
    documentButtons->addWidget(m_editDocumentButton);
    documentButtons->addWidget(m_removeDocumentButton);
    documentButtons->addStretch();
    auto *documentsLayout = new QVBoxLayout(m_documentsBox);
    documentsLayout->addWidget(m_documentView, 1);
    documentsLayout->addLayout(documentButtons);
    documentsLayout->addWidget(m_documentMessage);

    m_levelGrid->setColumnStretch(1, 1);
    m_levelGrid->setColumnStretch(2, 2);
    auto *levelsLayout = new QVBoxLayout(m_levelsBox);
    levelsLayout->addLayout(m_levelGrid);
    levelsLayout->addWidget(m_levelMessage);
    QPalette warningPalette = m_levelWarning->palette();
    warningPalette.setColor(QPalette::WindowText, StatusTints::warningText());
    m_levelWarning->setPalette(warningPalette);
    levelsLayout->addWidget(m_levelWarning);
    levelsLayout->addStretch();

    auto *specialButtons = new QHBoxLayout;
    specialButtons->addWidget(m_removeSpecialButton);
    specialButtons->addStretch();
    auto *specialLayout = new QVBoxLayout(m_specialBox);
    specialLayout->addWidget(m_specialView, 1);
    specialLayout->addLayout(specialButtons);
    specialLayout->addWidget(m_specialMessage);

    // With large fonts the page may not fit: it scrolls rather than cutting anything off.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    m_newCampaignButton->setObjectName(u"campaignPageNewCampaign"_s);
    connect(m_newCampaignButton, &QPushButton::clicked, this, &CampaignView::newCampaignRequested);
    contentLayout->addWidget(m_newCampaignButton, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_details);
    contentLayout->addWidget(m_keyDates);
    contentLayout->addWidget(m_refusal);
    contentLayout->addWidget(m_documentsBox, 3);
    contentLayout->addWidget(m_levelsBox);
    contentLayout->addWidget(m_specialBox, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"campaignScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_addDocumentButton, &QPushButton::clicked, this, &CampaignView::addDocument);
    connect(m_editDocumentButton, &QPushButton::clicked, this, &CampaignView::editDocument);
    connect(m_removeDocumentButton, &QPushButton::clicked, this, &CampaignView::removeDocument);
    connect(m_documentView, &QTableView::activated, this, &CampaignView::editDocument);
    connect(m_removeSpecialButton, &QPushButton::clicked, this,
            &CampaignView::removeSpecialDeadline);
    connect(m_specialView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit unitActivated(index.data(SpecialDeadlineModel::UnitIdRole).toLongLong());
    });
    connect(m_documentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignView::updateButtons);
    connect(m_specialView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignView::updateButtons);
    new QShortcut(QKeySequence::Delete, m_documentView, this, &CampaignView::removeDocument,
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_specialView, this, &CampaignView::removeSpecialDeadline,
                  Qt::WidgetShortcut);

    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Schedule | Workspace::Change::Documents
               | Workspace::Change::Campaigns | Workspace::Change::Units))
            reload();
    });
    connect(&m_workspace, &Workspace::opened, this, [this] {
        for (QLabel *label : {m_documentMessage, m_levelMessage, m_specialMessage})
            showMessage(label, QString());
        reload();
    });
    connect(&m_workspace, &Workspace::campaignChanged, this, &CampaignView::reload);

    retranslate();
    reload();
}

CampaignView::~CampaignView()
{
    // ~QWidget takes the focus from a deadline being typed, and the field's editingFinished
    // would then call commitLevel() on this view, already destroyed: cut those first.
    for (const QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
}

void CampaignView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void CampaignView::retranslate()
{
    setWindowTitle(tr("Campaign"));
    m_documentsBox->setTitle(tr("Documents"));
    m_documentView->setAccessibleName(tr("Documents"));
    if (auto *scroll = findChild<QScrollArea *>(u"campaignScroll"_s))
        scroll->setAccessibleName(tr("Campaign"));
    // Alt+letters that the menus and the unit panel beside the page leave free.
    m_addDocumentButton->setText(tr("A&dd…"));
    m_addDocumentButton->setToolTip(tr("Add a directive, plan or guidance of the campaign"));
    m_editDocumentButton->setText(tr("Edit…"));
    m_removeDocumentButton->setText(tr("Rem&ove"));
    m_levelsBox->setTitle(tr("Deadlines of the levels, as the directive writes them"));
    const QString hint = tr("Write the deadline as the directive does (cuối tháng 6-2020, "
                            "giữa tháng 9-2020, tháng 5/2020, 30/06/2020) and press Enter.");
    m_levelsBox->setToolTip(hint);
    for (const LevelRow &row : std::as_const(m_levelRows)) {
        row.phrase->setToolTip(hint);
        row.phrase->setPlaceholderText(tr("no deadline"));
    }
    m_specialBox->setTitle(tr("Units' own deadlines and pilots"));
    m_specialView->setAccessibleName(tr("Units' own deadlines and pilots"));
    m_removeSpecialButton->setText(tr("Remove"));
    m_specialView->setToolTip(tr("Double-click a unit to open it"));
    m_documentModel->retranslate();
    m_specialModel->retranslate();
}

void CampaignView::showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

bool CampaignView::run(const Result<void> &done, QLabel *messageLabel)
{
    if (!done) {
        showMessage(messageLabel, done.error());
        return false;
    }
    showMessage(messageLabel, QString());
    return true;
}

void CampaignView::reload()
{
    if (m_deferral->defer())
        return;
    m_campaign.reset();
    if (m_workspace.isOpen() && m_workspace.campaignId() != 0) {
        // Read afresh: a level's deadline is an edit of the schedule, not of the list of
        // campaigns the workspace keeps.
        auto campaign = CampaignRepository(m_workspace.database()).byId(m_workspace.campaignId());
        if (campaign)
            m_campaign = std::move(campaign.value());
        else
            showMessage(m_documentMessage, campaign.error());
    }
    showHeader();

    const QModelIndex current = m_documentView->currentIndex();
    const qint64 keptDocument =
        current.isValid() ? current.data(CampaignDocumentModel::DocumentIdRole).toLongLong() : 0;
    m_documentModel->setDocuments(m_campaign ? m_campaign->documents : QList<CampaignDocument>());
    if (const int row = m_documentModel->rowOfDocument(keptDocument); row >= 0)
        m_documentView->selectRow(row);

    showLevels();
    showSpecialDeadlines();
    for (QWidget *box : std::initializer_list<QWidget *>{m_documentsBox, m_levelsBox, m_specialBox})
        box->setEnabled(m_campaign.has_value());
    updateButtons();
}

void CampaignView::showHeader()
{
    m_newCampaignButton->setText(tr("&New campaign…"));
    m_newCampaignButton->setVisible(!m_campaign && m_workspace.isOpen());
    m_newCampaignButton->setEnabled(m_workspace.units()->size() > 0);
    if (!m_campaign) {
        m_title->setText(m_workspace.isOpen()
                             ? tr("There is no campaign yet.")
                             : tr("Nothing is open: open a file or connect to a server."));
        m_details->clear();
        m_keyDates->hide();
        return;
    }
    const auto units = m_workspace.units();
    const int root = units->indexOf(m_campaign->rootUnitId);
    m_title->setText(m_campaign->name);
    QStringList details;
    if (!m_campaign->phase.isEmpty())
        details.append(tr("Phase %1").arg(m_campaign->phase));
    if (root >= 0)
        details.append(tr("%1 and the units below it").arg(units->label(root)));
    if (m_campaign->startsOn.isValid())
        details.append(tr("from %1").arg(Dates::text(m_campaign->startsOn)));
    if (m_campaign->closed)
        details.append(tr("closed: it can be read, printed and exported, not changed"));
    m_details->setText(details.join(u" · "_s));
    QStringList dates;
    for (const CampaignDate &date : m_campaign->keyDates)
        dates.append(tr("%1: %2").arg(Dates::text(date.date), date.label));
    m_keyDates->setText(tr("Key dates: %1").arg(dates.join(u"; "_s)));
    m_keyDates->setVisible(!dates.isEmpty());
}

void CampaignView::showLevels()
{
    const QList<CampaignLevel> levels = m_campaign ? m_campaign->levels : QList<CampaignLevel>();
    QStringList keys;
    for (const CampaignLevel &level : levels)
        keys.append(level.level);
    QStringList shownKeys;
    for (const LevelRow &row : m_levelRows)
        shownKeys.append(row.level);
    if (keys != shownKeys) {
        // Another campaign, with other levels: new fields. (Never while one of these fields is
        // being saved: a level's deadline changes no campaign's levels.)
        for (const LevelRow &row : m_levelRows) {
            for (QWidget *widget :
                 std::initializer_list<QWidget *>{row.name, row.phrase, row.shown})
                widget->deleteLater();
        }
        m_levelRows.clear();
        showMessage(m_levelMessage, QString());
        for (int i = 0; i < keys.size(); ++i) {
            LevelRow row;
            row.level = keys.at(i);
            row.name = new QLabel(m_levelsBox);
            row.phrase = new QLineEdit(m_levelsBox);
            row.shown = new QLabel(m_levelsBox);
            row.phrase->setObjectName(u"levelDeadline_"_s + row.level);
            row.shown->setObjectName(u"levelDeadlineShown_"_s + row.level);
            row.phrase->setMinimumWidth(fontMetrics().horizontalAdvance(u"giữa tháng 12-2020"_s)
                                        + 16);
            row.phrase->setPlaceholderText(tr("no deadline"));
            row.phrase->setToolTip(m_levelsBox->toolTip());
            row.shown->setWordWrap(true);
            row.name->setBuddy(row.phrase);
            m_levelGrid->addWidget(row.name, i, 0);
            m_levelGrid->addWidget(row.phrase, i, 1);
            m_levelGrid->addWidget(row.shown, i, 2);
            const QString key = row.level;
            connect(row.phrase, &QLineEdit::textEdited, this, [this, key] { previewLevel(key); });
            connect(row.phrase, &QLineEdit::editingFinished, this,
                    [this, key] { commitLevel(key); });
            m_fieldUndo->addField(row.phrase);
            m_levelRows.append(row);
        }
    }
    for (int i = 0; i < m_levelRows.size(); ++i) {
        LevelRow &row = m_levelRows[i];
        const Period deadline = levels.at(i).deadline;
        row.name->setText(tr("%1:").arg(m_workspace.level(row.level).displayName()));
        // A phrase that was refused, or is being typed, stays until the clerk changes it.
        if (!FieldMark::isInvalid(row.phrase)
            && !(row.phrase->hasFocus() && row.phrase->isModified()))
            row.phrase->setText(deadline.isValid() ? deadline.text() : QString());
        if (!FieldMark::isInvalid(row.phrase))
            row.shown->setText(deadline.isValid() ? deadlineText(deadline) : tr("no deadline"));
    }
    // A level's deadline after that of a level above is kept, with a warning, as the order
    // warnings of conferences are.
    QStringList warnings;
    if (m_campaign) {
        const auto levelName = [this](const QString &key) {
            return m_workspace.level(key).displayName();
        };
        for (const auto &conflict : DeadlineRules::levelConflicts(*m_campaign))
            warnings.append(DeadlineRules::describeConflict(conflict, levelName));
    }
    showMessage(m_levelWarning, warnings.join(u'\n'));
}

QString CampaignView::deadlineText(const Period &deadline)
{
    // A day says itself; a period says its last day and what it is.
    if (deadline.kind() == Period::Kind::Day
        || Text::searchKey(deadline.describe()) == Text::searchKey(deadline.text()))
        return tr("by %1").arg(Dates::text(deadline.last()));
    return tr("by %1 (%2)").arg(Dates::text(deadline.last()), deadline.describe());
}

void CampaignView::previewLevel(const QString &level)
{
    for (LevelRow &row : m_levelRows) {
        if (row.level != level)
            continue;
        const auto period =
            Period::parse(row.phrase->text(), m_campaign ? m_campaign->startsOn.year() : 0);
        row.shown->setText(period ? deadlineText(*period) : QString());
    }
}

void CampaignView::commitLevel(const QString &level)
{
    if (!m_campaign)
        return;
    LevelRow *row = nullptr;
    for (LevelRow &entry : m_levelRows) {
        if (entry.level == level)
            row = &entry;
    }
    if (!row)
        return;
    Period after;
    if (!Text::simplified(row->phrase->text()).isEmpty()) {
        const auto parsed = Period::parse(row->phrase->text(), m_campaign->startsOn.year());
        if (!parsed) {
            FieldMark::setInvalid(row->phrase, true);
            row->shown->clear();
            showMessage(m_levelMessage, parsed.error());
            return;
        }
        after = *parsed;
    }
    FieldMark::setInvalid(row->phrase, false);
    showMessage(m_levelMessage, QString());
    row->phrase->setModified(false);
    const Period before = m_campaign->deadlineFor(level);
    if (before == after && before.text() == after.text()) {
        showLevels();
        return;
    }
    run(m_workspace.edits().setLevelDeadline(m_campaign->id, level, before, after), m_levelMessage);
}

void CampaignView::showSpecialDeadlines()
{
    QList<SpecialDeadlineModel::Entry> entries;
    if (m_campaign) {
        CampaignRepository campaigns(m_workspace.database());
        const auto units = m_workspace.units();
        const auto overrides = campaigns.overrides(m_campaign->id);
        const auto pilots = campaigns.pilots(m_campaign->id);
        if (!overrides || !pilots)
            showMessage(m_specialMessage, !overrides ? overrides.error() : pilots.error());
        for (const DeadlineOverride &entry : overrides ? *overrides : QList<DeadlineOverride>()) {
            const int index = units->indexOf(entry.unitId);
            entries.append({entry.unitId, index, index >= 0 ? units->label(index) : QString(),
                            false, entry.level, m_workspace.level(entry.level).displayName(),
                            entry.deadline});
        }
        for (const Pilot &pilot : pilots ? *pilots : QList<Pilot>()) {
            const int index = units->indexOf(pilot.unitId);
            const QString level = index >= 0 ? units->at(index).level : QString();
            entries.append({pilot.unitId, index, index >= 0 ? units->label(index) : QString(), true,
                            level, m_workspace.level(level).displayName(), pilot.deadline});
        }
    }
    m_specialModel->setEntries(entries);
}

void CampaignView::updateButtons()
{
    // On a shared server, what this office may not change is greyed, and the page says why:
    // the campaign's documents and level deadlines are the campaign's unit's; a unit's own
    // deadline or pilot mark is that unit's.
    const QString refused = m_campaign ? m_workspace.refusalToChange() : QString();
    m_refusal->setText(refused.isEmpty()
                           ? QString()
                           : tr("%1 The campaign's documents and the deadlines of its levels "
                                "can be read here, not changed.")
                                 .arg(refused));
    m_refusal->setVisible(!refused.isEmpty());
    const bool mayChange = m_campaign && refused.isEmpty();
    const bool document = m_documentView->selectionModel()->hasSelection();
    m_addDocumentButton->setEnabled(mayChange);
    m_editDocumentButton->setEnabled(document && mayChange);
    m_removeDocumentButton->setEnabled(document && mayChange);
    for (const LevelRow &row : std::as_const(m_levelRows))
        row.phrase->setEnabled(mayChange);
    const QModelIndex special = m_specialView->currentIndex();
    const QString specialRefused =
        special.isValid() && m_specialView->selectionModel()->hasSelection()
        ? m_workspace.refusalToChange(special.data(SpecialDeadlineModel::UnitIdRole).toLongLong())
        : QString();
    m_removeSpecialButton->setEnabled(m_specialView->selectionModel()->hasSelection()
                                      && specialRefused.isEmpty());
    m_removeSpecialButton->setToolTip(
        specialRefused.isEmpty()
            ? tr("Remove the unit's own deadline or its pilot mark; the deadline above applies "
                 "again")
            : specialRefused);
}

void CampaignView::addDocument()
{
    if (!m_campaign)
        return;
    DocumentDialog dialog(m_workspace, m_campaign->id, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted && m_documentModel->rowCount() > 0)
        m_documentView->selectRow(m_documentModel->rowCount() - 1);
}

void CampaignView::editDocument()
{
    const QModelIndex current = m_documentView->currentIndex();
    // (A double click on a document this office may not change opens nothing.)
    if (!m_campaign || !current.isValid() || !m_editDocumentButton->isEnabled())
        return;
    DocumentDialog dialog(m_workspace, m_campaign->id, m_documentModel->document(current.row()),
                          this);
    dialog.exec();
}

void CampaignView::removeDocument()
{
    const QModelIndex current = m_documentView->currentIndex();
    if (!m_campaign || !current.isValid())
        return;
    run(m_workspace.edits().removeDocument(m_campaign->id,
                                           m_documentModel->document(current.row())),
        m_documentMessage);
}

void CampaignView::removeSpecialDeadline()
{
    const QModelIndex current = m_specialView->currentIndex();
    if (!m_campaign || !current.isValid())
        return;
    const SpecialDeadlineModel::Entry entry = m_specialModel->entry(current.row());
    Edits edits = m_workspace.edits();
    run(entry.pilot ? edits.setPilotDeadline(m_campaign->id, entry.unitId, entry.deadline,
                                             std::nullopt, entry.unitLabel)
                    : edits.setSpecialDeadline(m_campaign->id, entry.unitId, entry.level,
                                               entry.deadline, std::nullopt, entry.unitLabel),
        m_specialMessage);
}
