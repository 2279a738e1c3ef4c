#include "CampaignRepository.h"
#include "Database.h"
#include "Dialogs.h"
#include "FreshExample.h"
#include "GettingStarted.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "MainWindow.h"
#include "ScheduleModel.h"
#include "SettingsEdits.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "Translations.h"
#include "UnitImporter.h"
#include "UnitKind.h"
#include "UnitRepository.h"
#include "UnitTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The main window, driven offscreen the way a clerk uses it: found by object names,
/// input sent as events.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheExample();
    void asOfDayChangesTheStatuses();
    void searchTypedInVietnameseFindsTheUnit();
    void searchFindingThousandsOpensOnlyTheProvinces();
    void selectingAUnitShowsItsScheduleRow();
    void languageSwitchesWithoutLosingWork();
    void importUnitsThroughTheDialog();
    void brokenImportChangesNothing();
    void olderEditionImportAsksFirst();
    void emptyScheduleFollowsImportedUnits();
    void fileThatIsNotDanvanIsRefused();
    void backUpFromTheFileMenu();
    void fileDialogsStartInAFolder();
    void closingSavesTheFieldBeingTyped();
    void damagedFileIsRefused();
    void readOnlyFileOpensWithANotice();
    void changedSchemaIsRefused_data();
    void changedSchemaIsRefused();
    void fileWithAdditionsOpensReadOnlyWhenAsked();
    void untouchedFileOfEveryVersionOpens_data();
    void untouchedFileOfEveryVersionOpens();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    int treeRows(const QAbstractItemModel *model, const QModelIndex &parent = {}) const;
    static void answerImportDialog(const QString &fileName);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::Vietnamese);
}

void TestMainWindow::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->setAsOf(QDate(2020, 3, 25));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
    Translations::install(Translations::Language::Vietnamese);
}

void TestMainWindow::backUpFromTheFileMenu()
{
    auto *backUp = m_window->findChild<QAction *>(u"backupAction"_s);
    QVERIFY(backUp);
    QCOMPARE(backUp->text(), u"&Sao lưu…"_s);
    const QString copy = m_dir->filePath(u"ban-sao.sqlite"_s);
    FileDialog::setNextFileName(copy);
    backUp->trigger();
    QVERIFY(QFile::exists(copy));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"ban-sao.sqlite"_s));

    // The copy opens as the file it was made from.
    Workspace restored;
    QVERIFY(restored.open(copy, Workspace::OpenIntent::Existing).ok());
    QCOMPARE(restored.units()->size(), m_workspace->units()->size());
    QCOMPARE(restored.campaigns().size(), 1);

    // A server's database is no file that a copy could be written over.
    if (TestSupport::onServer())
        return;
    // The open file itself cannot be the copy: a message, and the file stays as it was.
    const QByteArray before = TestSupport::fileDigest(m_window->databasePath());
    FileDialog::setNextFileName(m_window->databasePath());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    backUp->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"chính là tệp đang mở"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(TestSupport::fileDigest(m_window->databasePath()), before);
}

// File → New and File → Open start where the open file is; on a server, whose address is no
// folder, where the default file is.
void TestMainWindow::fileDialogsStartInAFolder()
{
    const QString folder = TestSupport::onServer()
        ? QFileInfo(MainWindow::defaultDatabasePath()).absolutePath()
        : m_dir->path();
    FileDialog::setNextFileName(QString()); // cancelled
    m_window->findChild<QAction *>(u"openAction"_s)->trigger();
    QCOMPARE(FileDialog::lastSuggestion(), folder);
    FileDialog::setNextFileName(QString());
    m_window->findChild<QAction *>(u"newAction"_s)->trigger();
    QCOMPARE(QFileInfo(FileDialog::lastSuggestion()).absolutePath(), folder);
    QVERIFY(FileDialog::lastSuggestion().endsWith(u".sqlite"_s));
}

void TestMainWindow::closingSavesTheFieldBeingTyped()
{
    QVERIFY(m_window->showUnitByCode(u"30898"_s));
    auto *venue = m_window->findChild<QLineEdit *>(u"venueField"_s);
    QVERIFY(venue);
    venue->setFocus();
    QTRY_VERIFY(venue->hasFocus());
    typeText(venue, u"Hội trường ấp"_s);
    // Closed while the clerk is still in the field: what was typed is kept.
    const QString location = m_window->databasePath();
    QVERIFY(m_window->close());
    Database database;
    QVERIFY(database.open(location));
    const qint64 unit = UnitRepository(database).byCode(u"30898"_s)->id;
    const auto stored = CampaignRepository(database).conference(m_workspace->campaignId(), unit);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->venue, u"Hội trường ấp"_s);
    // And the window is destroyed without saving again from a half-destroyed panel.
    delete m_window;
    m_window = nullptr;
}

int TestMainWindow::treeRows(const QAbstractItemModel *model, const QModelIndex &parent) const
{
    int rows = model->rowCount(parent);
    for (int row = 0; row < model->rowCount(parent); ++row)
        rows += treeRows(model, model->index(row, 0, parent));
    return rows;
}

void TestMainWindow::answerImportDialog(const QString &fileName)
{
    QTimer::singleShot(0, [fileName] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"importUnitsDialog"_s);
        auto *file = dialog->findChild<QLineEdit *>(u"importFile"_s);
        QVERIFY(file);
        file->setText(fileName);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
}

void TestMainWindow::opensOnTheExample()
{
    auto *tree = find<QTreeView>(u"unitTree"_s);
    auto *schedule = find<QTableView>(u"scheduleView"_s);
    QVERIFY(tree && schedule);
    QCOMPARE(tree->model()->rowCount(), 1);
    const QModelIndex province = tree->model()->index(0, 0);
    QCOMPARE(province.data().toString(), u"Tỉnh Kiên Giang"_s);
    QCOMPARE(tree->model()->rowCount(province), 15);
    QVERIFY(tree->isExpanded(province));
    QCOMPARE(treeRows(tree->model()), 161);

    QCOMPARE(schedule->model()->rowCount(), 161);
    // The file's name, or the server's database.
    QVERIFY2(m_window->windowTitle().contains(QFileInfo(m_window->databasePath()).fileName()),
             qPrintable(m_window->windowTitle()));
    auto *counts = find<QLabel>(u"countsLabel"_s);
    QVERIFY(counts->text().contains(u"161"_s));
    QVERIFY(counts->text().contains(u"25/03/2020"_s));
    auto *campaign = find<QComboBox>(u"campaignCombo"_s);
    QVERIFY(campaign->currentText().contains(u"Dân vận khéo"_s));
}

void TestMainWindow::asOfDayChangesTheStatuses()
{
    auto *asOf = find<DateField>(u"asOfEdit"_s);
    auto *schedule = find<QTableView>(u"scheduleView"_s);
    auto *counts = find<QLabel>(u"countsLabel"_s);
    const auto overdueRows = [schedule] {
        int overdue = 0;
        for (int row = 0; row < schedule->model()->rowCount(); ++row) {
            overdue += schedule->model()->index(row, 0).data(ScheduleModel::TimelinessRole).toInt()
                == int(Timeliness::Overdue);
        }
        return overdue;
    };
    QCOMPARE(overdueRows(), 0);

    // The clerk types a day into the "as of" field: 01/07/2020, after the communes' and
    // Châu Thành's 30/06 and Gò Quao's 10/06 deadlines.
    asOf->setFocus();
    QTRY_VERIFY(asOf->lineEdit()->hasFocus());
    asOf->lineEdit()->selectAll();
    typeText(asOf->lineEdit(), u"01/07/2020"_s);
    QTest::keyClick(asOf->lineEdit(), Qt::Key_Return);
    QCOMPARE(overdueRows(), 147);
    QVERIFY2(counts->text().contains(u"147"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"01/07/2020"_s));

    // Today's button goes back to the real day.
    auto *today = m_window->findChild<QAction *>(u"todayAction"_s);
    QVERIFY(today);
    today->trigger();
    QCOMPARE(*asOf->date(), QDate::currentDate());
    QCOMPARE(overdueRows(), 161);
}

void TestMainWindow::searchTypedInVietnameseFindsTheUnit()
{
    auto *search = find<QLineEdit>(u"unitSearch"_s);
    auto *tree = find<QTreeView>(u"unitTree"_s);
    search->setFocus();
    typeText(search, u"bình an"_s);
    QCOMPARE(search->text(), u"bình an"_s);
    // Every word must begin a word of the name, in any order: the two Xã Bình An, told
    // apart by their districts, and Phường An Bình; each under its district.
    const auto shownCommunes = [tree] {
        QStringList shown;
        const QModelIndex province = tree->model()->index(0, 0);
        for (int d = 0; d < tree->model()->rowCount(province); ++d) {
            const QModelIndex district = tree->model()->index(d, 0, province);
            for (int c = 0; c < tree->model()->rowCount(district); ++c)
                shown.append(tree->model()->index(c, 0, district).data().toString());
        }
        shown.sort();
        return shown;
    };
    const QStringList expected{u"Phường An Bình"_s, u"Xã Bình An (Huyện Châu Thành)"_s,
                               u"Xã Bình An (Huyện Kiên Lương)"_s};
    QTRY_COMPARE(shownCommunes(), expected);
    QCOMPARE(treeRows(tree->model()), 1 + 3 + 3); // the province, three districts, three communes

    search->clear();
    typeText(search, u"BINH AN"_s);
    QTRY_COMPARE(shownCommunes(), expected);
    search->clear();
    QTRY_COMPARE(treeRows(tree->model()), 161);
}

void TestMainWindow::searchFindingThousandsOpensOnlyTheProvinces()
{
    // 600 more communes under Huyện Châu Thành: "xã" then finds more than 500 units.
    const auto district = UnitRepository(m_workspace->database()).byCode(u"905"_s);
    QVERIFY2(district.ok(), qPrintable(district.error()));
    {
        Transaction transaction(m_workspace->database());
        QVERIFY(transaction.begin().ok());
        UnitRepository units(m_workspace->database());
        for (int n = 1; n <= 600; ++n) {
            Unit unit;
            unit.code = u"T%1"_s.arg(n);
            unit.name = u"Xã Thử Nghiệm %1"_s.arg(n);
            unit.kind = UnitKind::fromName(unit.name);
            unit.level = u"commune"_s;
            unit.parentId = district->id;
            QVERIFY(units.insert(unit).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    m_workspace->refresh(Workspace::Change::Units);

    auto *search = find<QLineEdit>(u"unitSearch"_s);
    auto *tree = find<QTreeView>(u"unitTree"_s);
    const auto openDistricts = [tree] {
        int open = 0;
        const QModelIndex province = tree->model()->index(0, 0);
        for (int d = 0; d < tree->model()->rowCount(province); ++d)
            open += tree->isExpanded(tree->model()->index(d, 0, province)) ? 1 : 0;
        return open;
    };
    typeText(search, u"xã"_s);
    QTRY_VERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QCOMPARE(openDistricts(), 0);

    search->clear();
    typeText(search, u"thử nghiệm 12"_s); // 12 and 120 to 129: eleven communes, opened
    QTRY_COMPARE(openDistricts(), 1);
    QCOMPARE(treeRows(tree->model()), 1 + 1 + 11);
}

void TestMainWindow::selectingAUnitShowsItsScheduleRow()
{
    auto *search = find<QLineEdit>(u"unitSearch"_s);
    auto *tree = find<QTreeView>(u"unitTree"_s);
    auto *schedule = find<QTableView>(u"scheduleView"_s);
    typeText(search, u"30898"_s);
    QTRY_COMPARE(treeRows(tree->model()), 3);
    const QModelIndex province = tree->model()->index(0, 0);
    const QModelIndex commune = tree->model()->index(0, 0, tree->model()->index(0, 0, province));
    QCOMPARE(commune.data().toString(), u"Xã Bình An (Huyện Châu Thành)"_s);
    tree->setCurrentIndex(commune);
    const QModelIndex current = schedule->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(ScheduleModel::Code).data().toString(), u"30898"_s);
}

void TestMainWindow::languageSwitchesWithoutLosingWork()
{
    auto *schedule = find<QTableView>(u"scheduleView"_s);
    auto *asOf = find<DateField>(u"asOfEdit"_s);
    m_window->setAsOf(QDate(2020, 7, 1));
    const QString opened = m_window->databasePath();
    const QString vietnameseHeader = schedule->model()->headerData(0, Qt::Horizontal).toString();
    QCOMPARE(vietnameseHeader, u"Đơn vị"_s);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), u"&Tệp"_s);

    m_window->findChild<QAction *>(u"englishAction"_s)->trigger();
    QTRY_COMPARE(schedule->model()->headerData(0, Qt::Horizontal).toString(), u"Unit"_s);
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QTRY_VERIFY(find<QLabel>(u"countsLabel"_s)->text().contains(u"overdue"_s));
    // The work in progress is kept: same file, same day, same rows.
    QCOMPARE(*asOf->date(), QDate(2020, 7, 1));
    QCOMPARE(schedule->model()->rowCount(), 161);
    QCOMPARE(m_window->databasePath(), opened);

    m_window->findChild<QAction *>(u"vietnameseAction"_s)->trigger();
    QTRY_COMPARE(schedule->model()->headerData(0, Qt::Horizontal).toString(), vietnameseHeader);
    QTRY_VERIFY(find<QLabel>(u"countsLabel"_s)->text().contains(u"quá hạn"_s));
}

void TestMainWindow::importUnitsThroughTheDialog()
{
    const QString file = TestSupport::writeFile(
        *m_dir, u"committees.csv"_s,
        u"code,name,kind,parent_code\n91-DBKCQ,Đảng bộ Khối Cơ quan tỉnh,đảng bộ,91\n"_s.toUtf8());
    auto *tree = find<QTreeView>(u"unitTree"_s);
    auto *schedule = find<QTableView>(u"scheduleView"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    answerImportDialog(file);
    m_window->findChild<QAction *>(u"importUnitsAction"_s)->trigger();
    QTRY_COMPARE(treeRows(tree->model()), 162);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 16);
    // The new committee is in force on the campaign's first day, so it joins the schedule.
    QCOMPARE(schedule->model()->rowCount(), 162);
    QVERIFY2(MessageBox::lastText().contains(u'1'), qPrintable(MessageBox::lastText()));
}

void TestMainWindow::brokenImportChangesNothing()
{
    const QString file = TestSupport::writeFile(
        *m_dir, u"broken.csv"_s,
        u"Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n"
        "Tỉnh Kiên Giang,91,Huyện Châu Thành,905,Xã Bình An,3O898,Xã\n"_s.toUtf8());
    auto *tree = find<QTreeView>(u"unitTree"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    answerImportDialog(file);
    m_window->findChild<QAction *>(u"importUnitsAction"_s)->trigger();
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(u"broken.csv"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Mã PX"_s), qPrintable(message));
    QVERIFY2(message.contains(u"3O898"_s), qPrintable(message));
    QCOMPARE(treeRows(tree->model()), 161);
}

void TestMainWindow::emptyScheduleFollowsImportedUnits()
{
    const auto empty = TestSupport::freshEmpty(*m_dir, u"trống.sqlite"_s);
    QVERIFY(!empty.location.isEmpty());
    QVERIFY(m_window->openDatabase(empty.location, empty.intent));
    auto *started = find<GettingStarted>(u"gettingStarted"_s);
    QVERIFY(started);
    QVERIFY(started->isVisible());
    auto *create = find<QPushButton>(u"gettingStartedCampaign"_s);
    auto *example = find<QPushButton>(u"gettingStartedExample"_s);
    // No units: import them first; the campaign cannot be made yet; the example is offered.
    QVERIFY(!create->isEnabled());
    QVERIFY(example->isVisible());
    QCOMPARE(find<QPushButton>(u"gettingStartedImport"_s)->text(),
             GettingStarted::tr("&Import units…"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    answerImportDialog(TestSupport::dataPath(u"register-two-provinces.csv"_s));
    m_window->findChild<QAction *>(u"importUnitsAction"_s)->trigger();
    QTRY_VERIFY(m_workspace->units()->size() > 0);
    // Units now, but still no campaign: the page offers to create one, not to import.
    QVERIFY(started->isVisible());
    QVERIFY(create->isEnabled());
    QVERIFY(!example->isVisible());
    QCOMPARE(find<QPushButton>(u"gettingStartedImport"_s)->text(),
             GettingStarted::tr("Import more units…"));
}

void TestMainWindow::olderEditionImportAsksFirst()
{
    // A newer edition first, in force from 01/07/2025.
    UnitImporter newer(m_workspace->database());
    newer.setEffectiveDate(QDate(2025, 7, 1));
    QVERIFY(newer.importFile(TestSupport::dataPath(u"register-kg-2025.csv"_s)));
    m_workspace->refresh(Workspace::everything());
    const QString before = TestSupport::dump(m_workspace->database());
    const QString older =
        QStringLiteral(DANVAN_SOURCE_DIR) + u"/resources/example/kiengiang-2020-register.csv"_s;

    // The 2020 edition, said in the dialog to be in force from 01/01/2020.
    const auto importOlder = [&](QMessageBox::StandardButton answer) {
        MessageBox::setNextAnswer(answer);
        QTimer::singleShot(0, [older] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"importFile"_s)->setText(older);
            dialog->findChild<QCheckBox *>(u"importOwnDay"_s)->setChecked(false);
            dialog->findChild<QDateEdit *>(u"importEffective"_s)->setDate(QDate(2020, 1, 1));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        m_window->findChild<QAction *>(u"importUnitsAction"_s)->trigger();
    };

    // Not confirmed: nothing changes.
    importOlder(QMessageBox::No);
    const QString question = MessageBox::lastText();
    QVERIFY2(question.contains(u"01/01/2020"_s), qPrintable(question));
    QVERIFY2(question.contains(u"01/07/2025"_s), qPrintable(question));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);

    // Confirmed: imported, and the summary of the import is shown (and closed here).
    QTimer closeSummary;
    closeSummary.setInterval(20);
    connect(&closeSummary, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    closeSummary.start();
    importOlder(QMessageBox::Yes);
    closeSummary.stop();
    QVERIFY(TestSupport::dump(m_workspace->database()) != before);
    const auto unit = UnitRepository(m_workspace->database()).byCode(u"914"_s);
    QVERIFY2(unit, qPrintable(unit.error()));
    QVERIFY(!unit->isRetired());
}

void TestMainWindow::fileThatIsNotDanvanIsRefused()
{
    if (TestSupport::onServer())
        QSKIP("about files only: what is in a file that is not danvan's");
    const QString text = TestSupport::writeFile(*m_dir, u"notes.txt"_s, "just some notes\n");
    const QByteArray before = TestSupport::fileDigest(text);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(text, Workspace::OpenIntent::Existing));
    QVERIFY(MessageBox::lastText().contains(u"notes.txt"_s));
    QCOMPARE(TestSupport::fileDigest(text), before);
    // The file that was open stays open.
    QVERIFY(m_window->databasePath().endsWith(u"example.sqlite"_s));
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);
}

void TestMainWindow::damagedFileIsRefused()
{
    if (TestSupport::onServer())
        QSKIP("about files only: a file cut in half");
    // A copy of the open file, cut in half as an interrupted copy to a USB stick leaves it.
    const QString damaged = m_dir->filePath(u"cắt đôi.sqlite"_s);
    QVERIFY(m_workspace->database().backUp(damaged).ok());
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const QByteArray before = TestSupport::fileDigest(damaged);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabase(damaged, Workspace::OpenIntent::Existing));
    QVERIFY2(MessageBox::lastText().contains(u"cắt đôi.sqlite"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(TestSupport::fileDigest(damaged), before);
    QVERIFY(m_window->databasePath().endsWith(u"example.sqlite"_s));
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);
}

void TestMainWindow::readOnlyFileOpensWithANotice()
{
    if (TestSupport::onServer())
        QSKIP("about files only: a file's permissions");
    const QString folder = m_dir->filePath(u"nhận"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x7777)));
    const QString path = folder + u"/chỉ đọc.sqlite"_s;
    QVERIFY(m_workspace->database().backUp(path).ok());
    QVERIFY(QFile::setPermissions(
        path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = TestSupport::fileDigest(path);
    const QString writableTitle = m_window->windowTitle();

    {
        // As root, permissions stop nothing: open it as the user nobody.
        const TestSupport::Unprivileged unprivileged;
        if (!unprivileged.permissionsApply())
            QSKIP(TestSupport::Unprivileged::reason());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(m_window->openDatabase(path, Workspace::OpenIntent::Existing));
    }
    QVERIFY(m_workspace->isReadOnly());
    QVERIFY2(MessageBox::lastText().contains(u"chỉ đọc.sqlite"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);
    // The title says so: not the plain "name – danvan" of a file that can be written.
    QVERIFY(m_window->windowTitle().contains(u"chỉ đọc.sqlite"_s));
    QVERIFY(m_window->windowTitle()
            != QString(writableTitle).replace(u"example.sqlite"_s, u"chỉ đọc.sqlite"_s));

    // An edit fails with the message for a file that can only be read, and nothing else
    // happens: no crash, nothing on the undo stack, the file as it was.
    auto *edit = new ChangeOfficeSettingsCommand(*m_workspace, {u"due_soon_days"_s},
                                                 {{u"due_soon_days"_s, u"7"_s}},
                                                 {{u"due_soon_days"_s, u"3"_s}});
    const Result<void> edited = m_workspace->execute(edit);
    QVERIFY(!edited.ok());
    QVERIFY2(edited.error().contains(u"chỉ cho phép đọc"_s), qPrintable(edited.error()));
    QVERIFY2(edited.error().contains(QDir::toNativeSeparators(path)), qPrintable(edited.error()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(m_workspace->dueSoonDays(), 7);
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"chỉ đọc.sqlite"_s});
}

void TestMainWindow::changedSchemaIsRefused_data()
{
    if (TestSupport::onServer())
        QSKIP("about files only: a file's schema changed by another program");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("addition");
    QTemporaryDir dir;
    Database example;
    QVERIFY(TestSupport::createExample(example, dir));
    const QList<TestSupport::SchemaChange> changes = TestSupport::schemaChanges(example.filePath());
    QVERIFY(changes.size() >= 26);
    for (const TestSupport::SchemaChange &change : changes) {
        QTest::newRow(qPrintable(change.label))
            << change.statements << change.named << change.addition;
    }
}

void TestMainWindow::changedSchemaIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QFETCH(bool, addition);
    // A copy of the open file, changed by another program, opened with File → Open.
    const QString path = m_dir->filePath(u"từ nơi khác.sqlite"_s);
    QVERIFY(m_workspace->database().backUp(path).ok());
    QVERIFY(TestSupport::runSql(path, statements));
    const QByteArray before = TestSupport::fileDigest(path);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);

    auto *open = m_window->findChild<QAction *>(u"openAction"_s);
    QVERIFY(open);
    FileDialog::setNextFileName(path);
    // Only additions: the window offers to open it read-only; the clerk declines.
    MessageBox::setNextAnswer(addition ? QMessageBox::No : QMessageBox::Ok);
    open->trigger();
    const QString refusal = Database::check(path)->message(path);
    QVERIFY2(refusal.contains(u"“%1”"_s.arg(named)), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"từ nơi khác.sqlite"_s), qPrintable(refusal));
    QVERIFY2(MessageBox::lastText().startsWith(refusal), qPrintable(MessageBox::lastText()));
    // The offer follows the refusal.
    QCOMPARE(MessageBox::lastText() != refusal, addition);
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
    // The file that was open stays open.
    QVERIFY(m_window->databasePath().endsWith(u"example.sqlite"_s));
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);
}

void TestMainWindow::fileWithAdditionsOpensReadOnlyWhenAsked()
{
    if (TestSupport::onServer())
        QSKIP("about files only: a trigger that another program added to a file");
    const QString path = m_dir->filePath(u"có trigger.sqlite"_s);
    QVERIFY(m_workspace->database().backUp(path).ok());
    QVERIFY(TestSupport::runSql(
        path,
        {u"CREATE TRIGGER t_evil AFTER UPDATE ON conferences BEGIN DELETE FROM exemplars; "
         "UPDATE units SET name = 'Đã bị đổi tên'; END"_s}));
    const QByteArray before = TestSupport::fileDigest(path);

    MessageBox::setNextAnswer(QMessageBox::Yes); // open it read-only
    QVERIFY(m_window->openDatabase(path, Workspace::OpenIntent::Existing));
    QVERIFY(m_workspace->isReadOnly());
    QVERIFY(m_window->databasePath().endsWith(u"có trigger.sqlite"_s));
    QVERIFY2(MessageBox::lastText().contains(u"“t_evil”"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->windowTitle().contains(u"có trigger.sqlite"_s));
    QVERIFY(m_window->windowTitle().contains(u"chỉ đọc"_s));
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);

    // Saving a conference fails as on any file that can only be read: the trigger never runs.
    QVERIFY(m_window->showUnitByCode(u"30898"_s));
    auto *venue = find<QLineEdit>(u"venueField"_s);
    QVERIFY(venue);
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    typeText(venue, u"Hội trường ấp"_s);
    QTest::keyClick(venue, Qt::Key_Tab);
    auto *message = find<QLabel>(u"panelMessage"_s);
    QTRY_VERIFY2(message->text().contains(u"chỉ cho phép đọc"_s), qPrintable(message->text()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QVERIFY(m_window->close());
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(UnitRepository(m_workspace->database()).byCode(u"30898"_s)->name, u"Xã Bình An"_s);
}

void TestMainWindow::untouchedFileOfEveryVersionOpens_data()
{
    if (TestSupport::onServer())
        QSKIP("about files only: files of older versions");
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Database::SchemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
}

void TestMainWindow::untouchedFileOfEveryVersionOpens()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(u"v%1.sqlite"_s.arg(version));
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v%1-example.sqlite"_s.arg(version)), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto *open = m_window->findChild<QAction *>(u"openAction"_s);
    QVERIFY(open);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok); // "File updated", for the older ones
    open->trigger();
    QCOMPARE(m_window->databasePath(), path);
    QVERIFY(!m_workspace->isReadOnly());
    QCOMPARE(find<QTableView>(u"scheduleView"_s)->model()->rowCount(), 161);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
