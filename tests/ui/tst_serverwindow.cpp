#include "CampaignView.h"
#include "CliRun.h"
#include "Database.h"
#include "ExemplarModel.h"
#include "ExemplarsView.h"
#include "MainWindow.h"
#include "PgServer.h"
#include "Schedule.h"
#include "SteeringView.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

/// The window on a shared PostgreSQL server (a throwaway one): it names the server in its
/// title, shows within seconds what another office saves, and says so when the server goes.
class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anotherOfficesEditAppears();
    void othersUnitsAreGreyedWithTheReason();
    void everyPageGreysWhatIsNotTheOffices();
    void connectionCutMidEdit();
    void serverRestartedMidEdit();
    void twoOfficesEditTheSameCommune();
    void lostServerIsSaid();

private:
    QDate heldOnOf(const QString &code) const;

    TestSupport::PgServer m_server;
    QTemporaryDir m_dir;
    QString m_database;
    int m_databases = 0;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::English);
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    const auto made = m_server.sql(u"postgres"_s, u"postgres"_s,
                                   u"CREATE ROLE huyen_chau_thanh LOGIN; "
                                   "CREATE ROLE tinh_kien_giang LOGIN;"_s);
    QVERIFY2(made.ok(), qPrintable(made.describe()));
    const QString file = m_dir.filePath(u"kiengiang.sqlite"_s);
    const CliRun run = runCli({u"init"_s, file, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestServerWindow::init()
{
    // Each test on a database of its own, prepared as the IT staff would.
    m_database = u"window_%1"_s.arg(++m_databases);
    QVERIFY(m_server.createDatabase(m_database));
    const QString admin = m_server.url(u"postgres"_s, m_database);
    const QList<QStringList> steps{
        {u"server"_s, u"init"_s, admin},
        {u"copy"_s, m_dir.filePath(u"kiengiang.sqlite"_s), admin},
        {u"server"_s, u"grant"_s, admin, u"--role"_s, u"huyen_chau_thanh"_s, u"--unit"_s, u"905"_s},
        {u"server"_s, u"grant"_s, admin, u"--role"_s, u"tinh_kien_giang"_s, u"--unit"_s, u"91"_s},
    };
    for (const QStringList &step : steps) {
        const CliRun run = runCli(step);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    QVERIFY(m_window->openDatabase(m_server.url(u"huyen_chau_thanh"_s, m_database),
                                   Workspace::OpenIntent::Existing));
    m_window->setAsOf(QDate(2020, 5, 25));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestServerWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
}

QDate TestServerWindow::heldOnOf(const QString &code) const
{
    const auto schedule = m_workspace->schedule();
    if (!schedule)
        return {};
    const qint64 unitId = TestSupport::unitIdOf(m_workspace->database(), code);
    const int row = schedule->rowOfUnit(unitId);
    return row >= 0 ? schedule->rows().at(row).conference.heldOn : QDate();
}

void TestServerWindow::anotherOfficesEditAppears()
{
    QVERIFY2(m_window->windowTitle().startsWith(
                 u"huyen_chau_thanh@127.0.0.1:%1/%2"_s.arg(m_server.port()).arg(m_database)),
             qPrintable(m_window->windowTitle()));
    QCOMPARE(heldOnOf(u"30898"_s), QDate());
    // The province's clerk, in another program, records Bình An's conference.
    const CliRun run = runCli({u"conference"_s, m_server.url(u"tinh_kien_giang"_s, m_database),
                               u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The issue asks for 2 s; the wait allows more on a loaded machine, and fails without
    // the notification (the window never reads again by itself).
    QTRY_COMPARE_WITH_TIMEOUT(heldOnOf(u"30898"_s), QDate(2020, 5, 20), 10000);
}

void TestServerWindow::othersUnitsAreGreyedWithTheReason()
{
    auto *venue = m_window->findChild<QLineEdit *>(u"venueField"_s);
    auto *message = m_window->findChild<QLabel *>(u"panelMessage"_s);
    QVERIFY(venue && message);
    // A commune of another district: read, not changed, and the panel says why.
    m_window->showUnitByCode(u"30955"_s);
    QTRY_VERIFY(venue->isVisible());
    QVERIFY(!venue->isEnabled());
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             u"Huyện Châu Thành may not change Xã Vĩnh Hòa Hưng Bắc of Huyện Gò Quao."_s);
    // Its own commune: open to the clerk, without the sentence.
    m_window->showUnitByCode(u"30898"_s);
    QTRY_VERIFY(venue->isEnabled());
    QVERIFY(!message->isVisible());
}

// Beyond the unit panel: the campaign's page, the steering groups, the models and exemplars
// and the campaign's menu grey what the district's office may not change, and say why; the
// province's office, on the same data, may change them.
void TestServerWindow::everyPageGreysWhatIsNotTheOffices()
{
    // A model of a commune of Châu Thành and one of another district's commune.
    const auto added = m_server.sql(u"postgres"_s, m_database,
                                    u"INSERT INTO exemplars (campaign_id, unit_id, kind, name) "
                                    "SELECT 1, id, 'collective', 'Mô hình ' || code FROM units "
                                    "WHERE code IN ('30898', '30955')"_s);
    QVERIFY2(added.ok(), qPrintable(added.describe()));
    m_workspace->refresh(Workspace::everything());
    const QString refusal = u"Huyện Châu Thành may not change Tỉnh Kiên Giang."_s;

    auto *rename = m_window->findChild<QAction *>(u"renameCampaignAction"_s);
    auto *remove = m_window->findChild<QAction *>(u"deleteCampaignAction"_s);
    QVERIFY(rename && remove);
    QVERIFY(!rename->isEnabled());
    QVERIFY(!remove->isEnabled());

    CampaignView campaignView(*m_workspace);
    campaignView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&campaignView));
    auto *campaignRefusal = campaignView.findChild<QLabel *>(u"campaignRefusal"_s);
    auto *addDocument = campaignView.findChild<QPushButton *>(u"addDocumentButton"_s);
    auto *levels = campaignView.findChild<QGroupBox *>(u"levelDeadlinesBox"_s);
    QVERIFY(campaignRefusal && addDocument && levels);
    QTRY_VERIFY(campaignRefusal->isVisible());
    QVERIFY2(campaignRefusal->text().startsWith(refusal), qPrintable(campaignRefusal->text()));
    QVERIFY(!addDocument->isEnabled());
    const auto phrases = levels->findChildren<QLineEdit *>();
    QVERIFY(!phrases.isEmpty());
    for (const QLineEdit *phrase : phrases)
        QVERIFY(!phrase->isEnabled());

    SteeringView steeringView(*m_workspace);
    steeringView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&steeringView));
    auto *steeringRefusal = steeringView.findChild<QLabel *>(u"steeringRefusal"_s);
    auto *addGroup = steeringView.findChild<QPushButton *>(u"addGroupButton"_s);
    QVERIFY(steeringRefusal && addGroup);
    QTRY_VERIFY(steeringRefusal->isVisible());
    QVERIFY2(steeringRefusal->text().startsWith(refusal), qPrintable(steeringRefusal->text()));
    QVERIFY(!addGroup->isEnabled());

    ExemplarsView exemplarsView(*m_workspace);
    exemplarsView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exemplarsView));
    auto *table = exemplarsView.findChild<QTableView *>(u"exemplarTable"_s);
    auto *edit = exemplarsView.findChild<QPushButton *>(u"editExemplarButton"_s);
    QVERIFY(table && edit);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const auto selectUnit = [&](const QString &code) {
        const qint64 unitId = TestSupport::unitIdOf(m_workspace->database(), code);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ExemplarModel::UnitIdRole).toLongLong()
                == unitId) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    };
    QVERIFY(selectUnit(u"30955"_s));
    QVERIFY(!edit->isEnabled());
    QCOMPARE(edit->toolTip(),
             u"Huyện Châu Thành may not change Xã Vĩnh Hòa Hưng Bắc of Huyện Gò Quao."_s);
    QVERIFY(selectUnit(u"30898"_s));
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->toolTip(), QString());

    // The province's office, on the same database: nothing greyed, nothing said.
    Workspace province;
    const auto opened = province.open(m_server.url(u"tinh_kien_giang"_s, m_database),
                                      Workspace::OpenIntent::Existing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    CampaignView provinceView(province);
    provinceView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&provinceView));
    auto *provinceAdd = provinceView.findChild<QPushButton *>(u"addDocumentButton"_s);
    QVERIFY(provinceAdd);
    QTRY_VERIFY(provinceAdd->isEnabled());
    QVERIFY(!provinceView.findChild<QLabel *>(u"campaignRefusal"_s)->isVisible());
}

// The server ends the office's connection (a restart, a cable pulled, as the program sees
// it) while the clerk types: the edit is refused with a message and nothing of it is
// written; the window connects again by itself, says so, and the edit can be made again.
void TestServerWindow::connectionCutMidEdit()
{
    m_window->showUnitByCode(u"30898"_s);
    auto *venue = m_window->findChild<QLineEdit *>(u"venueField"_s);
    auto *message = m_window->findChild<QLabel *>(u"panelMessage"_s);
    QVERIFY(venue && message);
    QTRY_VERIFY(venue->isVisible() && venue->isEnabled());
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    QTest::keyClicks(venue, u"Hoi truong"_s);

    const auto cut = m_server.sql(u"postgres"_s, u"postgres"_s,
                                  u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE usename = 'huyen_chau_thanh'"_s);
    QVERIFY2(cut.ok(), qPrintable(cut.describe()));
    QTest::keyClick(venue, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"connection"_s), qPrintable(message->text()));
    const auto stored =
        m_server.sql(u"postgres"_s, m_database,
                     u"SELECT c.venue FROM conferences c JOIN units u ON u.id = c.unit_id "
                     "WHERE u.code = '30898'"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QCOMPARE(stored.out.trimmed(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(u"Connected to"_s),
                             15000);
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    venue->selectAll();
    QTest::keyClicks(venue, u"Hoi truong xa"_s);
    QTest::keyClick(venue, Qt::Key_Tab);
    const auto saved =
        m_server.sql(u"postgres"_s, m_database,
                     u"SELECT c.venue FROM conferences c JOIN units u ON u.id = c.unit_id "
                     "WHERE u.code = '30898'"_s);
    QVERIFY2(saved.ok(), qPrintable(saved.describe()));
    QCOMPARE(saved.out.trimmed(), u"Hoi truong xa"_s);
}

// The administrator restarts the server while the clerk types: the edit is refused whole,
// the window connects again to the same data by itself, and the edit can then be made.
void TestServerWindow::serverRestartedMidEdit()
{
    m_window->showUnitByCode(u"30898"_s);
    auto *venue = m_window->findChild<QLineEdit *>(u"venueField"_s);
    auto *chair = m_window->findChild<QLineEdit *>(u"chairField"_s);
    auto *message = m_window->findChild<QLabel *>(u"panelMessage"_s);
    QVERIFY(venue && chair && message);
    QTRY_VERIFY(chair->isVisible() && chair->isEnabled());
    // Something saved before the restart, to find again after it.
    chair->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chair->hasFocus());
    QTest::keyClicks(chair, u"Dong chi Bi thu"_s);
    QTest::keyClick(chair, Qt::Key_Tab);
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    QTest::keyClicks(venue, u"Hoi truong"_s);

    QVERIFY(m_server.restart());
    QTest::keyClick(venue, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"connection"_s), qPrintable(message->text()));
    const QString query =
        u"SELECT coalesce(nullif(c.venue, ''), '-') || '/' || c.chair FROM conferences c "
        "JOIN units u ON u.id = c.unit_id WHERE u.code = '30898'"_s;
    auto stored = m_server.sql(u"postgres"_s, m_database, query);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QCOMPARE(stored.out.trimmed(), u"-/Dong chi Bi thu"_s);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(u"Connected to"_s),
                             15000);
    QCOMPARE(chair->text(), u"Dong chi Bi thu"_s);
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    venue->selectAll();
    QTest::keyClicks(venue, u"Hoi truong xa"_s);
    QTest::keyClick(venue, Qt::Key_Tab);
    stored = m_server.sql(u"postgres"_s, m_database, query);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QCOMPARE(stored.out.trimmed(), u"Hoi truong xa/Dong chi Bi thu"_s);
}

// The district's clerk and the province's clerk, each in a window of their own, work on the
// same commune at once: each one's fields are saved, neither overwrites the other's, and
// the district's clerk is told when the field being typed in was changed by the province.
void TestServerWindow::twoOfficesEditTheSameCommune()
{
    Workspace provinceWorkspace;
    MainWindow province(provinceWorkspace);
    QVERIFY(province.openDatabase(m_server.url(u"tinh_kien_giang"_s, m_database),
                                  Workspace::OpenIntent::Existing));
    province.setAsOf(QDate(2020, 5, 25));
    province.show();
    QVERIFY(QTest::qWaitForWindowExposed(&province));
    m_window->showUnitByCode(u"30898"_s);
    province.showUnitByCode(u"30898"_s);
    auto *venue = m_window->findChild<QLineEdit *>(u"venueField"_s);
    auto *message = m_window->findChild<QLabel *>(u"panelMessage"_s);
    auto *provinceChair = province.findChild<QLineEdit *>(u"chairField"_s);
    auto *provinceVenue = province.findChild<QLineEdit *>(u"venueField"_s);
    QVERIFY(venue && message && provinceChair && provinceVenue);
    QTRY_VERIFY(venue->isEnabled() && provinceChair->isEnabled());

    // The district types the venue; meanwhile the province saves the chair and the venue.
    m_window->activateWindow();
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    QTest::keyClicks(venue, u"Hoi truong xa Binh An"_s);
    provinceChair->setText(u"Dong chi Pho Bi thu"_s);
    emit provinceChair->editingFinished();
    provinceVenue->setText(u"Nha van hoa ap"_s);
    emit provinceVenue->editingFinished();
    // The district's window hears of it: the chair changes, the venue being typed stays,
    // and the clerk reads what the province wrote there.
    auto *chair = m_window->findChild<QLineEdit *>(u"chairField"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chair->text(), u"Dong chi Pho Bi thu"_s, 10000);
    QCOMPARE(venue->text(), u"Hoi truong xa Binh An"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Nha van hoa ap"_s), qPrintable(message->text()));
    // The district's clerk saves the venue: both offices' work is there.
    QTest::keyClick(venue, Qt::Key_Tab);
    const auto stored = m_server.sql(u"postgres"_s, m_database,
                                     u"SELECT c.venue || '/' || c.chair FROM conferences c "
                                     "JOIN units u ON u.id = c.unit_id WHERE u.code = '30898'"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.describe()));
    QCOMPARE(stored.out.trimmed(), u"Hoi truong xa Binh An/Dong chi Pho Bi thu"_s);
    // And the province's window shows the district's venue.
    QTRY_COMPARE_WITH_TIMEOUT(provinceVenue->text(), u"Hoi truong xa Binh An"_s, 10000);
}

void TestServerWindow::lostServerIsSaid()
{
    m_server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"was lost"_s),
                             15000);
    // Restarted for the next tests (a new cluster).
    QVERIFY(m_server.start());
    const auto made = m_server.sql(u"postgres"_s, u"postgres"_s,
                                   u"CREATE ROLE huyen_chau_thanh LOGIN; "
                                   "CREATE ROLE tinh_kien_giang LOGIN;"_s);
    QVERIFY2(made.ok(), qPrintable(made.describe()));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
