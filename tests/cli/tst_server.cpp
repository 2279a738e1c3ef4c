#include "CliRun.h"
#include "PgServer.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

/// danvan on a shared PostgreSQL server, run as the real program against a throwaway server:
/// the example copied onto the server reads back the same (summary, exports), goes back into
/// a file unchanged, and each office's login changes its own units and is refused the rest.
class TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copyOntoServerReadsTheSame();
    void serverCopiedBackIntoAFile();
    void officeEditsItsOwnUnitsOnly();
    void readOnlyOfficeChangesNothing();
    void refusalsReadAsSentences();
    void provinceStartsTheNextPhase();
    void copyOnlyIntoAnEmptyDatabase();
    void wrongAddressesAreExplained();
    void fiftyEditsFromFiveOfficesAtOnce();

private:
    QString summary(const QString &db) const;
    QString exportCsv(const QString &db, const QString &name) const;
    /// The example copied onto a fresh database `name` of the server, by its administrator.
    QString freshServerCopy(const QString &name);

    TestSupport::PgServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    int m_databases = 0;
};

void TestServer::initTestCase()
{
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    // The offices' logins, made by the IT staff with their passwords (trust here).
    const auto made = m_server.sql(u"postgres"_s, u"postgres"_s,
                                   u"CREATE ROLE huyen_chau_thanh LOGIN; "
                                   "CREATE ROLE huyen_go_quao LOGIN; "
                                   "CREATE ROLE tinh_kien_giang LOGIN; "
                                   "CREATE ROLE thanh_tra LOGIN;"_s);
    QVERIFY2(made.ok(), qPrintable(made.describe()));
}

void TestServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"kiengiang.sqlite"_s);
    const CliRun run = runCli({u"init"_s, m_file, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestServer::cleanup()
{
    m_dir.reset();
}

QString TestServer::summary(const QString &db) const
{
    const CliRun run = runCli({u"summary"_s, db, u"--today"_s, u"2020-06-30"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return run.out;
}

QString TestServer::exportCsv(const QString &db, const QString &name) const
{
    const QString out = m_dir->filePath(name);
    const CliRun run = runCli({u"export"_s, db, u"--report"_s, u"schedule"_s, u"--format"_s,
                               u"csv"_s, u"--out"_s, out, u"--today"_s, u"2020-06-30"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString TestServer::freshServerCopy(const QString &name)
{
    const QString database = u"%1_%2"_s.arg(name).arg(++m_databases);
    if (!m_server.createDatabase(database))
        return {};
    const QString admin = m_server.url(u"postgres"_s, database);
    CliRun run = runCli({u"server"_s, u"init"_s, admin});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    run = runCli({u"copy"_s, m_file, admin});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    for (const auto &[role, unit] :
         {std::pair{u"huyen_chau_thanh"_s, u"905"_s}, std::pair{u"huyen_go_quao"_s, u"907"_s},
          std::pair{u"tinh_kien_giang"_s, u"91"_s}}) {
        run = runCli({u"server"_s, u"grant"_s, admin, u"--role"_s, role, u"--unit"_s, unit});
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return {};
        }
    }
    run = runCli({u"server"_s, u"grant"_s, admin, u"--role"_s, u"thanh_tra"_s, u"--unit"_s, u"91"_s,
                  u"--read-only"_s});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return database;
}

void TestServer::copyOntoServerReadsTheSame()
{
    CliRun run =
        runCli({u"conference"_s, m_file, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString database = freshServerCopy(u"same"_s);
    QVERIFY(!database.isEmpty());
    const QString office = m_server.url(u"huyen_chau_thanh"_s, database);
    const QString expected = summary(m_file);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(summary(office), expected);
    QCOMPARE(exportCsv(office, u"server.csv"_s), exportCsv(m_file, u"file.csv"_s));
}

void TestServer::serverCopiedBackIntoAFile()
{
    const QString database = freshServerCopy(u"back"_s);
    QVERIFY(!database.isEmpty());
    const QString office = m_server.url(u"huyen_chau_thanh"_s, database);
    CliRun run =
        runCli({u"conference"_s, office, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString back = m_dir->filePath(u"back.sqlite"_s);
    run = runCli({u"copy"_s, office, back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(summary(back), summary(office));
    run = runCli({u"check"_s, back});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(QJsonDocument::fromJson(run.out.toUtf8())
                 .object()
                 .value("differences"_L1)
                 .toArray()
                 .isEmpty(),
             qPrintable(run.out));
}

void TestServer::officeEditsItsOwnUnitsOnly()
{
    const QString database = freshServerCopy(u"rights"_s);
    QVERIFY(!database.isEmpty());
    const QString chauThanh = m_server.url(u"huyen_chau_thanh"_s, database);
    // Its own commune: saved, and everyone reads it.
    CliRun run =
        runCli({u"conference"_s, chauThanh, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString goQuao = m_server.url(u"huyen_go_quao"_s, database);
    QCOMPARE(summary(goQuao), summary(chauThanh));
    // Another district's commune: refused by the server, in words, and nothing changed.
    const QString before = summary(chauThanh);
    run = runCli({u"--lang"_s, u"en"_s, u"conference"_s, chauThanh, u"--unit"_s, u"30955"_s,
                  u"--held"_s, u"21/05/2020"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(
                 u"Huyện Châu Thành may not change Xã Vĩnh Hòa Hưng Bắc of Huyện Gò Quao"_s),
             qPrintable(run.err));
    QCOMPARE(summary(chauThanh), before);
    // The province writes everywhere in its campaign.
    run = runCli({u"conference"_s, m_server.url(u"tinh_kien_giang"_s, database), u"--unit"_s,
                  u"30955"_s, u"--held"_s, u"21/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(summary(goQuao) != before);
}

void TestServer::readOnlyOfficeChangesNothing()
{
    const QString database = freshServerCopy(u"readonly"_s);
    QVERIFY(!database.isEmpty());
    const QString inspector = m_server.url(u"thanh_tra"_s, database);
    const QString before = summary(inspector);
    QVERIFY(!before.isEmpty());
    const CliRun run =
        runCli({u"conference"_s, inspector, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(summary(inspector), before);
}

// Each write a district may not make is refused before it is tried, in words that name
// both offices, and nothing else is printed; its own commune it changes.
void TestServer::refusalsReadAsSentences()
{
    const QString database = freshServerCopy(u"sentences"_s);
    QVERIFY(!database.isEmpty());
    const QString chauThanh = m_server.url(u"huyen_chau_thanh"_s, database);
    const QString before = summary(chauThanh);
    QVERIFY(!before.isEmpty());
    const QList<std::pair<QStringList, QString>> refused{
        {{u"deadline"_s, chauThanh, u"--unit"_s, u"907"_s, u"--text"_s, u"30/04/2020"_s},
         u"Huyện Châu Thành may not change Huyện Gò Quao of Tỉnh Kiên Giang."_s},
        {{u"deadline"_s, chauThanh, u"--level"_s, u"province"_s, u"--text"_s, u"30/04/2020"_s},
         u"Huyện Châu Thành may not change Tỉnh Kiên Giang."_s},
        {{u"pilot"_s, chauThanh, u"--unit"_s, u"30955"_s, u"--text"_s, u"30/04/2020"_s},
         u"Huyện Châu Thành may not change Xã Vĩnh Hòa Hưng Bắc of Huyện Gò Quao."_s},
        {{u"campaign"_s, u"rename"_s, chauThanh, u"--campaign"_s, u"1"_s, u"--name"_s,
          u"Đợt khác"_s},
         u"Huyện Châu Thành may not change Tỉnh Kiên Giang."_s},
    };
    for (const auto &[arguments, sentence] : refused) {
        const CliRun run = runCli(QStringList{u"--lang"_s, u"en"_s} + arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.trimmed().endsWith(sentence), qPrintable(run.describe()));
        QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    }
    QCOMPARE(summary(chauThanh), before);
    const CliRun own = runCli({u"deadline"_s, chauThanh, u"--unit"_s, u"905"_s, u"--level"_s,
                               u"commune"_s, u"--text"_s, u"30/04/2020"_s});
    QVERIFY2(own.exitCode == 0, qPrintable(own.describe()));
}

// The province's office starts the next phase of its campaign on the server: new rows with
// numbers drawn from the server's sequences, under its own login. A district may not.
void TestServer::provinceStartsTheNextPhase()
{
    const QString database = freshServerCopy(u"nextphase"_s);
    QVERIFY(!database.isEmpty());
    const QStringList next{
        u"--campaign"_s, u"1"_s,         u"--name"_s,   u"Tổng kết giai đoạn 2021–2025"_s,
        u"--phase"_s,    u"2021–2025"_s, u"--starts"_s, u"01/01/2021"_s};
    CliRun run = runCli(QStringList{u"--lang"_s, u"en"_s, u"campaign"_s, u"next"_s,
                                    m_server.url(u"huyen_chau_thanh"_s, database)}
                        + next);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             u"danvan-cli campaign next: Huyện Châu Thành may not change "
             "Tỉnh Kiên Giang."_s);
    run = runCli(QStringList{u"campaign"_s, u"next"_s, m_server.url(u"tinh_kien_giang"_s, database)}
                 + next);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = runCli({u"campaign"_s, u"list"_s, m_server.url(u"thanh_tra"_s, database)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray campaigns = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(campaigns.size(), 2);
    QStringList phases;
    for (const QJsonValue &campaign : campaigns)
        phases.append(campaign.toObject().value("phase"_L1).toString());
    phases.sort();
    QCOMPARE(phases, (QStringList{u"2016–2020"_s, u"2021–2025"_s}));
}

void TestServer::copyOnlyIntoAnEmptyDatabase()
{
    const QString database = freshServerCopy(u"twice"_s);
    QVERIFY(!database.isEmpty());
    const QString admin = m_server.url(u"postgres"_s, database);
    const QString before = summary(admin);
    const CliRun run = runCli({u"--lang"_s, u"en"_s, u"copy"_s, m_file, admin});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already holds"_s), qPrintable(run.err));
    QCOMPARE(summary(admin), before);
}

void TestServer::wrongAddressesAreExplained()
{
    // A database that was never prepared.
    QVERIFY(m_server.createDatabase(u"empty"_s));
    CliRun run =
        runCli({u"--lang"_s, u"en"_s, u"summary"_s, m_server.url(u"postgres"_s, u"empty"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"server init"_s), qPrintable(run.err));
    // No server there.
    run = runCli({u"--lang"_s, u"en"_s, u"summary"_s, u"postgresql://nobody@127.0.0.1:1/danvan"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cannot connect"_s), qPrintable(run.err));
    // Not an address at all.
    run = runCli({u"--lang"_s, u"en"_s, u"summary"_s, u"postgresql://"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"postgresql://user@host:port/database"_s), qPrintable(run.err));
}

// Five district offices save ten conference fields each, all fifty commands at once: the
// server serialises them and every one of them is there afterwards.
void TestServer::fiftyEditsFromFiveOfficesAtOnce()
{
    const QString database = freshServerCopy(u"busy"_s);
    QVERIFY(!database.isEmpty());
    const QList<std::pair<QString, QString>> offices{
        {u"huyen_kien_luong"_s, u"902"_s}, {u"huyen_hon_dat"_s, u"903"_s},
        {u"huyen_tan_hiep"_s, u"904"_s},   {u"huyen_chau_thanh"_s, u"905"_s},
        {u"huyen_go_quao"_s, u"907"_s},
    };
    const QString admin = m_server.url(u"postgres"_s, database);
    for (const auto &[role, unit] : offices) {
        m_server.sql(u"postgres"_s, u"postgres"_s, u"CREATE ROLE %1 LOGIN"_s.arg(role));
        const CliRun run =
            runCli({u"server"_s, u"grant"_s, admin, u"--role"_s, role, u"--unit"_s, unit});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
    // Each office's communes, as the server knows them.
    QHash<QString, QStringList> communes;
    const auto listed = m_server.sql(
        u"postgres"_s, database,
        u"SELECT p.code, u.code FROM conferences c JOIN units u ON u.id = c.unit_id "
        "JOIN units p ON p.id = u.parent_id WHERE u.level = 'commune' ORDER BY u.code"_s);
    QVERIFY2(listed.ok(), qPrintable(listed.describe()));
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts))
        communes[line.section(u'|', 0, 0)].append(line.section(u'|', 1, 1));

    // Ten fields per office: the attendees of each commune, then notes from the first.
    QList<QProcess *> running;
    QHash<QString, int> attendees;
    QHash<QString, QString> notes;
    for (const auto &[role, unit] : offices) {
        const QStringList own = communes.value(unit);
        QVERIFY(!own.isEmpty());
        for (int i = 0; i < 10; ++i) {
            const QString commune = own.at(i % own.size());
            QStringList arguments{u"conference"_s, m_server.url(role, database), u"--unit"_s,
                                  commune};
            if (i < own.size()) {
                attendees.insert(commune, 100 + i);
                arguments << u"--attendees"_s << QString::number(100 + i);
            } else {
                notes.insert(commune, u"ghi chú %1"_s.arg(i));
                arguments << u"--note"_s << u"ghi chú %1"_s.arg(i);
            }
            auto *process = new QProcess(this);
            process->setProgram(QStringLiteral(DANVAN_CLI_PATH));
            process->setArguments(arguments);
            process->start();
            running.append(process);
        }
    }
    QCOMPARE(running.size(), 50);
    for (QProcess *process : std::as_const(running)) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        delete process;
    }
    const auto saved = m_server.sql(
        u"postgres"_s, database,
        u"SELECT u.code, coalesce(c.attendees, -1), c.note FROM conferences c "
        "JOIN units u ON u.id = c.unit_id WHERE c.attendees IS NOT NULL OR c.note <> ''"_s);
    QVERIFY2(saved.ok(), qPrintable(saved.describe()));
    QHash<QString, int> savedAttendees;
    QHash<QString, QString> savedNotes;
    for (const QString &line : saved.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString code = line.section(u'|', 0, 0);
        if (const int count = line.section(u'|', 1, 1).toInt(); count >= 0)
            savedAttendees.insert(code, count);
        if (const QString note = line.section(u'|', 2); !note.isEmpty())
            savedNotes.insert(code, note);
    }
    QCOMPARE(savedAttendees, attendees);
    QCOMPARE(savedNotes, notes);
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
