#pragma once

#include "ReportBuilder.h"
#include "Translations.h"
#include "Workspace.h"

#include <QDate>
#include <QMainWindow>

class DateField;
class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QDockWidget;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTabWidget;
class QToolBar;
class QTreeView;
class ScheduleView;
class SteeringView;
class UnitFilterModel;
class UnitPanel;
class UnitTreeModel;

/// The clerk's main window: the unit tree on the left, the campaign's pages in the middle
/// (the schedule first), the chosen unit's conference on the right, the campaign and the
/// "as of" day above, and the counts of what is shown below. It works on a Workspace, the
/// open file, which it is given.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a file. On failure the message is shown, the previous file stays
    /// open, and false is returned.
    bool openDatabase(const QString &path, Workspace::OpenIntent intent);
    /// Asks where and as whom to connect (the fields filled from `address`, if given, and
    /// the password from the keyring), until the connection works or the clerk cancels;
    /// keeps or forgets the password in the keyring as the clerk chose.
    bool signInToServer(const QString &address = {});
    QString databasePath() const;

    /// The day the statuses are computed for.
    void setAsOf(QDate date);
    QDate asOf() const;

    /// Shows a unit everywhere: selected in the tree and the schedule, open in the panel.
    void showUnit(qint64 unitId);
    /// showUnit() for a unit's register code; false when no unit has it.
    bool showUnitByCode(const QString &code);
    /// Shows a page by name: schedule, overview, exemplars, rewards, steering, campaign.
    bool showPage(const QString &name);
    /// Adds a page to the middle; the window keeps it in the order given.
    void addPage(QWidget *page, const QString &objectName);

    /// The place of the default database, in the user's data folder.
    static QString defaultDatabasePath();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The folder that the dialogs of File → New and Open start in.
    QString fileFolder() const;
    void createActions();
    template<typename Slot>
    QAction *newAction(const QString &objectName, Slot slot);
    void createMenus();
    void createWidgets();
    void retranslate();
    void updateUndoActions();
    void restoreLayout();
    void saveLayout();

    void workspaceOpened();
    void workspaceChanged(Workspace::Changes changes);
    void openProvinces();
    void fillCampaigns();
    void updateCounts();
    void updateTitle();
    void updatePanelWidth();
    void fitToScreen();

    void newFile();
    void openFile();
    void connectToServer();
    void newCampaign();
    void newCampaignFromThis();
    void renameCampaign();
    void closeCampaign();
    void deleteCampaign();
    /// Makes the unit in the panel take part in the chosen campaign, or leaves it out.
    void setParticipation(bool takePart);
    void fillWithExample();
    void updateCampaignActions();
    void importUnits();
    void backUp();
    /// A sentence for the status bar from an action done elsewhere (a file written, results
    /// imported); nothing when it is empty.
    void showDone(const QString &message);
    void editOfficeSettings();
    /// The report that goes with the page in view: the overview's progress, the exemplars'...
    ReportBuilder::Kind currentReportKind() const;
    void setLanguage(Translations::Language language);
    /// Opens the manual (F1) at the chapter of the page in view.
    void showManual();
    void showAbout();

    Workspace &m_workspace;
    UnitTreeModel *m_unitModel;
    UnitFilterModel *m_unitFilter;

    QTabWidget *m_tabs = nullptr;
    ScheduleView *m_scheduleView = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_unitView = nullptr;
    QDockWidget *m_unitsDock = nullptr;
    QDockWidget *m_panelDock = nullptr;
    UnitPanel *m_panel = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    SteeringView *m_steeringView = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QLabel *m_asOfLabel = nullptr;
    DateField *m_asOfEdit = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_overdueLegend = nullptr;
    QLabel *m_dueSoonLegend = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_campaignMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importResultsAction = nullptr;
    QAction *m_exportFormAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_exportGroupCalendarsAction = nullptr;
    QAction *m_officeSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newCampaignAction = nullptr;
    QAction *m_nextPhaseAction = nullptr;
    QAction *m_renameCampaignAction = nullptr;
    QAction *m_closeCampaignAction = nullptr;
    QAction *m_deleteCampaignAction = nullptr;
    QAction *m_takePartAction = nullptr;
    QAction *m_leaveOutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_cataloguesAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_showRetiredAction = nullptr;
    QAction *m_manualAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_vietnameseAction = nullptr;
    QAction *m_englishAction = nullptr;
};
