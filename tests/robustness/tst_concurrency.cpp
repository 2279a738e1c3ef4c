#include "CampaignRepository.h"
#include "ConferenceEdits.h"
#include "Database.h"
#include "Schedule.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "Workspace.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Two grassroots units of the Kiên Giang example, both in its one campaign.
const QString firstCode = u"30880"_s;
const QString secondCode = u"30883"_s;

// What one run of danvan-cli gave.
struct Run
{
    int exitCode = -1;
    QString err;
    QString describe() const { return u"exit %1, stderr: %2"_s.arg(exitCode).arg(err); }
};

QStringList cliArguments(const QStringList &arguments)
{
    return QStringList{u"--lang"_s, u"en"_s} + arguments;
}

Run finish(QProcess &process)
{
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"danvan-cli did not end: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DANVAN_CLI_PATH), cliArguments(arguments));
    return finish(process);
}

qint64 unitId(Database &database, const QString &code)
{
    const auto unit = UnitRepository(database).byCode(code);
    return unit ? unit->id : 0;
}

int unitCount(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT count(*) FROM units"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString integrity(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"integrity_check did not run"_s;
    return query.value(0).toString();
}

// True while the process waits in a sleep of the kernel: SQLite's busy handler between two
// tries at the lock another program holds.
bool waitsInASleep(qint64 pid)
{
    QFile wchan(u"/proc/%1/wchan"_s.arg(pid));
    return wchan.open(QIODevice::ReadOnly) && wchan.readAll().contains("nanosleep");
}

// Reads a conference fresh from the file, changes it with `change` and saves it.
template<typename Change>
Result<void> edit(Database &database, qint64 campaignId, const QString &code, Change change)
{
    CampaignRepository campaigns(database);
    const auto current = campaigns.conference(campaignId, unitId(database, code));
    if (!current)
        return Failure{current.error()};
    Conference conference = *current;
    change(conference);
    return campaigns.saveConference(conference);
}

} // namespace

/// Two programs on one file: two Database objects in one process, danvan-cli beside a
/// test holding a write transaction, and a window's Workspace reading what the command
/// line wrote. Edits from both sides are kept; a writer that meets the other's open write
/// transaction waits for it (up to the busy timeout) and then fails in words, naming the
/// file, with nothing half-written.
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void twoDatabasesKeepBothEdits();
    void writerWaitsForTheOther();
    void busyWriterFailsInWords_data();
    void busyWriterFailsInWords();
    void cliWaitsForTheOther();
    void cliKeepsWhatWasWrittenMeanwhile();
    void cliReportsBusyFile_data();
    void cliReportsBusyFile();
    void workspaceSeesCliChanges();
    void windowEditKeepsCliEdit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_path;
    qint64 m_campaignId = 0;
};

void TestConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(TestSupport::createExample(*m_database, *m_dir, u"kiên giang.sqlite"_s));
    m_path = m_database->filePath();
    const auto campaigns = CampaignRepository(*m_database).all();
    QVERIFY2(campaigns, qPrintable(campaigns.error()));
    QCOMPARE(campaigns->size(), 1);
    m_campaignId = campaigns->first().id;
    QVERIFY(unitId(*m_database, firstCode) > 0);
    QVERIFY(unitId(*m_database, secondCode) > 0);
}

void TestConcurrency::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestConcurrency::twoDatabasesKeepBothEdits()
{
    Database second;
    QVERIFY2(second.open(m_path), qPrintable(m_path));
    // Each writes in turn, one field of the same conference and one of its own unit.
    for (int i = 1; i <= 20; ++i) {
        Database &writer = i % 2 ? *m_database : second;
        const auto saved = edit(writer, m_campaignId, firstCode, [i](Conference &conference) {
            if (i % 2)
                conference.attendees = i;
            else
                conference.venue = u"Hội trường lần %1"_s.arg(i);
        });
        QVERIFY2(saved, qPrintable(saved.error()));
        const auto own =
            edit(writer, m_campaignId, i % 2 ? firstCode : secondCode,
                 [i](Conference &conference) { conference.note = u"Lần sửa %1"_s.arg(i); });
        QVERIFY2(own, qPrintable(own.error()));
    }
    second.close();
    m_database->close();

    Database reader;
    QVERIFY(reader.open(m_path));
    CampaignRepository campaigns(reader);
    const auto first = campaigns.conference(m_campaignId, unitId(reader, firstCode));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->attendees, 19);
    QCOMPARE(first->venue, u"Hội trường lần 20"_s);
    QCOMPARE(first->note, u"Lần sửa 19"_s);
    const auto other = campaigns.conference(m_campaignId, unitId(reader, secondCode));
    QVERIFY2(other, qPrintable(other.error()));
    QCOMPARE(other->note, u"Lần sửa 20"_s);
    QCOMPARE(integrity(reader), u"ok"_s);
}

void TestConcurrency::writerWaitsForTheOther()
{
    // This side holds a write transaction with a change in it; another thread, with its own
    // Database on the same file, writes meanwhile. It must wait, not fail at once: the
    // transaction here ends well within its busy timeout.
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    const auto held = edit(*m_database, m_campaignId, firstCode,
                           [](Conference &conference) { conference.attendees = 250; });
    QVERIFY2(held, qPrintable(held.error()));

    std::atomic<bool> ready{false};
    Result<void> saved = Failure{u"the other writer did not run"_s};
    qint64 waited = -1;
    std::unique_ptr<QThread> other(QThread::create([&] {
        Database database;
        if (auto opened = database.open(m_path); !opened) {
            saved = opened;
            ready = true;
            return;
        }
        ready = true;
        QElapsedTimer timer;
        timer.start();
        saved = edit(database, m_campaignId, secondCode,
                     [](Conference &conference) { conference.chair = u"Đ/c Lê Quốc Việt"_s; });
        waited = timer.elapsed();
    }));
    other->start();
    QTRY_VERIFY(ready.load());
    // Give the other writer time to reach its BEGIN IMMEDIATE and wait there. Were it
    // slower, it would find the file free and the test would pass as well: nothing timed
    // is asserted.
    QTest::qWait(500);
    QVERIFY(transaction.commit());
    QVERIFY(other->wait(30000));
    QVERIFY2(saved, qPrintable(saved.error()));
    qInfo("the other writer waited %lld ms for this one's transaction", waited);

    CampaignRepository campaigns(*m_database);
    QCOMPARE(campaigns.conference(m_campaignId, unitId(*m_database, firstCode))->attendees, 250);
    QCOMPARE(campaigns.conference(m_campaignId, unitId(*m_database, secondCode))->chair,
             u"Đ/c Lê Quốc Việt"_s);
}

void TestConcurrency::busyWriterFailsInWords_data()
{
    QTest::addColumn<bool>("import");
    QTest::newRow("conference") << false;
    QTest::newRow("import") << true;
}

void TestConcurrency::busyWriterFailsInWords()
{
    QFETCH(bool, import);
    const QString before = TestSupport::dump(*m_database);
    const int units = unitCount(*m_database);

    Database second;
    QVERIFY(second.open(m_path));
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    const auto held = edit(*m_database, m_campaignId, firstCode,
                           [](Conference &conference) { conference.attendees = 250; });
    QVERIFY2(held, qPrintable(held.error()));

    // The other writer waits its whole busy timeout (5 s), then gives up.
    QElapsedTimer timer;
    timer.start();
    Result<void> saved;
    if (import) {
        QByteArray csv = "code,name,kind,parent_code\r\n"
                         "91-DBKCQ,Đảng bộ Khối Cơ quan tỉnh,đảng bộ,91\r\n"
                         "91-DBKDN,Đảng bộ Khối Doanh nghiệp tỉnh,đảng bộ,91\r\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto report = UnitImporter(second).import(&buffer, u"đảng bộ.csv"_s);
        if (!report)
            saved = Failure{report.error()};
    } else {
        saved = edit(second, m_campaignId, secondCode,
                     [](Conference &conference) { conference.attendees = 99; });
    }
    qInfo("the busy writer gave up after %lld ms", timer.elapsed());
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"busy"_s), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QDir::toNativeSeparators(m_path)), qPrintable(saved.error()));
    QVERIFY(!second.inTransaction());

    // Nothing of either is in the file once this side gives up its own change too.
    transaction.rollback();
    QCOMPARE(TestSupport::dump(second), before);
    QCOMPARE(unitCount(second), units);
    QCOMPARE(integrity(second), u"ok"_s);

    // Once the file is free, the same write goes through.
    const auto again = edit(second, m_campaignId, secondCode,
                            [](Conference &conference) { conference.attendees = 99; });
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(CampaignRepository(*m_database)
                 .conference(m_campaignId, unitId(*m_database, secondCode))
                 ->attendees,
             99);
}

void TestConcurrency::cliWaitsForTheOther()
{
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    const auto held = edit(*m_database, m_campaignId, firstCode,
                           [](Conference &conference) { conference.attendees = 250; });
    QVERIFY2(held, qPrintable(held.error()));

    QProcess process;
    process.start(QStringLiteral(DANVAN_CLI_PATH),
                  cliArguments({u"conference"_s, m_path, u"--unit"_s, secondCode, u"--held"_s,
                                u"12/05/2020"_s, u"--attendees"_s, u"87"_s}));
    QVERIFY(process.waitForStarted());
    // Give the command time to reach its write and wait there (not asserted: were it
    // slower, it would find the file free).
    QTest::qWait(1000);
    QVERIFY(transaction.commit());
    const Run run = finish(process);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    CampaignRepository campaigns(*m_database);
    QCOMPARE(campaigns.conference(m_campaignId, unitId(*m_database, firstCode))->attendees, 250);
    const auto written = campaigns.conference(m_campaignId, unitId(*m_database, secondCode));
    QCOMPARE(written->attendees, 87);
    QCOMPARE(written->heldOn, QDate(2020, 5, 12));
}

void TestConcurrency::cliKeepsWhatWasWrittenMeanwhile()
{
    if (!QFile::exists(u"/proc/self/wchan"_s))
        QSKIP("this system does not show where a process waits (/proc/PID/wchan)");
    // The window writes the venue of a conference, in a transaction still open...
    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    const auto written = edit(*m_database, m_campaignId, secondCode, [](Conference &conference) {
        conference.venue = u"Nhà văn hóa ấp Vĩnh Lạc"_s;
    });
    QVERIFY2(written, qPrintable(written.error()));

    // ... while the command line records the day it was held.
    QProcess process;
    process.start(QStringLiteral(DANVAN_CLI_PATH),
                  cliArguments({u"conference"_s, m_path, u"--unit"_s, secondCode, u"--held"_s,
                                u"12/05/2020"_s}));
    QVERIFY(process.waitForStarted());
    // It waits for the file. (Were it to read the conference before its own transaction,
    // it would have read it by now, without the venue.)
    QTRY_VERIFY_WITH_TIMEOUT(waitsInASleep(process.processId()), 30000);
    QVERIFY(transaction.commit());
    const Run run = finish(process);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    const auto stored =
        CampaignRepository(*m_database).conference(m_campaignId, unitId(*m_database, secondCode));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->heldOn, QDate(2020, 5, 12));
    // The venue written meanwhile is kept: the command writes only the field it was given.
    QCOMPARE(stored->venue, u"Nhà văn hóa ấp Vĩnh Lạc"_s);
}

void TestConcurrency::cliReportsBusyFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("conference") << QStringList{u"conference"_s, u"--unit"_s,     secondCode,
                                               u"--held"_s,     u"12/05/2020"_s, u"--attendees"_s,
                                               u"87"_s};
    QTest::newRow("import-units") << QStringList{u"import-units"_s, u"PARTY"_s};
    QTest::newRow("deadline") << QStringList{u"deadline"_s, u"--level"_s, u"commune"_s, u"--text"_s,
                                             u"giữa tháng 6-2020"_s};
}

void TestConcurrency::cliReportsBusyFile()
{
    QFETCH(QStringList, arguments);
    arguments.insert(1, m_path);
    const int party = arguments.indexOf(u"PARTY"_s);
    if (party >= 0)
        arguments[party] = TestSupport::dataPath(u"hierarchy-kg-party.csv"_s);
    const QString before = TestSupport::dump(*m_database);

    Transaction transaction(*m_database);
    QVERIFY(transaction.begin());
    const auto held = edit(*m_database, m_campaignId, firstCode,
                           [](Conference &conference) { conference.attendees = 250; });
    QVERIFY2(held, qPrintable(held.error()));

    QElapsedTimer timer;
    timer.start();
    const Run run = runCli(arguments);
    qInfo("danvan-cli %s gave up after %lld ms", qPrintable(arguments.first()), timer.elapsed());
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    const QStringList lines = run.err.trimmed().split(u'\n');
    QVERIFY2(lines.size() == 1, qPrintable(run.describe()));
    QVERIFY2(lines.first().contains(u"busy"_s), qPrintable(run.describe()));
    QVERIFY2(lines.first().contains(QDir::toNativeSeparators(m_path)), qPrintable(run.describe()));

    transaction.rollback();
    QCOMPARE(TestSupport::dump(*m_database), before);

    // The same command on a free file.
    const Run again = runCli(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(TestSupport::dump(*m_database) != before);
}

void TestConcurrency::workspaceSeesCliChanges()
{
    m_database->close();
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenIntent::Existing));
    const qint64 unit = unitId(workspace.database(), secondCode);
    const auto rowOf = [&workspace, unit]() -> const ScheduleRow & {
        const Schedule &schedule = *workspace.schedule();
        return schedule.rows().at(schedule.rowOfUnit(unit));
    };
    QVERIFY(workspace.schedule());
    QVERIFY(workspace.schedule()->rowOfUnit(unit) >= 0);
    QVERIFY(rowOf().conference.attendees != 87);

    const Run run =
        runCli({u"conference"_s, m_path, u"--unit"_s, secondCode, u"--held"_s, u"12/05/2020"_s,
                u"--attendees"_s, u"87"_s, u"--venue"_s, u"Nhà văn hóa ấp Vĩnh Lạc"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    workspace.refresh(Workspace::everything());
    QCOMPARE(rowOf().conference.attendees, 87);
    QCOMPARE(rowOf().conference.heldOn, QDate(2020, 5, 12));
    QCOMPARE(rowOf().conference.venue, u"Nhà văn hóa ấp Vĩnh Lạc"_s);
}

void TestConcurrency::windowEditKeepsCliEdit()
{
    m_database->close();
    Workspace workspace;
    QVERIFY(workspace.open(m_path, Workspace::OpenIntent::Existing));
    const qint64 unit = unitId(workspace.database(), secondCode);
    const Schedule &schedule = *workspace.schedule();
    const Conference shown = schedule.rows().at(schedule.rowOfUnit(unit)).conference;

    // The command line records the attendees while the window shows the conference...
    const Run run = runCli({u"conference"_s, m_path, u"--unit"_s, secondCode, u"--held"_s,
                            u"12/05/2020"_s, u"--attendees"_s, u"87"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // ... and the clerk then changes the venue there, as UnitPanel::commit() does: the
    // conference as the window last read it, with the one field changed.
    Conference after = shown;
    after.venue = u"Hội trường Huyện ủy"_s;
    QVERIFY(workspace.execute(new EditConferenceCommand(workspace, shown, after, secondCode)));

    const auto stored = CampaignRepository(workspace.database()).conference(m_campaignId, unit);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->venue, u"Hội trường Huyện ủy"_s);
    // The attendees and the day held that the command line wrote are kept.
    QCOMPARE(stored->attendees, 87);
    QCOMPARE(stored->heldOn, QDate(2020, 5, 12));

    // Undo takes back the venue only.
    workspace.undoStack()->undo();
    const auto undone = CampaignRepository(workspace.database()).conference(m_campaignId, unit);
    QVERIFY2(undone, qPrintable(undone.error()));
    QCOMPARE(undone->venue, shown.venue);
    QCOMPARE(undone->attendees, 87);
}

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
