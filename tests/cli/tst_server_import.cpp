#include "CliRun.h"
#include "Database.h"
#include "PgServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestPaths.h"

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

namespace {

const QString provinceLogin = u"tinh_kien_giang"_s;

// A register of national size in the layout of the register's export: 63 provinces, 700
// districts, 10,800 communes. Its codes are none of the Kiên Giang example's (91, 899–914,
// 30xxx), so that it adds 11,563 units to the example.
constexpr int registerProvinces = 63;
constexpr int registerDistricts = 700;
constexpr int registerCommunes = 10800;
constexpr int registerUnits = registerProvinces + registerDistricts + registerCommunes;

QByteArray nationalRegister()
{
    QString csv = u"Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\r\n"_s;
    int district = 0;
    int commune = 0;
    for (int province = 1; province <= registerProvinces; ++province) {
        const int districts = registerDistricts / registerProvinces
            + (province <= registerDistricts % registerProvinces ? 1 : 0);
        for (int d = 0; d < districts; ++d) {
            ++district;
            const int communes = registerCommunes / registerDistricts
                + (district <= registerCommunes % registerDistricts ? 1 : 0);
            for (int c = 0; c < communes; ++c) {
                ++commune;
                csv += u"Tỉnh Số %1,%2,Huyện Số %3,%4,Xã Số %5,%6,Xã\r\n"_s.arg(province)
                           .arg(province, 2, 10, QChar(u'0'))
                           .arg(district)
                           .arg(district, 3, 10, QChar(u'0'))
                           .arg(commune)
                           .arg(commune, 5, 10, QChar(u'0'));
            }
        }
    }
    return csv.toUtf8();
}

// A QPSQL connection of the test's own to a database of the server, as its administrator:
// closed and removed when it goes out of scope, a failed check included.
class AdminConnection
{
public:
    AdminConnection(const TestSupport::PgServer &server, const QString &database,
                    const QString &name)
        : m_name(name)
        , m_db(server.connect(u"postgres"_s, database, name))
    {
    }
    ~AdminConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

/// Imports on a PostgreSQL server, run as the real program by the province's login against a
/// throwaway server: a national register and results from several spreadsheets go in a few
/// statements (not one per row) and end as they do in a file; an import cut off in the middle
/// (its connection killed, or the server restarted) fails with a message that names the
/// server and leaves the database exactly as it was.
class TestServerImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void registerImportGoesInBatches();
    void resultsImportGoesInBatches();
    void importCutOffChangesNothing_data();
    void importCutOffChangesNothing();

private:
    /// The example copied onto a fresh database of the server, the province given its unit.
    QString freshServerCopy(const QString &name);
    QString office(const QString &database) const { return m_server.url(provinceLogin, database); }
    /// Every row of every table, read by the server's administrator.
    QString dumpOf(const QString &database);
    QString summary(const QString &db) const;
    /// Turns on the logging of every statement that reaches `database` (for connections made
    /// from now on) and returns where the log is at.
    qint64 logStatements(const QString &database) const;
    /// The statements the server logged since `offset`.
    int statementsSince(qint64 offset) const;
    QString logPath() const { return m_server.folder() + u"/log"_s; }

    TestSupport::PgServer m_server;
    QTemporaryDir m_dir;
    QString m_example;
    QString m_register;
    int m_databases = 0;
};

void TestServerImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    const auto made =
        m_server.sql(u"postgres"_s, u"postgres"_s, u"CREATE ROLE %1 LOGIN;"_s.arg(provinceLogin));
    QVERIFY2(made.ok(), qPrintable(made.describe()));
    m_example = m_dir.filePath(u"kiengiang.sqlite"_s);
    const CliRun run = runCli({u"init"_s, m_example, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    m_register = TestSupport::writeFile(m_dir, u"register.csv"_s, nationalRegister());
}

void TestServerImport::cleanupTestCase()
{
    m_server.stop();
}

QString TestServerImport::freshServerCopy(const QString &name)
{
    const QString database = u"%1_%2"_s.arg(name).arg(++m_databases);
    if (!m_server.createDatabase(database))
        return {};
    const QString admin = m_server.url(u"postgres"_s, database);
    for (const QStringList &arguments :
         {QStringList{u"server"_s, u"init"_s, admin}, QStringList{u"copy"_s, m_example, admin},
          QStringList{u"server"_s, u"grant"_s, admin, u"--role"_s, provinceLogin, u"--unit"_s,
                      u"91"_s}}) {
        const CliRun run = runCli(arguments);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
    }
    return database;
}

QString TestServerImport::dumpOf(const QString &database)
{
    Database db;
    if (auto opened = db.open(m_server.url(u"postgres"_s, database)); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    return TestSupport::dump(db);
}

QString TestServerImport::summary(const QString &db) const
{
    const CliRun run = runCli({u"summary"_s, db, u"--today"_s, u"2020-06-30"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return run.out;
}

qint64 TestServerImport::logStatements(const QString &database) const
{
    const auto set = m_server.sql(u"postgres"_s, u"postgres"_s,
                                  u"ALTER DATABASE %1 SET log_statement = 'all';"_s.arg(database));
    if (!set.ok())
        qWarning("%s", qPrintable(set.describe()));
    return QFileInfo(logPath()).size();
}

int TestServerImport::statementsSince(qint64 offset) const
{
    QFile log(logPath());
    if (!log.open(QIODevice::ReadOnly) || !log.seek(offset)) {
        qWarning("cannot read the server's log %s", qPrintable(logPath()));
        return -1;
    }
    // Qt's driver sends every statement as text (a prepared one as EXECUTE): one a line.
    int count = 0;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains("LOG:  statement: ") || line.contains("LOG:  execute "))
            ++count;
    }
    return count;
}

void TestServerImport::registerImportGoesInBatches()
{
    const QString database = freshServerCopy(u"register"_s);
    QVERIFY(!database.isEmpty());
    const QString file = m_dir.filePath(u"register.sqlite"_s);
    QFile::remove(file);
    QVERIFY(QFile::copy(m_example, file));

    const CliRun onFile = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, file, m_register});
    QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.describe()));
    QVERIFY2(onFile.out.contains(QString::number(registerUnits)), qPrintable(onFile.out));
    const qint64 logStart = logStatements(database);
    const CliRun onServer =
        runCli({u"--lang"_s, u"en"_s, u"import-units"_s, office(database), m_register});
    QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.describe()));
    QCOMPARE(onServer.out, onFile.out);

    // A statement for some hundreds of units, where each unit took one or two before.
    const int statements = statementsSince(logStart);
    QVERIFY2(statements > 0 && statements * 50 < registerUnits,
             qPrintable(u"%1 statements for %2 units"_s.arg(statements).arg(registerUnits)));

    // The same units as in the file, under the same parents.
    const auto exportUnits = [this](const QString &db, const QString &name) {
        const QString out = m_dir.filePath(name);
        const CliRun run = runCli({u"export"_s, db, u"--report"_s, u"units"_s, u"--format"_s,
                                   u"csv"_s, u"--out"_s, out, u"--today"_s, u"2020-06-30"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        QFile written(out);
        return written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
    };
    const QByteArray units = exportUnits(file, u"units-file.csv"_s);
    QVERIFY(units.count('\n') > registerUnits);
    QCOMPARE(exportUnits(office(database), u"units-server.csv"_s), units);
    QCOMPARE(summary(office(database)), summary(file));
}

void TestServerImport::resultsImportGoesInBatches()
{
    // Two thirds of the example's conferences held and reported, as the units send them up
    // in two spreadsheets.
    const QString filled = m_dir.filePath(u"filled.sqlite"_s);
    QFile::remove(filled);
    QVERIFY(QFile::copy(m_example, filled));
    QVERIFY(TestSupport::runSql(
        filled,
        {u"UPDATE conferences SET scheduled_on = date('2020-05-01', '+' || (id % 50) || "
         "' days'), held_on = date('2020-05-01', '+' || (id % 50) || ' days'), "
         "venue = 'Hội trường ' || id, chair = 'Nguyễn Văn ' || id, "
         "invited = 100 + id % 60, attendees = 40 + id % 60, "
         "report_received_on = date('2020-05-05', '+' || (id % 50) || ' days') "
         "WHERE id % 3 <> 0"_s}));
    const QString expected = summary(filled);
    QVERIFY(expected != summary(m_example));
    const QString table = m_dir.filePath(u"results.csv"_s);
    CliRun run = runCli({u"export"_s, filled, u"--report"_s, u"results"_s, u"--format"_s, u"csv"_s,
                         u"--out"_s, table, u"--today"_s, u"2020-06-30"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile source(table);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = source.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    const QByteArray header = lines.takeFirst();
    const int rows = int(lines.size());
    QVERIFY2(rows > 100, qPrintable(QString::number(rows)));
    QByteArray halves[2] = {header + '\n', header + '\n'};
    for (int i = 0; i < rows; ++i)
        halves[i % 2] += lines.at(i) + '\n';
    const QStringList files{TestSupport::writeFile(m_dir, u"results-1.csv"_s, halves[0]),
                            TestSupport::writeFile(m_dir, u"results-2.csv"_s, halves[1])};

    // Into the example, whose conferences hold nothing yet, on a file and on the server.
    const QString file = m_dir.filePath(u"results.sqlite"_s);
    QFile::remove(file);
    QVERIFY(QFile::copy(m_example, file));
    const QString database = freshServerCopy(u"results"_s);
    QVERIFY(!database.isEmpty());

    run = runCli(QStringList{u"--lang"_s, u"en"_s, u"import-results"_s, file} + files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qint64 logStart = logStatements(database);
    const CliRun onServer =
        runCli(QStringList{u"--lang"_s, u"en"_s, u"import-results"_s, office(database)} + files);
    QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.describe()));
    QCOMPARE(onServer.out, run.out);
    const int statements = statementsSince(logStart);
    QVERIFY2(statements > 0 && statements * 2 < rows,
             qPrintable(u"%1 statements for %2 rows"_s.arg(statements).arg(rows)));
    QCOMPARE(summary(file), expected);
    QCOMPARE(summary(office(database)), expected);
}

void TestServerImport::importCutOffChangesNothing_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("connection killed") << false;
    QTest::newRow("server restarted") << true;
}

void TestServerImport::importCutOffChangesNothing()
{
    QFETCH(bool, restart);
    const QString database = freshServerCopy(u"cut"_s);
    QVERIFY(!database.isEmpty());
    const QString before = dumpOf(database);
    QVERIFY(before.contains(u"units: "_s));
    const QString summaryBefore = summary(office(database));
    QVERIFY(!summaryBefore.isEmpty());

    // The import adds units, then offers them to the example's campaign: an administrator's
    // lock on the conferences holds it there, its units written and not yet committed.
    AdminConnection blocker(m_server, database, u"blocker-%1"_s.arg(database));
    QVERIFY2(blocker.db().isOpen(), qPrintable(blocker.db().lastError().text()));
    QSqlQuery lock(blocker.db());
    QVERIFY2(lock.exec(u"BEGIN"_s), qPrintable(lock.lastError().text()));
    QVERIFY2(lock.exec(u"LOCK TABLE conferences IN EXCLUSIVE MODE"_s),
             qPrintable(lock.lastError().text()));

    QProcess import;
    import.setProgram(QStringLiteral(DANVAN_CLI_PATH));
    import.setArguments({u"--lang"_s, u"en"_s, u"import-units"_s, office(database), m_register});
    import.start();
    QVERIFY(import.waitForStarted());
    // Read outside the blocker's transaction, which would keep seeing its first reading.
    AdminConnection watcher(m_server, database, u"watcher-%1"_s.arg(database));
    QVERIFY2(watcher.db().isOpen(), qPrintable(watcher.db().lastError().text()));
    const auto held = [&watcher] {
        QSqlQuery query(watcher.db());
        query.exec(u"SELECT count(*) FROM pg_stat_activity a WHERE a.usename = '%1' "
                   "AND a.wait_event_type = 'Lock' AND EXISTS (SELECT 1 FROM pg_locks l "
                   "WHERE l.pid = a.pid AND l.granted AND l.mode = 'RowExclusiveLock' "
                   "AND l.relation = 'units'::regclass)"_s.arg(provinceLogin));
        return query.next() && query.value(0).toInt() == 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(held() || import.state() == QProcess::NotRunning, 60000);
    QVERIFY2(import.state() == QProcess::Running,
             qPrintable(u"the import ended before its units were written: "_s
                        + QString::fromUtf8(import.readAllStandardError())));

    if (restart) {
        QVERIFY(m_server.restart());
    } else {
        QSqlQuery cut(watcher.db());
        QVERIFY2(cut.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE usename = '%1'"_s.arg(provinceLogin)),
                 qPrintable(cut.lastError().text()));
    }
    QVERIFY(import.waitForFinished(60000));
    const QString err = QString::fromUtf8(import.readAllStandardError());
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 1);
    const QString server =
        u"%1@127.0.0.1:%2/%3"_s.arg(provinceLogin).arg(m_server.port()).arg(database);
    QVERIFY2(err.contains(
                 u"The connection to the server “%1” was lost. Nothing was changed"_s.arg(server)),
             qPrintable(err));
    QVERIFY2(!err.contains(u"warning"_s), qPrintable(err));
    lock.exec(u"ROLLBACK"_s);

    // Nothing of the import is there, for anyone who connects afterwards.
    QCOMPARE(dumpOf(database), before);
    QCOMPARE(summary(office(database)), summaryBefore);

    // And nothing holds it up: the same import then goes through.
    const CliRun again =
        runCli({u"--lang"_s, u"en"_s, u"import-units"_s, office(database), m_register});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY(dumpOf(database) != before);
}

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_server_import.moc"
