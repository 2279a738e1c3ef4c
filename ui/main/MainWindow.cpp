#include "MainWindow.h"

#include "AppSettings.h"
#include "CampaignRepository.h"
#include "CampaignSpec.h"
#include "CampaignView.h"
#include "CataloguesDialog.h"
#include "ConnectDialog.h"
#include "DashboardView.h"
#include "Database.h"
#include "Dates.h"
#include "Dialogs.h"
#include "Edits.h"
#include "ExemplarsView.h"
#include "ImportUnitsDialog.h"
#include "InputFields.h"
#include "Keyring.h"
#include "ManualWindow.h"
#include "NewCampaignDialog.h"
#include "OfficeSettingsDialog.h"
#include "RenameCampaignDialog.h"
#include "ReportActions.h"
#include "ResultsActions.h"
#include "RewardsView.h"
#include "Schedule.h"
#include "ScheduleView.h"
#include "ScreenReader.h"
#include "StatusTints.h"
#include "SteeringView.h"
#include "UnitExemplarsSection.h"
#include "UnitFilterModel.h"
#include "UnitHistorySection.h"
#include "UnitNameDelegate.h"
#include "UnitPanel.h"
#include "UnitRewardsSection.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <system_error>

using namespace Qt::StringLiterals;

namespace {

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

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_unitModel(new UnitTreeModel(this))
    , m_unitFilter(new UnitFilterModel(this))
{
    setObjectName(u"mainWindow"_s);
    ScreenReader::install();
    m_unitFilter->setSourceModel(m_unitModel);
    createActions();
    createWidgets();
    createMenus();
    retranslate();
    resize(1280, 720);
    restoreLayout();

    connect(&m_workspace, &Workspace::opened, this, &MainWindow::workspaceOpened);
    connect(&m_workspace, &Workspace::changed, this, &MainWindow::workspaceChanged);
    // The Campaign menu names the unit in the panel, and says whether it can be added or left
    // out, at every moment (not only when the menu opens: shortcuts and screen readers read it).
    connect(&m_workspace, &Workspace::changed, this, &MainWindow::updateCampaignActions);
    connect(m_panel, &UnitPanel::unitChanged, this, &MainWindow::updateCampaignActions);
    connect(&m_workspace, &Workspace::asOfChanged, this, [this](QDate date) {
        if (const auto shown = m_asOfEdit->date(); !shown || *shown != date)
            m_asOfEdit->setDate(date);
        FieldMark::setInvalid(m_asOfEdit->lineEdit(), false);
    });
    connect(&m_workspace, &Workspace::errorOccurred, this,
            [this](const QString &message) { MessageBox::warning(this, tr("danvan"), message); });
    connect(&m_workspace, &Workspace::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    connect(m_workspace.undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    if (m_workspace.isOpen()) {
        workspaceOpened();
        workspaceChanged(Workspace::everything());
    }
}

MainWindow::~MainWindow()
{
    // The "as of" field says it was left when the focus goes with the window: by then this is
    // no longer a MainWindow, so it must not be heard.
    if (m_asOfEdit)
        m_asOfEdit->disconnect(this);
}

QString MainWindow::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/danvan.sqlite"_s;
}

// An action of the window, named for tests and tools, that calls `slot` when triggered.
template<typename Slot>
QAction *MainWindow::newAction(const QString &objectName, Slot slot)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = newAction(u"openAction"_s, &MainWindow::openFile);
    m_openAction->setShortcut(QKeySequence::Open);
    m_connectAction = newAction(u"connectAction"_s, &MainWindow::connectToServer);

    m_importAction = newAction(u"importUnitsAction"_s, &MainWindow::importUnits);

    m_backupAction = newAction(u"backupAction"_s, &MainWindow::backUp);

    m_printAction = newAction(
        u"printAction"_s, [this] { ReportActions::print(m_workspace, currentReportKind(), this); });
    m_printAction->setShortcut(QKeySequence::Print);

    m_exportAction = newAction(u"exportAction"_s, [this] {
        showDone(ReportActions::exportReport(m_workspace, currentReportKind(), this));
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    m_importResultsAction = newAction(u"importResultsAction"_s, [this] {
        showDone(ResultsActions::importResults(m_workspace, this));
    });

    m_exportFormAction = newAction(u"exportFormAction"_s, [this] {
        showDone(ResultsActions::exportReportingForms(m_workspace, m_panel->unitId(), this));
    });
    m_exportCalendarAction = newAction(u"exportCalendarAction"_s, [this] {
        showDone(ReportActions::exportCalendar(m_workspace, this));
    });
    m_exportGroupCalendarsAction = newAction(u"exportGroupCalendarsAction"_s, [this] {
        showDone(ReportActions::exportGroupCalendars(m_workspace, this));
    });

    m_officeSettingsAction = newAction(u"officeSettingsAction"_s, &MainWindow::editOfficeSettings);
    m_officeSettingsAction->setMenuRole(QAction::PreferencesRole);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newCampaignAction = newAction(u"newCampaignAction"_s, &MainWindow::newCampaign);
    m_nextPhaseAction = newAction(u"nextPhaseAction"_s, &MainWindow::newCampaignFromThis);
    m_renameCampaignAction = newAction(u"renameCampaignAction"_s, &MainWindow::renameCampaign);
    m_closeCampaignAction = newAction(u"closeCampaignAction"_s, &MainWindow::closeCampaign);
    m_deleteCampaignAction = newAction(u"deleteCampaignAction"_s, &MainWindow::deleteCampaign);
    m_takePartAction = newAction(u"takePartAction"_s, [this] { setParticipation(true); });
    m_leaveOutAction = newAction(u"leaveOutAction"_s, [this] { setParticipation(false); });

    // Named by updateUndoActions(), in the language in use. The keys reach them from the
    // fields too (FieldUndo).
    QUndoStack *stack = m_workspace.undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);

    m_cataloguesAction = new QAction(this);
    m_cataloguesAction->setObjectName(u"cataloguesAction"_s);
    connect(m_cataloguesAction, &QAction::triggered, this, [this] {
        if (m_workspace.isOpen())
            CataloguesDialog(m_workspace, this).exec();
    });

    m_assignAction = new QAction(this);
    m_assignAction->setObjectName(u"assignGroupAction"_s);
    connect(m_assignAction, &QAction::triggered, this, [this] {
        const QList<qint64> units = m_scheduleView->selectedUnitIds();
        if (!units.isEmpty())
            m_steeringView->assignUnits(units);
    });

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_todayAction = newAction(u"todayAction"_s, [this] { setAsOf(QDate::currentDate()); });
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

    m_showRetiredAction = new QAction(this);
    m_showRetiredAction->setObjectName(u"showRetiredAction"_s);
    m_showRetiredAction->setCheckable(true);
    m_showRetiredAction->setChecked(AppSettings::value(AppSettings::ShowRetiredUnits));
    m_unitFilter->setShowRetired(m_showRetiredAction->isChecked());
    connect(m_showRetiredAction, &QAction::toggled, this, [this](bool show) {
        m_unitFilter->setShowRetired(show);
        AppSettings::setValue(AppSettings::ShowRetiredUnits, show);
    });

    m_manualAction = newAction(u"manualAction"_s, &MainWindow::showManual);
    m_manualAction->setShortcut(QKeySequence::HelpContents);
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
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importResultsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportFormAction);
    m_fileMenu->addAction(m_exportCalendarAction);
    m_fileMenu->addAction(m_exportGroupCalendarsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_assignAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_cataloguesAction);
    m_editMenu->addAction(m_officeSettingsAction);

    m_campaignMenu = menuBar()->addMenu(QString());
    m_campaignMenu->setObjectName(u"campaignMenu"_s);
    m_campaignMenu->addAction(m_newCampaignAction);
    m_campaignMenu->addAction(m_nextPhaseAction);
    m_campaignMenu->addSeparator();
    m_campaignMenu->addAction(m_renameCampaignAction);
    m_campaignMenu->addAction(m_closeCampaignAction);
    m_campaignMenu->addAction(m_deleteCampaignAction);
    m_campaignMenu->addSeparator();
    m_campaignMenu->addAction(m_takePartAction);
    m_campaignMenu->addAction(m_leaveOutAction);
    connect(m_campaignMenu, &QMenu::aboutToShow, this, &MainWindow::updateCampaignActions);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_todayAction);
    m_viewMenu->addAction(m_showRetiredAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_unitsDock->toggleViewAction());
    m_viewMenu->addAction(m_panelDock->toggleViewAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manualAction);
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
    // As wide as the campaigns' names, so that the one chosen is read whole, up to a width
    // that leaves the toolbar room on a 1366-pixel screen (the tooltip has the rest).
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaignCombo->setMaximumWidth(m_campaignCombo->fontMetrics().averageCharWidth() * 80);
    m_campaignLabel->setBuddy(m_campaignCombo);
    m_asOfLabel = new QLabel(this);
    // Typed as the conference's days are, and taken when the clerk presses Enter or leaves
    // it: the statuses are computed once, for the day typed, not at every keystroke.
    m_asOfEdit = new DateField(this);
    m_asOfEdit->setObjectName(u"asOfEdit"_s);
    m_asOfEdit->setDate(m_workspace.asOf());
    m_asOfEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_asOfLabel->setBuddy(m_asOfEdit);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"unitSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_toolBar->addWidget(m_campaignLabel);
    m_toolBar->addWidget(m_campaignCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_asOfLabel);
    m_toolBar->addWidget(m_asOfEdit);
    m_toolBar->addAction(m_todayAction);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_search);
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_campaignCombo->setToolTip(m_campaignCombo->currentText());
        m_workspace.setCampaignId(m_campaignCombo->currentData().toLongLong());
    });
    connect(m_asOfEdit, &DateField::editingFinished, this, [this] {
        const auto typed = m_asOfEdit->date();
        if (typed && typed->isValid()) {
            setAsOf(*typed);
            return;
        }
        // Refused in place; the statuses stay as they were.
        FieldMark::setInvalid(m_asOfEdit->lineEdit(), true);
        statusBar()->showMessage(
            (typed ? tr("Type the day to compute the statuses for, as dd/mm/yyyy.") : typed.error())
            + u' ' + tr("The statuses stay as of %1.").arg(Dates::text(m_workspace.asOf())));
    });
    // One search box for the tree and the schedule.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_unitFilter->setSearchText(text);
        m_scheduleView->setSearchText(text);
        // A search that finds a few hundred units opens them all. One that finds thousands
        // ("xa") opens the provinces only, as when the file was opened: thousands of open
        // rows are no help to read, and laying them out costs frames at every keystroke.
        constexpr int manyMatches = 500;
        if (!text.trimmed().isEmpty()) {
            if (m_unitFilter->matchCount(manyMatches + 1) <= manyMatches)
                m_unitView->expandAll();
            else
                openProvinces();
        }
    });

    m_unitView = new QTreeView(this);
    m_unitView->setObjectName(u"unitTree"_s);
    m_unitView->setModel(m_unitFilter);
    m_unitView->setUniformRowHeights(true);
    m_unitView->setAlternatingRowColors(true);
    // Names whole: each under its parent without the parent's name repeated, and a dock too
    // narrow for a long one scrolls sideways rather than cut it. The codes take the rest.
    m_unitView->setItemDelegateForColumn(UnitTreeModel::Name, new UnitNameDelegate(m_unitView));
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::Name, QHeaderView::ResizeToContents);
    m_unitView->header()->setSectionResizeMode(UnitTreeModel::Code, QHeaderView::ResizeToContents);
    // Measured on the rows in view and 250 more, not on every unit of a national tree.
    m_unitView->header()->setResizeContentsPrecision(250);
    m_unitView->header()->setStretchLastSection(true);
    connect(m_unitView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showUnit(current.data(UnitTreeModel::UnitIdRole).toLongLong());
            });
    // From the search to what it found by keys alone: Enter or Down goes to the first unit
    // found, in the tree; Enter there goes on to its conference.
    const auto toFirstMatch = [this] {
        const QModelIndex found = m_unitFilter->firstMatch();
        if (!found.isValid())
            return;
        m_unitsDock->show();
        m_unitsDock->raise();
        m_unitView->setCurrentIndex(found);
        m_unitView->scrollTo(found);
        m_unitView->setFocus(Qt::OtherFocusReason);
    };
    connect(m_search, &QLineEdit::returnPressed, this, toFirstMatch);
    auto *down =
        new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, toFirstMatch);
    connect(m_unitView, &QTreeView::activated, this, [this] {
        m_panelDock->show();
        m_panelDock->raise();
        m_panel->focusConference();
    });
    m_unitsDock = new QDockWidget(this);
    m_unitsDock->setObjectName(u"unitsDock"_s);
    m_unitsDock->setWidget(m_unitView);
    m_unitView->setMinimumWidth(m_unitView->fontMetrics().averageCharWidth() * 30);
    m_unitsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_unitsDock);

    m_panel = new UnitPanel(m_workspace, this);
    auto *panelScroll = new QScrollArea(this);
    panelScroll->setObjectName(u"unitPanelScroll"_s);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    // The panel follows the dock's width; only long content scrolls, downwards.
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panelScroll = panelScroll;
    panelScroll->setFrameShape(QFrame::NoFrame);
    m_panelDock = new QDockWidget(this);
    m_panelDock->setObjectName(u"unitDock"_s);
    m_panelDock->setWidget(panelScroll);
    m_panelDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    // Room in the tree for a commune's name three levels down, and its code.
    resizeDocks({m_unitsDock, m_panelDock},
                {m_unitView->fontMetrics().averageCharWidth() * 48, 380}, Qt::Horizontal);
    connect(m_panel, &UnitPanel::unitActivated, this, &MainWindow::showUnit);
    // The panel's sections: what the unit's conference commended and rewarded, and the
    // nominations it sent and received.
    auto *exemplarsSection = new UnitExemplarsSection(m_workspace, m_panel);
    exemplarsSection->setObjectName(u"unitExemplarsSection"_s);
    auto *rewardsSection = new UnitRewardsSection(m_workspace, m_panel);
    rewardsSection->setObjectName(u"unitRewardsSection"_s);
    m_panel->addSection(exemplarsSection);
    m_panel->addSection(rewardsSection);
    connect(m_panel, &UnitPanel::unitChanged, exemplarsSection, &UnitExemplarsSection::setUnit);
    connect(m_panel, &UnitPanel::unitChanged, rewardsSection, &UnitRewardsSection::setUnit);
    connect(exemplarsSection, &UnitExemplarsSection::unitActivated, this, &MainWindow::showUnit);
    // Since 2025: what the units that went into this one left behind.
    auto *historySection = new UnitHistorySection(m_workspace, m_panel);
    m_panel->addSection(historySection);
    connect(m_panel, &UnitPanel::unitChanged, historySection, &UnitHistorySection::setUnit);
    connect(historySection, &UnitHistorySection::unitActivated, this, &MainWindow::showUnit);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_scheduleView = new ScheduleView(m_workspace, this);
    addPage(m_scheduleView, u"schedulePage"_s);
    m_scheduleView->addRowAction(m_assignAction);
    connect(m_scheduleView, &ScheduleView::currentUnitChanged, this, &MainWindow::showUnit);
    connect(m_scheduleView, &ScheduleView::unitActivated, this, [this] {
        m_panelDock->show();
        m_panel->focusConference();
    });
    connect(m_scheduleView, &ScheduleView::countsChanged, this, &MainWindow::updateCounts);
    connect(m_scheduleView, &ScheduleView::importUnitsRequested, this, &MainWindow::importUnits);
    connect(m_scheduleView, &ScheduleView::newCampaignRequested, this, &MainWindow::newCampaign);
    connect(m_scheduleView, &ScheduleView::exampleRequested, this, &MainWindow::fillWithExample);
    auto *dashboard = new DashboardView(m_workspace, this);
    addPage(dashboard, u"dashboardPage"_s);
    connect(dashboard, &DashboardView::unitActivated, this, &MainWindow::showUnit);
    auto *exemplars = new ExemplarsView(m_workspace, this);
    addPage(exemplars, u"exemplarsPage"_s);
    connect(exemplars, &ExemplarsView::unitActivated, this, &MainWindow::showUnit);
    auto *rewards = new RewardsView(m_workspace, this);
    addPage(rewards, u"rewardsPage"_s);
    connect(rewards, &RewardsView::unitActivated, this, &MainWindow::showUnit);
    m_steeringView = new SteeringView(m_workspace, this);
    addPage(m_steeringView, u"steeringPage"_s);
    connect(m_steeringView, &SteeringView::unitActivated, this, &MainWindow::showUnit);
    auto *campaignView = new CampaignView(m_workspace, this);
    addPage(campaignView, u"campaignPage"_s);
    connect(campaignView, &CampaignView::unitActivated, this, &MainWindow::showUnit);
    connect(campaignView, &CampaignView::newCampaignRequested, this, &MainWindow::newCampaign);
    setCentralWidget(m_tabs);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_overdueLegend = legendSwatch(StatusTints::overdue(), this);
    m_dueSoonLegend = legendSwatch(StatusTints::dueSoon(), this);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_overdueLegend);
    statusBar()->addPermanentWidget(m_dueSoonLegend);
}

void MainWindow::addPage(QWidget *page, const QString &objectName)
{
    page->setObjectName(objectName);
    m_tabs->addTab(page, page->windowTitle());
    connect(page, &QWidget::windowTitleChanged, this, [this, page](const QString &title) {
        m_tabs->setTabText(m_tabs->indexOf(page), title);
    });
}

void MainWindow::retranslate()
{
    // Names for a screen reader, where no label names a control.
    m_search->setAccessibleName(tr("Search units"));
    m_unitView->setAccessibleName(tr("Units"));
    m_tabs->setAccessibleName(tr("Pages"));
    if (auto *panelScroll = findChild<QScrollArea *>(u"unitPanelScroll"_s))
        panelScroll->setAccessibleName(tr("Unit and its conference"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New…"));
    m_newAction->setStatusTip(tr("Create a new, empty danvan file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open another danvan file"));
    m_connectAction->setText(tr("Connect to a ser&ver…"));
    m_connectAction->setStatusTip(
        tr("Work on a database that several offices share on a PostgreSQL server"));
    m_importAction->setText(tr("&Import units…"));
    m_importAction->setStatusTip(
        tr("Import units from the national register's CSV export or a hierarchy file"));
    m_backupAction->setText(tr("&Back up…"));
    m_backupAction->setStatusTip(
        tr("Save a complete copy of the data in a file; to restore it, open the copy"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setStatusTip(
        tr("Preview and print a report as a Party document, or save it as PDF"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setStatusTip(tr("Save a report as CSV or XLSX for Excel, or as PDF or ODT"));
    m_importResultsAction->setText(tr("Import &results…"));
    m_importResultsAction->setStatusTip(
        tr("Read the conferences' results back from the spreadsheets the units sent"));
    m_exportFormAction->setText(tr("Export a reporting &form…"));
    m_exportFormAction->setStatusTip(
        tr("Write the workbook a unit fills in with its conferences' results and sends back"));
    m_exportCalendarAction->setText(tr("Export a c&alendar…"));
    m_exportCalendarAction->setStatusTip(
        tr("Write the campaign's deadlines, conferences and key dates as a calendar (iCalendar) "
           "for a phone or a calendar program"));
    m_exportGroupCalendarsAction->setText(tr("Export calendars per steering &group…"));
    m_exportGroupCalendarsAction->setStatusTip(
        tr("Write one calendar per steering group, with the deadlines and conferences of the "
           "units it follows, into a folder"));
    m_officeSettingsAction->setText(tr("&Office settings…"));
    m_officeSettingsAction->setStatusTip(
        tr("The heading and signature of printed documents, margins, and CSV defaults"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find a unit"));
    m_assignAction->setText(tr("&Give to a steering group…"));
    m_assignAction->setStatusTip(tr("Give the units selected in the schedule to a steering group"));
    m_cataloguesAction->setText(tr("&Lists of fields and reward forms…"));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Show the statuses as of today (Ctrl+T)"));
    m_showRetiredAction->setText(tr("Show &retired units"));
    m_manualAction->setText(tr("&Manual"));
    m_manualAction->setStatusTip(tr("How to work with danvan, page by page (F1)"));
    m_aboutAction->setText(tr("&About danvan"));
    m_unitsDock->setWindowTitle(tr("Units"));
    m_panelDock->setWindowTitle(tr("Unit and its conference"));
    // Qt names the docks' title buttons (for screen readers) only when it makes them: name
    // them again in the language in use.
    for (QDockWidget *dock : {m_unitsDock, m_panelDock}) {
        if (auto *button = dock->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s,
                                                              Qt::FindDirectChildrenOnly)) {
            button->setAccessibleName(QDockWidget::tr("Close"));
            button->setAccessibleDescription(QDockWidget::tr("Closes the dock widget"));
        }
        if (auto *button = dock->findChild<QAbstractButton *>(u"qt_dockwidget_floatbutton"_s,
                                                              Qt::FindDirectChildrenOnly)) {
            button->setAccessibleName(QDockWidget::tr("Float"));
            button->setAccessibleDescription(
                QDockWidget::tr("Undocks and re-attaches the dock widget"));
        }
    }

    m_toolBar->setWindowTitle(tr("Campaign"));
    // Alt+letters: the menus' first, then the unit panel's and the pages' (no two alike).
    m_campaignLabel->setText(tr("Campaign:") + u' ');
    m_asOfLabel->setText(u"  "_s + tr("&As of:") + u' ');
    m_asOfEdit->setToolTip(tr("The day the statuses are computed for: today, or a day you "
                              "pick to see the situation then"));
    m_search->setPlaceholderText(tr("Search units (accents not needed)"));
    m_search->setToolTip(tr("Filters the tree and the schedule (Ctrl+F)"));
    m_overdueLegend->setText(tr("Overdue"));
    m_dueSoonLegend->setText(tr("Due soon"));
    m_campaignMenu->setTitle(tr("&Campaign"));
    m_newCampaignAction->setText(tr("&New campaign…"));
    m_newCampaignAction->setStatusTip(
        tr("Set up a campaign of your office's own: its levels, deadlines and units"));
    m_nextPhaseAction->setText(tr("New campaign &from this one…"));
    m_nextPhaseAction->setStatusTip(tr("The next phase, with the same unit, levels, documents "
                                       "and steering groups, the deadlines moved on"));
    m_renameCampaignAction->setText(tr("&Rename…"));
    m_deleteCampaignAction->setText(tr("&Delete…"));
    updateCampaignActions();

    m_workspace.retranslateEdits();
    updateUndoActions();

    m_unitModel->retranslate();
    QMetaObject::invokeMethod(this, &MainWindow::updatePanelWidth, Qt::QueuedConnection);
    updateTitle();
    updateCounts();
}

void MainWindow::updateUndoActions()
{
    // "Hoàn tác: số người dự của Xã Bình An": what will be undone, in the language in use.
    const QUndoStack *stack = m_workspace.undoStack();
    const auto escaped = [](QString text) {
        return text.replace(u'&', u"&&"_s);
    };
    m_undoAction->setEnabled(stack->canUndo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo: %1").arg(escaped(stack->undoText()))
                                           : tr("&Undo"));
    m_redoAction->setEnabled(stack->canRedo());
    m_redoAction->setText(stack->canRedo() ? tr("&Redo: %1").arg(escaped(stack->redoText()))
                                           : tr("&Redo"));
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreen();
}

void MainWindow::fitToScreen()
{
    if (!isVisible() || !screen())
        return;
    // On a small screen, or with large fonts, three columns do not fit: the unit tree and
    // the unit panel then share one dock, as tabs.
    const QRect available = screen()->availableGeometry();
    const int needed = m_unitsDock->minimumSizeHint().width()
        + m_panelDock->minimumSizeHint().width() + centralWidget()->minimumSizeHint().width()
        + 3 * style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent);
    if (needed > available.width() && !tabifiedDockWidgets(m_panelDock).contains(m_unitsDock)) {
        tabifyDockWidget(m_unitsDock, m_panelDock);
        m_panelDock->raise();
    }
    if (width() > available.width() || height() > available.height())
        resize(std::min(width(), available.width()), std::min(height(), available.height()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A field being typed in is saved as when the clerk leaves it, here, while every view
    // is whole, whatever the platform does with the focus of a window being hidden (a view
    // being destroyed no longer saves).
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        focused->clearFocus();
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(AppSettings::value(AppSettings::WindowGeometry));
    restoreState(AppSettings::value(AppSettings::WindowState));
}

void MainWindow::saveLayout()
{
    AppSettings::setValue(AppSettings::WindowGeometry, saveGeometry());
    AppSettings::setValue(AppSettings::WindowState, saveState());
    m_scheduleView->saveLayout();
}

QString MainWindow::databasePath() const
{
    return m_workspace.filePath();
}

QDate MainWindow::asOf() const
{
    return m_workspace.asOf();
}

void MainWindow::setAsOf(QDate date)
{
    if (!date.isValid())
        return;
    m_asOfEdit->setDate(date);
    if (FieldMark::isInvalid(m_asOfEdit->lineEdit())) {
        FieldMark::setInvalid(m_asOfEdit->lineEdit(), false);
        statusBar()->clearMessage();
    }
    m_workspace.setAsOf(date);
    AppSettings::setValue(AppSettings::AsOfDate, date == QDate::currentDate() ? QDate() : date);
}

bool MainWindow::openDatabase(const QString &path, Workspace::OpenIntent intent)
{
    // A server's password, when the clerk kept it, is in the keyring.
    const auto opened = m_workspace.open(
        Database::isServerAddress(path) ? Keyring::addressWithPassword(path) : path, intent);
    if (!opened) {
        // A file that another program only added to still holds all that danvan wrote.
        const bool server = Database::isServerAddress(path);
        const Result<SchemaCheck> checked = intent == Workspace::OpenIntent::Existing && !server
            ? Database::check(path)
            : Result<SchemaCheck>(Failure{});
        if (checked && checked->onlyAdditions() && checked->version() == Database::SchemaVersion) {
            const auto answer = MessageBox::question(
                this, tr("Cannot open the file"),
                opened.error() + u"\n\n"_s
                    + tr("All that danvan wrote in the file is there, unchanged. Open it "
                         "read-only, to look at it, print and export it? Nothing that was added "
                         "can run in a file that is only read, but it stays in the file and in "
                         "any copy of it."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            return answer == QMessageBox::Yes && openDatabase(path, Workspace::OpenIntent::Rescue);
        }
        MessageBox::warning(
            this, server ? tr("Cannot connect to the server") : tr("Cannot open the file"),
            opened.error());
        return false;
    }
    if (!m_workspace.migrationBackupPath().isEmpty()) {
        MessageBox::information(
            this, tr("File updated"),
            tr("“%1” was made by an older danvan and has been updated. A copy of it as it was "
               "is kept in “%2”.")
                .arg(QDir::toNativeSeparators(path),
                     QDir::toNativeSeparators(m_workspace.migrationBackupPath())));
    }
    // A rescue was asked for in words that say it is read-only.
    if (m_workspace.isReadOnly() && intent != Workspace::OpenIntent::Rescue) {
        MessageBox::information(
            this, tr("Opened read-only"),
            tr("“%1” can only be read: it or its folder is write-protected. You can look at "
               "it, print and export it, and save a copy with File → Back up; changes will "
               "not be saved. To work on it, open the copy.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (m_workspace.database().isServer()) {
        // Remembered without its password, as the database names itself.
        const QString address = m_workspace.filePath();
        QStringList recent = AppSettings::value(AppSettings::RecentServers);
        recent.removeAll(address);
        recent.prepend(address);
        AppSettings::setValue(AppSettings::RecentServers, recent.mid(0, 8));
        AppSettings::setValue(AppSettings::LastFile, address);
    } else {
        AppSettings::setValue(AppSettings::LastFile, QFileInfo(path).absoluteFilePath());
    }
    return true;
}

void MainWindow::workspaceOpened()
{
    // The tree, the campaigns and the schedule follow with changed(everything()), which
    // Workspace::open() emits next.
    m_panel->setUnit(0);
    retranslate();
}

void MainWindow::workspaceChanged(Workspace::Changes changes)
{
    if (changes & Workspace::Change::Units) {
        m_unitModel->setTree(m_workspace.units(), m_workspace.levels());
        openProvinces();
    }
    if (changes & (Workspace::Change::Campaigns | Workspace::Change::Documents))
        fillCampaigns();
    updateTitle();
}

void MainWindow::openProvinces()
{
    // The top of the tree open, so that the districts are in view.
    for (int row = 0; row < m_unitFilter->rowCount(); ++row)
        m_unitView->expand(m_unitFilter->index(row, 0));
}

void MainWindow::fillCampaigns()
{
    const QSignalBlocker blocker(m_campaignCombo);
    m_campaignCombo->clear();
    // The newest first: the one a clerk is working on.
    const QList<Campaign> &campaigns = m_workspace.campaigns();
    for (auto it = campaigns.crbegin(); it != campaigns.crend(); ++it) {
        m_campaignCombo->addItem(it->closed ? tr("%1 (closed)").arg(it->name) : it->name, it->id);
    }
    m_campaignCombo->setCurrentIndex(m_campaignCombo->findData(m_workspace.campaignId()));
    m_campaignCombo->setToolTip(m_campaignCombo->currentText());
    m_campaignCombo->setEnabled(m_campaignCombo->count() > 0);
}

void MainWindow::updateTitle()
{
    const QString path = databasePath();
    const bool server = Database::isServerAddress(path);
    setWindowFilePath(server ? QString() : path);
    // A server by user@host/database: who is signed in where.
    const QString shown = server ? Database::serverDisplayName(path) : QFileInfo(path).fileName();
    if (path.isEmpty())
        setWindowTitle(tr("danvan"));
    else if (m_workspace.isReadOnly())
        setWindowTitle(tr("%1 (read-only) – danvan").arg(shown));
    else if (m_workspace.campaign() && m_workspace.campaign()->closed)
        setWindowTitle(tr("%1 (campaign closed) – danvan").arg(shown));
    else
        setWindowTitle(tr("%1 – danvan").arg(shown));
}

void MainWindow::updateCounts()
{
    // (The schedule is made before the status bar that shows its counts.)
    if (m_countsLabel)
        m_countsLabel->setText(m_scheduleView->counts());
}

void MainWindow::updatePanelWidth()
{
    // A scroll area does not pass its contents' minimum width on to the dock: do it here,
    // so that the panel is never cut at the right (texts differ in length by language and
    // by unit).
    m_panelScroll->setMinimumWidth(m_panel->minimumSizeHint().width()
                                   + m_panelScroll->verticalScrollBar()->sizeHint().width() + 4);
    fitToScreen();
}

void MainWindow::showUnit(qint64 unitId)
{
    const bool another = unitId != m_panel->unitId();
    m_panel->setUnit(unitId);
    // Another unit is shown from its heading: its name, deadline and conference first, so
    // that nothing is entered for the unit shown before.
    if (another)
        m_panelScroll->verticalScrollBar()->setValue(0);
    // Measured once the panel has been laid out with its new contents.
    QMetaObject::invokeMethod(this, &MainWindow::updatePanelWidth, Qt::QueuedConnection);
    const QModelIndex treeIndex = m_unitFilter->mapFromSource(m_unitModel->indexOfUnit(unitId));
    if (treeIndex.isValid() && m_unitView->currentIndex() != treeIndex) {
        const QSignalBlocker blocker(m_unitView->selectionModel());
        m_unitView->setCurrentIndex(treeIndex);
        m_unitView->scrollTo(treeIndex);
    }
    m_scheduleView->selectUnit(unitId);
}

bool MainWindow::showUnitByCode(const QString &code)
{
    const int index = m_workspace.units()->indexOfCode(code);
    if (index < 0)
        return false;
    showUnit(m_workspace.units()->at(index).id);
    return true;
}

bool MainWindow::showPage(const QString &name)
{
    static const QHash<QString, QString> pages{
        {u"schedule"_s, u"schedulePage"_s},   {u"overview"_s, u"dashboardPage"_s},
        {u"exemplars"_s, u"exemplarsPage"_s}, {u"rewards"_s, u"rewardsPage"_s},
        {u"steering"_s, u"steeringPage"_s},   {u"campaign"_s, u"campaignPage"_s},
    };
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == pages.value(name)) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::updateCampaignActions()
{
    const Campaign *campaign = m_workspace.campaign();
    const bool open = m_workspace.isOpen();
    m_newCampaignAction->setEnabled(open && m_workspace.units()->size() > 0);
    // On a shared server, the campaign of another office is read, not changed: its unit's
    // office renames, closes, deletes it and starts its next phase.
    const bool mayChange = campaign && m_workspace.refusalToChange().isEmpty();
    m_nextPhaseAction->setEnabled(mayChange);
    m_exportCalendarAction->setEnabled(campaign != nullptr);
    m_exportGroupCalendarsAction->setEnabled(campaign != nullptr);
    m_renameCampaignAction->setEnabled(mayChange);
    m_deleteCampaignAction->setEnabled(mayChange);
    m_closeCampaignAction->setEnabled(mayChange);
    m_closeCampaignAction->setText(campaign && campaign->closed ? tr("Re&open the campaign")
                                                                : tr("&Close the campaign"));
    const qint64 unitId = m_panel ? m_panel->unitId() : 0;
    const auto schedule = m_workspace.schedule();
    const bool takesPart = schedule && schedule->rowOfUnit(unitId) >= 0;
    const int index = m_workspace.units()->indexOf(unitId);
    const QString name = index >= 0 ? m_workspace.units()->label(index) : QString();
    m_takePartAction->setText(name.isEmpty() ? tr("&Add the chosen unit to the campaign")
                                             : tr("&Add %1 to the campaign").arg(name));
    m_leaveOutAction->setText(name.isEmpty() ? tr("&Leave the chosen unit out of the campaign")
                                             : tr("&Leave %1 out of the campaign").arg(name));
    const bool levelTakesPart = campaign && index >= 0
        && campaign->levelKeys().contains(m_workspace.units()->at(index).level);
    const bool mayChangeUnit = index >= 0 && m_workspace.refusalToChange(unitId).isEmpty();
    m_takePartAction->setEnabled(campaign && !campaign->closed && index >= 0 && !takesPart
                                 && levelTakesPart && mayChangeUnit);
    m_leaveOutAction->setEnabled(campaign && !campaign->closed && takesPart
                                 && unitId != campaign->rootUnitId && mayChangeUnit);
}

void MainWindow::newCampaign()
{
    if (!m_workspace.isOpen())
        return;
    auto *dialog = new NewCampaignDialog(
        m_workspace,
        [this](const CampaignSpec &spec) { return m_workspace.edits().createCampaign(spec); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newCampaignFromThis()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    const auto source = CampaignSpec::fromDatabase(m_workspace.database(), campaign->id);
    if (!source) {
        MessageBox::warning(this, tr("New campaign from this one"), source.error());
        return;
    }
    auto *dialog = new NewCampaignDialog(
        m_workspace,
        [this](const CampaignSpec &spec) { return m_workspace.edits().createCampaign(spec); },
        this);
    dialog->setNextPhaseOf(*source);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::renameCampaign()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    RenameCampaignDialog dialog(campaign->name, campaign->phase, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.name() == campaign->name && dialog.phase() == campaign->phase)
        return;
    if (auto done = m_workspace.edits().renameCampaign(*campaign, dialog.name(), dialog.phase());
        !done)
        MessageBox::warning(this, tr("The campaign was not renamed"), done.error());
}

void MainWindow::closeCampaign()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    if (auto done = m_workspace.edits().closeCampaign(*campaign, !campaign->closed); !done)
        MessageBox::warning(this, tr("danvan"), done.error());
}

void MainWindow::deleteCampaign()
{
    const Campaign *campaign = m_workspace.campaign();
    if (!campaign)
        return;
    const auto contents = CampaignRepository(m_workspace.database()).contents(campaign->id);
    if (!contents) {
        MessageBox::warning(this, tr("The campaign was not deleted"), contents.error());
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Delete the campaign"),
        tr("Delete “%1” with everything entered for it: %2? The units stay. Until the "
           "database is closed, Edit → Undo brings it all back.")
            .arg(campaign->name, CampaignRepository::describe(*contents)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto done = m_workspace.edits().deleteCampaign(*campaign); !done)
        MessageBox::warning(this, tr("The campaign was not deleted"), done.error());
}

void MainWindow::setParticipation(bool takePart)
{
    const Campaign *campaign = m_workspace.campaign();
    const qint64 unitId = m_panel->unitId();
    const int index = m_workspace.units()->indexOf(unitId);
    if (!campaign || index < 0)
        return;
    if (auto done = m_workspace.edits().setParticipation(
            campaign->id, unitId, m_workspace.units()->label(index), takePart);
        !done)
        MessageBox::warning(this, tr("danvan"), done.error());
    showUnit(unitId);
}

void MainWindow::fillWithExample()
{
    if (!m_workspace.isOpen() || m_workspace.units()->size() > 0)
        return;
    // Like an import of units, the example is not taken back with Edit → Undo.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto built = m_workspace.addExample();
    QApplication::restoreOverrideCursor();
    if (!built)
        MessageBox::warning(this, tr("The example was not added"), built.error());
}

QString MainWindow::fileFolder() const
{
    // A server's address is no path: its folder would be one named after the protocol and
    // the host, under the folder the program was started in. Files then go where the
    // default file is, as a server's backup does.
    const QString open = databasePath();
    const bool file = !open.isEmpty() && !Database::isServerAddress(open);
    return QFileInfo(file ? open : defaultDatabasePath()).absolutePath();
}

void MainWindow::newFile()
{
    const QString folder = fileFolder();
    const QString path = FileDialog::saveFileName(this, tr("New danvan file"),
                                                  folder + u"/"_s + tr("new") + u".sqlite"_s,
                                                  tr("danvan files (*.sqlite *.db)"));
    if (!path.isEmpty())
        openDatabase(path, Workspace::OpenIntent::NewEmpty);
}

void MainWindow::openFile()
{
    const QString folder = fileFolder();
    const QString path = FileDialog::openFileName(
        this, tr("Open a danvan file"), folder, tr("danvan files (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, Workspace::OpenIntent::Existing);
}

void MainWindow::connectToServer()
{
    signInToServer();
}

bool MainWindow::signInToServer(const QString &address)
{
    ConnectDialog dialog(AppSettings::value(AppSettings::RecentServers), this);
    if (!address.isEmpty())
        dialog.setAddress(address);
    // A refused connection is said, and the dialog comes back with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool opened = openDatabase(dialog.address(), Workspace::OpenIntent::Existing);
        QApplication::restoreOverrideCursor();
        if (!opened)
            continue;
        // Filed under the address as the recent connections hold it.
        const QString connected = m_workspace.filePath();
        if (!dialog.keepPassword()) {
            Keyring::forget(connected);
        } else if (QString error; !dialog.password().isEmpty()
                   && !Keyring::store(connected, dialog.password(), &error)) {
            statusBar()->showMessage(
                tr("The keyring did not keep the password (%1); it will be asked next time.")
                    .arg(error));
        }
        return true;
    }
    return false;
}

void MainWindow::importUnits()
{
    if (!m_workspace.isOpen())
        return;
    ImportUnitsDialog dialog(AppSettings::value(AppSettings::LastImportFolder), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setValue(AppSettings::LastImportFolder,
                          QFileInfo(dialog.fileName()).absolutePath());
    bool refusedOlder = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report =
        m_workspace.importUnits(dialog.fileName(), dialog.effectiveDate(), false, &refusedOlder);
    QApplication::restoreOverrideCursor();
    // An older edition than one already imported rolls the units back: only if confirmed.
    if (!report && refusedOlder) {
        if (MessageBox::question(this, tr("Import an older edition?"),
                                 report.error() + u"\n\n"_s
                                     + tr("Import the older edition all the same?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report = m_workspace.importUnits(dialog.fileName(), dialog.effectiveDate(), true);
        QApplication::restoreOverrideCursor();
    }
    if (!report) {
        MessageBox::warning(this, tr("The units were not imported"),
                            report.error() + u"\n\n"_s
                                + tr("Nothing was changed. Correct the file and import it "
                                     "again."));
        return;
    }
    QString text = report->summary();
    if (!report->warnings.isEmpty()) {
        // What a conversion table does not account for: the first ones, and how many more.
        constexpr int shown = 12;
        text += u"\n\n"_s + tr("What the file does not account for:") + u'\n'
            + QStringList(report->warnings.mid(0, shown)).join(u'\n');
        if (report->warnings.size() > shown)
            text += u'\n'
                + tr("… and %n more (danvan-cli import-units lists them all).", nullptr,
                     int(report->warnings.size() - shown));
    }
    MessageBox::information(this, tr("Units imported"), text);
}

void MainWindow::backUp()
{
    if (!m_workspace.isOpen())
        return;
    const Database &database = m_workspace.database();
    // A server's copy goes beside the default file, named after its database.
    const QFileInfo file(database.isServer() ? defaultDatabasePath() : m_workspace.filePath());
    const QString base =
        database.isServer() ? QUrl(m_workspace.filePath()).path().mid(1) : file.completeBaseName();
    const QString suggested = file.absolutePath() + u'/' + base + u'-'
        + QDate::currentDate().toString(u"yyyy-MM-dd"_s) + u".sqlite"_s;
    const QString path = FileDialog::saveFileName(this, tr("Back up"), suggested,
                                                  tr("danvan files (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A server's database is copied into a new file, as a file is backed up.
    const auto copied = database.backUp(path);
    QApplication::restoreOverrideCursor();
    if (!copied) {
        MessageBox::warning(this, tr("No backup was made"), copied.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

ReportBuilder::Kind MainWindow::currentReportKind() const
{
    const QString page =
        m_tabs->currentWidget() ? m_tabs->currentWidget()->objectName() : QString();
    if (page == "dashboardPage"_L1)
        return ReportBuilder::Kind::Progress;
    if (page == "exemplarsPage"_L1)
        return ReportBuilder::Kind::Exemplars;
    if (page == "rewardsPage"_L1)
        return ReportBuilder::Kind::Rewards;
    return ReportBuilder::Kind::Schedule;
}

void MainWindow::showDone(const QString &message)
{
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

void MainWindow::editOfficeSettings()
{
    if (m_workspace.isOpen())
        OfficeSettingsDialog(m_workspace, this).exec();
}

void MainWindow::setLanguage(Translations::Language language)
{
    Translations::install(language);
    AppSettings::setValue(AppSettings::Language, Translations::code(language));
}

void MainWindow::showManual()
{
    // One manual window, opened at the chapter of the page in view.
    auto *manual = findChild<ManualWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!manual)
        manual = new ManualWindow(this);
    const bool hasCampaign = m_workspace.isOpen() && m_workspace.campaignId() != 0;
    manual->showChapter(ManualWindow::chapterForPage(hasCampaign && m_tabs->currentWidget()
                                                         ? m_tabs->currentWidget()->objectName()
                                                         : QString()));
    manual->show();
    manual->raise();
    manual->activateWindow();
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
