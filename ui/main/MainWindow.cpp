#include "MainWindow.h"

#include "AppSettings.h"
#include "CampaignRepository.h"
#include "Dialogs.h"
#include "ExampleData.h"
#include "ImportUnitsDialog.h"
#include "OfficeSettings.h"
#include "ScheduleFilterModel.h"
#include "ScheduleModel.h"
#include "UnitFilterModel.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QWidget *panel(QLabel *title, QWidget *top, QWidget *body, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    if (top)
        layout->addWidget(top);
    layout->addWidget(body, 1);
    return widget;
}

QLabel *legendSwatch(const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, color);
    palette.setColor(QPalette::WindowText, Qt::black);
    label->setPalette(palette);
    label->setMargin(2);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_unitModel(new UnitTreeModel(this))
    , m_unitFilter(new UnitFilterModel(this))
    , m_scheduleModel(new ScheduleModel(this))
    , m_scheduleFilter(new ScheduleFilterModel(this))
{
    setObjectName(u"mainWindow"_s);
    m_unitFilter->setSourceModel(m_unitModel);
    m_scheduleFilter->setSourceModel(m_scheduleModel);
    createActions();
    createWidgets();
    createMenus();
    retranslate();
    resize(1280, 720);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QString MainWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/danvan.sqlite"_s;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);

    m_importAction = new QAction(this);
    m_importAction->setObjectName(u"importUnitsAction"_s);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importUnits);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_todayAction = new QAction(this);
    m_todayAction->setObjectName(u"todayAction"_s);
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_todayAction, &QAction::triggered, this, [this] { setAsOf(QDate::currentDate()); });

    m_showRetiredAction = new QAction(this);
    m_showRetiredAction->setObjectName(u"showRetiredAction"_s);
    m_showRetiredAction->setCheckable(true);
    m_showRetiredAction->setChecked(AppSettings::value(AppSettings::ShowRetiredUnits));
    m_unitFilter->setShowRetired(m_showRetiredAction->isChecked());
    connect(m_showRetiredAction, &QAction::toggled, this, [this](bool show) {
        m_unitFilter->setShowRetired(show);
        AppSettings::setValue(AppSettings::ShowRetiredUnits, show);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Each language is named in its own words, so that it can be found in either.
    m_languageGroup = new QActionGroup(this);
    m_vietnameseAction =
        new QAction(Translations::nativeName(Translations::Language::Vietnamese), m_languageGroup);
    m_englishAction =
        new QAction(Translations::nativeName(Translations::Language::English), m_languageGroup);
    m_vietnameseAction->setObjectName(u"vietnameseAction"_s);
    m_englishAction->setObjectName(u"englishAction"_s);
    for (QAction *action : {m_vietnameseAction, m_englishAction})
        action->setCheckable(true);
    (Translations::current() == Translations::Language::English ? m_englishAction
                                                                : m_vietnameseAction)
        ->setChecked(true);
    connect(m_vietnameseAction, &QAction::triggered, this,
            [this] { setLanguage(Translations::Language::Vietnamese); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(Translations::Language::English); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_todayAction);
    m_viewMenu->addAction(m_showRetiredAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createWidgets()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"campaignToolBar"_s);
    m_toolBar->setMovable(false);
    m_campaignLabel = new QLabel(this);
    m_campaignCombo = new QComboBox(this);
    m_campaignCombo->setObjectName(u"campaignCombo"_s);
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaignCombo->setMinimumContentsLength(30);
    m_campaignLabel->setBuddy(m_campaignCombo);
    m_asOfLabel = new QLabel(this);
    m_asOfEdit = new QDateEdit(QDate::currentDate(), this);
    m_asOfEdit->setObjectName(u"asOfEdit"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_toolBar->addWidget(m_campaignLabel);
    m_toolBar->addWidget(m_campaignCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_asOfLabel);
    m_toolBar->addWidget(m_asOfEdit);
    m_toolBar->addAction(m_todayAction);
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_campaignId = m_campaignCombo->currentData().toLongLong();
        loadSchedule();
    });
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_database && m_database->isOpen())
            m_scheduleModel->evaluate(
                date, OfficeSettings(*m_database).value(OfficeSettings::DueSoonDays));
        updateCounts();
    });

    m_unitSearch = new QLineEdit(this);
    m_unitSearch->setObjectName(u"unitSearch"_s);
    m_unitSearch->setClearButtonEnabled(true);
    connect(m_unitSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_unitFilter->setSearchText(text);
        if (!text.trimmed().isEmpty())
            m_unitView->expandAll();
    });
    m_unitView = new QTreeView(this);
    m_unitView->setObjectName(u"unitTree"_s);
    m_unitView->setModel(m_unitFilter);
    m_unitView->setUniformRowHeights(true);
    m_unitView->setAlternatingRowColors(true);
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::Stretch);
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::Code, QHeaderView::ResizeToContents);
    m_unitView->header()->setStretchLastSection(false);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showUnitInSchedule(current); });

    m_scheduleView = new QTableView(this);
    m_scheduleView->setObjectName(u"scheduleView"_s);
    m_scheduleView->setModel(m_scheduleFilter);
    m_scheduleView->setSortingEnabled(true);
    m_scheduleView->sortByColumn(ScheduleModel::Unit, Qt::AscendingOrder);
    m_scheduleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scheduleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scheduleView->setWordWrap(false);
    m_scheduleView->verticalHeader()->hide();
    m_scheduleView->verticalHeader()->setDefaultSectionSize(m_scheduleView->fontMetrics().height()
                                                            + 8);
    m_scheduleView->horizontalHeader()->setHighlightSections(false);
    m_scheduleView->horizontalHeader()->setSectionsMovable(true);
    connect(m_scheduleView, &QTableView::activated, this, &MainWindow::showUnitInTree);

    m_scheduleEmpty = new QLabel(this);
    m_scheduleEmpty->setObjectName(u"scheduleEmpty"_s);
    m_scheduleEmpty->setAlignment(Qt::AlignCenter);
    m_scheduleEmpty->setWordWrap(true);
    m_scheduleStack = new QStackedWidget(this);
    m_scheduleStack->addWidget(m_scheduleView);
    m_scheduleStack->addWidget(m_scheduleEmpty);

    m_unitsTitle = new QLabel(this);
    m_scheduleTitle = new QLabel(this);
    m_scheduleTitle->setObjectName(u"scheduleTitle"_s);
    m_scheduleTitle->setWordWrap(true);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(panel(m_unitsTitle, m_unitSearch, m_unitView, m_splitter));
    m_splitter->addWidget(panel(m_scheduleTitle, nullptr, m_scheduleStack, m_splitter));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({340, 940});
    setCentralWidget(m_splitter);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_overdueLegend = legendSwatch(QColor(0xF8, 0xD7, 0xD4), this);
    m_dueSoonLegend = legendSwatch(QColor(0xFC, 0xEB, 0xC0), this);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_overdueLegend);
    statusBar()->addPermanentWidget(m_dueSoonLegend);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New…"));
    m_newAction->setStatusTip(tr("Create a new, empty danvan file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open another danvan file"));
    m_importAction->setText(tr("&Import units…"));
    m_importAction->setStatusTip(
        tr("Import units from the national register's CSV export or a hierarchy file"));
    m_quitAction->setText(tr("&Quit"));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Show the statuses as of today (Ctrl+T)"));
    m_showRetiredAction->setText(tr("Show &retired units"));
    m_aboutAction->setText(tr("&About danvan"));

    m_toolBar->setWindowTitle(tr("Campaign"));
    m_campaignLabel->setText(tr("&Campaign:") + u' ');
    m_asOfLabel->setText(u"  "_s + tr("&As of:") + u' ');
    m_asOfEdit->setToolTip(tr("The day the statuses are computed for: today, or a day you "
                              "pick to see the situation then"));
    m_unitsTitle->setText(tr("Units"));
    m_unitSearch->setPlaceholderText(tr("Search units (accents not needed)"));
    m_overdueLegend->setText(tr("Overdue"));
    m_dueSoonLegend->setText(tr("Due soon"));
    m_scheduleEmpty->setText(
        m_tree && m_tree->size() > 0
            ? tr("This file has no campaign yet.")
            : tr("This file has no units yet. Import the national register's list of units "
                 "with File → Import units."));

    m_unitModel->retranslate();
    m_scheduleModel->retranslate();
    updateTitle();
    updateCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_asOfEdit->setLocale(QLocale());
        m_unitView->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(AppSettings::value(AppSettings::WindowGeometry));
    restoreState(AppSettings::value(AppSettings::WindowState));
    const QByteArray splitter = AppSettings::value(AppSettings::SplitterState);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveLayout()
{
    AppSettings::setValue(AppSettings::WindowGeometry, saveGeometry());
    AppSettings::setValue(AppSettings::WindowState, saveState());
    AppSettings::setValue(AppSettings::SplitterState, m_splitter->saveState());
    AppSettings::setValue(AppSettings::ScheduleHeader,
                          m_scheduleView->horizontalHeader()->saveState());
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->filePath() : QString();
}

QDate MainWindow::asOf() const
{
    return m_asOfEdit->date();
}

void MainWindow::setAsOf(QDate date)
{
    m_asOfEdit->setDate(date);
}

bool MainWindow::openDatabase(const QString &path, OpenIntent intent)
{
    auto database = std::make_unique<Database>();
    const bool creating = intent != OpenIntent::Existing;
    if (creating && QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        MessageBox::warning(this, tr("New file"),
                            tr("“%1” already exists. Choose a new name, or open it with "
                               "File → Open.")
                                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const auto opened = database->open(
        path, creating ? Database::OpenMode::CreateIfMissing : Database::OpenMode::Existing);
    if (!opened) {
        MessageBox::warning(this, tr("Cannot open the file"), opened.error());
        return false;
    }
    if (intent == OpenIntent::NewExample) {
        if (const auto built = ExampleData::build(*database); !built) {
            MessageBox::warning(this, tr("Cannot create the example"), built.error());
            database->close();
            QFile::remove(path);
            return false;
        }
    }
    if (!database->migrationBackupPath().isEmpty()) {
        MessageBox::information(
            this, tr("File updated"),
            tr("“%1” was made by an older danvan and has been updated. A copy of it as it was "
               "is kept in “%2”.")
                .arg(QDir::toNativeSeparators(path),
                     QDir::toNativeSeparators(database->migrationBackupPath())));
    }
    m_database = std::move(database);
    m_campaignId = 0;
    AppSettings::setValue(AppSettings::LastFile, QFileInfo(path).absoluteFilePath());
    reload();
    return true;
}

void MainWindow::reload()
{
    const auto units = UnitRepository(*m_database).all();
    const auto levels = UnitRepository(*m_database).levels();
    const auto campaigns = CampaignRepository(*m_database).all();
    if (!units || !levels || !campaigns) {
        MessageBox::warning(this, tr("Cannot read the file"),
                            !units        ? units.error()
                                : !levels ? levels.error()
                                          : campaigns.error());
        return;
    }
    m_tree = std::make_shared<const UnitTree>(*units);
    m_unitModel->setTree(m_tree, *levels);
    // Provinces open, so that the districts are in view.
    for (int row = 0; row < m_unitFilter->rowCount(); ++row)
        m_unitView->expand(m_unitFilter->index(row, 0));

    const qint64 previous = m_campaignId;
    {
        const QSignalBlocker blocker(m_campaignCombo);
        m_campaignCombo->clear();
        for (const Campaign &campaign : *campaigns)
            m_campaignCombo->addItem(campaign.name, campaign.id);
        const int keep = m_campaignCombo->findData(previous);
        // The newest campaign is the one a clerk is working on.
        m_campaignCombo->setCurrentIndex(keep >= 0 ? keep : m_campaignCombo->count() - 1);
    }
    m_campaignCombo->setEnabled(m_campaignCombo->count() > 0);
    m_campaignId = m_campaignCombo->currentData().toLongLong();
    loadSchedule();
    retranslate();
}

void MainWindow::loadSchedule()
{
    if (!m_database || !m_tree || m_campaignId == 0) {
        m_scheduleModel->setSchedule(std::nullopt);
        m_scheduleStack->setCurrentWidget(m_scheduleEmpty);
        m_scheduleTitle->clear();
        updateCounts();
        return;
    }
    auto schedule = Schedule::load(*m_database, *m_tree, m_campaignId);
    if (!schedule) {
        MessageBox::warning(this, tr("Cannot read the file"), schedule.error());
        return;
    }
    schedule.value().evaluate(asOf(),
                              OfficeSettings(*m_database).value(OfficeSettings::DueSoonDays));
    const QByteArray header = AppSettings::value(AppSettings::ScheduleHeader);
    m_scheduleModel->setSchedule(std::move(schedule.value()));
    m_scheduleStack->setCurrentWidget(m_scheduleView);
    if (header.isEmpty() || !m_scheduleView->horizontalHeader()->restoreState(header)) {
        // Fit the contents, but let no long text (a warning, a long name) push the other
        // columns out of sight; the full text is in the tooltip.
        m_scheduleView->resizeColumnsToContents();
        const int widest = m_scheduleView->fontMetrics().averageCharWidth() * 36;
        for (int column = 0; column < ScheduleModel::ColumnCount; ++column) {
            m_scheduleView->setColumnWidth(column,
                                           std::min(m_scheduleView->columnWidth(column), widest));
        }
    }
    m_scheduleView->sortByColumn(m_scheduleView->horizontalHeader()->sortIndicatorSection(),
                                 m_scheduleView->horizontalHeader()->sortIndicatorOrder());
    updateCounts();
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString path = databasePath();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("danvan")
                                  : tr("%1 – danvan").arg(QFileInfo(path).fileName()));
    const Schedule *schedule = m_scheduleModel->schedule();
    if (!schedule) {
        m_scheduleTitle->setText(tr("Conference schedule"));
        return;
    }
    QStringList levels;
    for (const CampaignLevel &level : schedule->campaign().levels) {
        const QString name = schedule->level(level.level).displayName();
        if (level.deadline.isValid())
            levels.append(tr("%1: %2").arg(name, level.deadline.last().toString(u"dd/MM/yyyy"_s)));
    }
    m_scheduleTitle->setText(
        levels.isEmpty() ? tr("Conference schedule")
                         : tr("Conference schedule · deadlines: %1").arg(levels.join(u" · "_s)));
}

void MainWindow::updateCounts()
{
    const Schedule *schedule = m_scheduleModel->schedule();
    if (!schedule) {
        m_countsLabel->setText(m_tree ? tr("%n unit(s)", nullptr, m_tree->size()) : QString());
        return;
    }
    const Schedule::Counts counts = schedule->counts();
    QString text = tr("As of %1: %n unit(s) taking part", nullptr, counts.total)
                       .arg(schedule->asOf().toString(u"dd/MM/yyyy"_s));
    text += u" · "_s + tr("%n held", nullptr, counts.held);
    text += u" · "_s + tr("%n scheduled", nullptr, counts.scheduled);
    text += u" · "_s + tr("%n due soon", nullptr, counts.dueSoon);
    text += u" · "_s + tr("%n overdue", nullptr, counts.overdue);
    if (counts.orderWarnings > 0)
        text += u" · "_s + tr("%n held before the units below", nullptr, counts.orderWarnings);
    m_countsLabel->setText(text);
}

void MainWindow::newFile()
{
    const QString folder =
        QFileInfo(databasePath().isEmpty() ? defaultDatabasePath() : databasePath()).absolutePath();
    const QString path = FileDialog::saveFileName(this, tr("New danvan file"),
                                                  folder + u"/"_s + tr("new") + u".sqlite"_s,
                                                  tr("danvan files (*.sqlite *.db)"));
    if (!path.isEmpty())
        openDatabase(path, OpenIntent::NewEmpty);
}

void MainWindow::openFile()
{
    const QString folder =
        QFileInfo(databasePath().isEmpty() ? defaultDatabasePath() : databasePath()).absolutePath();
    const QString path = FileDialog::openFileName(
        this, tr("Open a danvan file"), folder, tr("danvan files (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, OpenIntent::Existing);
}

void MainWindow::importUnits()
{
    if (!m_database)
        return;
    ImportUnitsDialog dialog(AppSettings::value(AppSettings::LastImportFolder), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setValue(AppSettings::LastImportFolder,
                          QFileInfo(dialog.fileName()).absolutePath());
    UnitImporter importer(*m_database);
    importer.setEffectiveDate(dialog.effectiveDate());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = importer.importFile(dialog.fileName());
    QApplication::restoreOverrideCursor();
    if (!report) {
        MessageBox::warning(this, tr("The units were not imported"),
                            report.error() + u"\n\n"_s
                                + tr("Nothing was changed. Correct the file and import it "
                                     "again."));
        return;
    }
    reload();
    MessageBox::information(this, tr("Units imported"), report->summary());
}

void MainWindow::setLanguage(Translations::Language language)
{
    Translations::install(language);
    AppSettings::setValue(AppSettings::Language, Translations::code(language));
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About danvan"),
        tr("danvan %1\n\nFollows the summary conferences of the “Dân vận khéo” movement at "
           "every level: deadlines, pilots, who is on time and who is late, and what each "
           "conference reported.\n\nFree software under the MIT licence.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showUnitInSchedule(const QModelIndex &treeIndex)
{
    const qint64 unitId = treeIndex.data(UnitTreeModel::UnitIdRole).toLongLong();
    const int row = m_scheduleModel->rowOfUnit(unitId);
    if (row < 0)
        return;
    const QModelIndex index = m_scheduleFilter->mapFromSource(m_scheduleModel->index(row, 0));
    m_scheduleView->setCurrentIndex(index);
    m_scheduleView->scrollTo(index);
}

void MainWindow::showUnitInTree(const QModelIndex &scheduleIndex)
{
    const qint64 unitId = scheduleIndex.data(ScheduleModel::UnitIdRole).toLongLong();
    const QModelIndex index = m_unitFilter->mapFromSource(m_unitModel->indexOfUnit(unitId));
    if (!index.isValid())
        return;
    m_unitView->setCurrentIndex(index);
    m_unitView->scrollTo(index);
}
