#pragma once

#include "Database.h"
#include "Translations.h"

#include <QDate>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;
class ScheduleFilterModel;
class ScheduleModel;
class UnitFilterModel;
class UnitTree;
class UnitTreeModel;

/// The clerk's main window: the unit tree on the left, the selected campaign's schedule on
/// the right, an "as of" day above, and the counts below. It owns the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class OpenIntent {
        Existing, ///< open a file that must exist
        NewEmpty, ///< create a new, empty file
        NewExample, ///< create a new file with the Kiên Giang example
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) a database and shows it. On failure the message is shown, the
    /// previous file stays open, and false is returned.
    bool openDatabase(const QString &path, OpenIntent intent);
    QString databasePath() const;

    /// The day the statuses are computed for.
    void setAsOf(QDate date);
    QDate asOf() const;

    /// The place of the default database, in the user's data folder.
    static QString defaultDatabasePath();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void retranslate();
    void restoreLayout();
    void saveLayout();

    void reload();
    void loadSchedule();
    void updateCounts();
    void updateTitle();

    void newFile();
    void openFile();
    void importUnits();
    void setLanguage(Translations::Language language);
    void showAbout();
    void showUnitInSchedule(const QModelIndex &treeIndex);
    void showUnitInTree(const QModelIndex &scheduleIndex);

    std::unique_ptr<Database> m_database;
    std::shared_ptr<const UnitTree> m_tree;
    qint64 m_campaignId = 0;

    UnitTreeModel *m_unitModel;
    UnitFilterModel *m_unitFilter;
    ScheduleModel *m_scheduleModel;
    ScheduleFilterModel *m_scheduleFilter;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_unitSearch = nullptr;
    QTreeView *m_unitView = nullptr;
    QStackedWidget *m_scheduleStack = nullptr;
    QTableView *m_scheduleView = nullptr;
    QLabel *m_scheduleEmpty = nullptr;
    QLabel *m_unitsTitle = nullptr;
    QLabel *m_scheduleTitle = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_overdueLegend = nullptr;
    QLabel *m_dueSoonLegend = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_showRetiredAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_vietnameseAction = nullptr;
    QAction *m_englishAction = nullptr;
};
