#include "CampaignRepository.h"
#include "CliRun.h"
#include "Database.h"
#include "TestPaths.h"
#include "TestSupport.h"
#include "UnitRepository.h"
#include "ZipParts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using Run = TestSupport::CliRun;
using TestSupport::runCli;

// True when `message` says "line N" with N a number of its own.
bool namesLine(const QString &message, int line)
{
    return QRegularExpression(u"\\bline %1(?!\\d)"_s.arg(line)).match(message).hasMatch();
}

QJsonObject firstCampaign(const QJsonObject &summary)
{
    return summary.value("campaigns"_L1).toArray().first().toObject();
}

// The entries of a JSON array of objects whose "unit_code" is `code`.
QList<QJsonObject> entriesOf(const QJsonArray &array, const QString &code)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : array) {
        if (value.toObject().value("unit_code"_L1).toString() == code)
            found.append(value.toObject());
    }
    return found;
}

/// A small file system mounted for as long as it lives, to be filled as a full disk is: a
/// tmpfs, which only root may mount. It is unmounted when the test ends, failed or not.
struct SmallDisk
{
    SmallDisk(const QString &folder, const QString &size)
        : path(folder)
    {
        if (::geteuid() != 0) {
            skipReason = "a small full file system needs root, to mount a tmpfs";
            return;
        }
        QDir().mkpath(path);
        mounted =
            QProcess::execute(u"mount"_s,
                              {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size="_s + size, u"tmpfs"_s, path})
            == 0;
        if (!mounted)
            skipReason = "mount -t tmpfs failed: no right to mount file systems here";
    }
    ~SmallDisk()
    {
        if (mounted && QProcess::execute(u"umount"_s, {path}) != 0)
            QProcess::execute(u"umount"_s, {u"-l"_s, path});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    /// Every entry of the file system, hidden ones too.
    QStringList entries() const
    {
        return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    QString path;
    bool mounted = false;
    const char *skipReason = nullptr;
};

/// A device that takes nothing, as /dev/full (a full disk for every write). As root it is
/// made in `folder`, so that a program that replaces its output file by renaming can only
/// replace this copy, never the system's /dev/full; otherwise it is /dev/full itself.
QString fullDevice(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(u"full"_s);
    if (::geteuid() == 0
        && ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return path;
    return u"/dev/full"_s;
}

// Why a test does not run on a server: what it tries exists only for a file.
constexpr auto FileOnly = "about the database's file (its path, permissions, disk, SQLite schema, "
                          "backup or check): a server's database has none";
// Why a test of where a report or the output goes does not run again on a server: the
// database's engine plays no part in it.
constexpr auto OutputOnly = "about the disk or folder the output goes to, whatever holds the "
                            "database";

bool isCharacterDevice(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

} // namespace

/// danvan-cli end to end: each test runs the real program on a file in a temporary folder,
/// or, with DANVAN_TEST_ENGINE=postgresql, on a database of a throwaway PostgreSQL server as
/// the province's own login (TestSupport::createCliExample). Tests of what only a file has
/// (its path, permissions, disk, SQLite schema, backup and check) are skipped on a server.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void initExample();
    void initEmpty();
    void initRefusesExistingFile_data();
    void initRefusesExistingFile();
    void summaryOfExample();
    void conferenceHeld_data();
    void conferenceHeld();
    void overdueAfterCommuneDeadline();
    void orderWarning();
    void wrongUsage_data();
    void wrongUsage();
    void noArguments();
    void failures_data();
    void failures();
    void importHierarchy();
    void importNewerEdition();
    void importBrokenFile_data();
    void importBrokenFile();
    void help_data();
    void help();
    void languages_data();
    void languages();
    void unknownLanguage();
    void notADatabase_data();
    void notADatabase();
    void backupIsTheSameFile();
    void backupRefusesTheFileItself();
    void readOnlyFileIsReadNotWritten();
    void damagedFileRefused();
    void injectionInVenueIsText_data();
    void injectionInVenueIsText();
    void exportOdt();
    void exportRefusesDanvanFiles_data();
    void exportRefusesDanvanFiles();
    void backupRefusesTheDatabasesCompanions();
    void backupReplacesAnEarlierCopy();
    void exportToAFullDisk_data();
    void exportToAFullDisk();
    void exportToADeviceThatIsFull_data();
    void exportToADeviceThatIsFull();
    void outputToAFullDisk_data();
    void outputToAFullDisk();
    void readsWithoutAThread();
    void backupToAFullDiskNamesTheCopysDisk();
    void initOnAFullDiskLeavesNothing();
    void systemReasonsInVietnamese_data();
    void systemReasonsInVietnamese();
    void namesAreCaseInsensitive_data();
    void namesAreCaseInsensitive();
    void levelByItsName_data();
    void levelByItsName();
    void unknownLevelNamesTheLevels();
    void levelDeadlineAfterTheLevelAboveWarns();
    void summaryCountsUnitsInForceOnTheDay();
    void olderEditionIsRefused();
    void unlikelyDaysAreRefused_data();
    void unlikelyDaysAreRefused();
    void tablesWithoutVersionAreNotADanvanFile();
    void injectionInDeadlineIsRefused();
    void changedSchemaIsRefusedByEveryCommand_data();
    void changedSchemaIsRefusedByEveryCommand();
    void triggerThatDeletesRecordsNeverRuns();
    void checkPassesUntouchedFilesOfEveryVersion_data();
    void checkPassesUntouchedFilesOfEveryVersion();
    void checkListsEveryDifference();
    void checkRefusesWhatOpenRefuses();
    void checkSaysAServerIsNotAFile();
    void conversionTableWithWarnings();
    void lineageOfANewUnit();
    void lineageOnADay();
    void unitOnTheCampaignsDay();
    void ambiguousCodeNamesBoth();
    void rewardsByTodaysUnits();
    void formNamesTheUnitOfTheCampaignsDay();

private:
    /// Creates the example database (on a server: a new database, which m_db then names);
    /// false (with a warning) when that fails.
    bool createExample();
    /// Runs `summary` on the database as of `today`; false (with a warning) when it fails.
    bool summary(const QString &today, QJsonObject *json);
    /// Replaces the placeholders DB, MISSING, DIR and DATA/ in arguments.
    QStringList expand(const QStringList &arguments) const;
    /// A database that does not exist: a file in the test's folder, or a database of the
    /// example's server.
    QString missingDatabase() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    /// The example, made once, that the schema tests copy.
    QTemporaryDir m_shared;
    QString m_example;
};

void TestCli::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_example = m_shared.filePath(u"example.sqlite"_s);
    const Run run = runCli({u"init"_s, m_example, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"danvan.sqlite"_s);
}

void TestCli::cleanup()
{
    m_dir.reset();
}

bool TestCli::createExample()
{
    m_db = TestSupport::createCliExample(*m_dir, QFileInfo(m_db).fileName());
    return !m_db.isEmpty();
}

bool TestCli::summary(const QString &today, QJsonObject *json)
{
    const Run run = runCli({u"summary"_s, m_db, u"--today"_s, today});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (run.exitCode != 0 || !document.isObject()) {
        qWarning("%s\n%s", qPrintable(run.describe()), qPrintable(error.errorString()));
        return false;
    }
    *json = document.object();
    return true;
}

QStringList TestCli::expand(const QStringList &arguments) const
{
    QStringList expanded;
    for (QString argument : arguments) {
        if (argument == "DB"_L1)
            argument = m_db;
        else if (argument == "MISSING"_L1)
            argument = missingDatabase();
        else if (argument.startsWith("DIR/"_L1))
            argument = m_dir->filePath(argument.mid(4));
        else if (argument.startsWith("DATA/"_L1))
            argument = TestSupport::dataPath(argument.mid(5));
        expanded.append(argument);
    }
    return expanded;
}

QString TestCli::missingDatabase() const
{
    if (!TestSupport::onServer())
        return m_dir->filePath(u"missing.sqlite"_s);
    QUrl url(m_db);
    url.setPath(u"/missing"_s);
    return url.toString();
}

void TestCli::initExample()
{
    // On a server, a database that "server init" prepared, filled by its administrator.
    if (TestSupport::onServer())
        m_db = TestSupport::emptyServerDatabase();
    QVERIFY(!m_db.isEmpty());
    const Run run = runCli({u"init"_s, m_db, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    if (!TestSupport::onServer()) {
        QVERIFY(QFileInfo(m_db).isFile());
        QVERIFY(QFileInfo(m_db).size() > 0);
    }
    // The file's name, or the server's database by its name.
    QVERIFY2(run.out.contains(QFileInfo(m_db).fileName()), qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));

    // The database is a danvan database the core opens as it is.
    Database database;
    const auto opened = database.open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
}

void TestCli::initEmpty()
{
    if (TestSupport::onServer())
        m_db = TestSupport::emptyServerDatabase();
    QVERIFY(!m_db.isEmpty());
    const Run run = runCli({u"init"_s, m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject json;
    QVERIFY(summary(u"2020-03-25"_s, &json));
    const QJsonObject units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("province"_L1).toInt(-1), 0);
    QCOMPARE(units.value("district"_L1).toInt(-1), 0);
    QCOMPARE(units.value("commune"_L1).toInt(-1), 0);
    QVERIFY(json.value("campaigns"_L1).isArray());
    QVERIFY(json.value("campaigns"_L1).toArray().isEmpty());
}

void TestCli::initRefusesExistingFile_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the example database

    QTest::newRow("a danvan database") << QByteArray();
    QTest::newRow("a text file") << QByteArray("Danh sách đơn vị\n");
}

void TestCli::initRefusesExistingFile()
{
    QFETCH(QByteArray, content);

    if (content.isEmpty())
        QVERIFY(createExample());
    else if (TestSupport::onServer())
        QSKIP(FileOnly);
    else
        TestSupport::writeFile(*m_dir, QFileInfo(m_db).fileName(), content);
    const QByteArray digest = TestSupport::databaseDigest(m_db);

    for (const QStringList &arguments :
         {QStringList{u"init"_s, m_db}, QStringList{u"init"_s, m_db, u"--example"_s}}) {
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(QFileInfo(m_db).fileName()), qPrintable(run.describe()));
        QCOMPARE(TestSupport::databaseDigest(m_db), digest);
    }
}

void TestCli::summaryOfExample()
{
    QVERIFY(createExample());
    QJsonObject json;
    QVERIFY(summary(u"2020-03-25"_s, &json));

    QCOMPARE(json.value("schema_version"_L1).toInt(), Database::SchemaVersion);
    QCOMPARE(json.value("as_of"_L1).toString(), u"2020-03-25"_s);
    const QJsonObject units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("province"_L1).toInt(), 1);
    QCOMPARE(units.value("district"_L1).toInt(), 15);
    QCOMPARE(units.value("commune"_L1).toInt(), 145);
    QCOMPARE(json.value("retired_units"_L1).toInt(-1), 0);

    const QJsonArray campaigns = json.value("campaigns"_L1).toArray();
    QCOMPARE(campaigns.size(), 1);
    const QJsonObject campaign = campaigns.first().toObject();
    QVERIFY(campaign.value("id"_L1).toInt() > 0);
    QVERIFY2(campaign.value("name"_L1).toString().contains(u"\"Dân vận khéo\""_s),
             qPrintable(campaign.value("name"_L1).toString()));
    QCOMPARE(campaign.value("levels"_L1).toArray(),
             (QJsonArray{u"province"_s, u"district"_s, u"commune"_s}));

    const QJsonArray deadlines = campaign.value("deadlines"_L1).toArray();
    QCOMPARE(deadlines.size(), 3);
    const QList<QStringList> expectedDeadlines{
        {u"province"_s, u"2020-09-20"_s, u"giữa tháng 9-2020"_s},
        {u"district"_s, u"2020-07-31"_s, u"cuối tháng 7-2020"_s},
        {u"commune"_s, u"2020-06-30"_s, u"cuối tháng 6-2020"_s},
    };
    for (int i = 0; i < deadlines.size(); ++i) {
        const QJsonObject deadline = deadlines.at(i).toObject();
        QCOMPARE(deadline.value("level"_L1).toString(), expectedDeadlines.at(i).at(0));
        QCOMPARE(deadline.value("last"_L1).toString(), expectedDeadlines.at(i).at(1));
        QCOMPARE(deadline.value("text"_L1).toString(), expectedDeadlines.at(i).at(2));
    }

    const QJsonArray pilots = campaign.value("pilots"_L1).toArray();
    QCOMPARE(pilots.size(), 2);
    const QList<QJsonObject> binhAn = entriesOf(pilots, u"30898"_s);
    QCOMPARE(binhAn.size(), 1);
    QCOMPARE(binhAn.first().value("unit"_L1).toString(), u"Xã Bình An"_s);
    QCOMPARE(binhAn.first().value("level"_L1).toString(), u"commune"_s);
    QCOMPARE(binhAn.first().value("last"_L1).toString(), u"2020-05-31"_s);
    const QList<QJsonObject> goQuao = entriesOf(pilots, u"907"_s);
    QCOMPARE(goQuao.size(), 1);
    QCOMPARE(goQuao.first().value("unit"_L1).toString(), u"Huyện Gò Quao"_s);
    QCOMPARE(goQuao.first().value("level"_L1).toString(), u"district"_s);
    QCOMPARE(goQuao.first().value("last"_L1).toString(), u"2020-06-10"_s);

    const QJsonArray overrides = campaign.value("overrides"_L1).toArray();
    QCOMPARE(overrides.size(), 1);
    const QJsonObject chauThanh = overrides.first().toObject();
    QCOMPARE(chauThanh.value("unit_code"_L1).toString(), u"905"_s);
    QCOMPARE(chauThanh.value("level"_L1).toString(), u"district"_s);
    QCOMPARE(chauThanh.value("last"_L1).toString(), u"2020-06-30"_s);

    const QJsonObject conferences = campaign.value("conferences"_L1).toObject();
    QCOMPARE(conferences.value("total"_L1).toInt(), 161);
    QCOMPARE(conferences.value("held"_L1).toInt(-1), 0);
    QCOMPARE(conferences.value("scheduled"_L1).toInt(-1), 0);
    QCOMPARE(conferences.value("overdue"_L1).toInt(-1), 0);
    QCOMPARE(conferences.value("due_soon"_L1).toInt(-1), 0);
    QCOMPARE(conferences.value("on_time"_L1).toInt(), 161);
    QVERIFY(campaign.value("overdue"_L1).isArray());
    QVERIFY(campaign.value("overdue"_L1).toArray().isEmpty());
    QVERIFY(campaign.value("order_warnings"_L1).isArray());
    QVERIFY(campaign.value("order_warnings"_L1).toArray().isEmpty());
    QVERIFY(campaign.value("deadline_warnings"_L1).isArray());
    QVERIFY(campaign.value("deadline_warnings"_L1).toArray().isEmpty());
}

void TestCli::conferenceHeld_data()
{
    QTest::addColumn<QString>("held");

    QTest::newRow("dd/MM/yyyy") << u"20/05/2020"_s;
    QTest::newRow("d/M/yyyy") << u"20/5/2020"_s;
    QTest::newRow("yyyy-MM-dd") << u"2020-05-20"_s;
}

void TestCli::conferenceHeld()
{
    QFETCH(QString, held);

    QVERIFY(createExample());
    const Run run = runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s, held,
                            u"--attendees"_s, u"120"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"30898"_s), qPrintable(run.describe()));

    QJsonObject json;
    QVERIFY(summary(u"2020-06-01"_s, &json));
    QCOMPARE(firstCampaign(json).value("conferences"_L1).toObject().value("held"_L1).toInt(), 1);
    // As of the day before, it was not held yet.
    QVERIFY(summary(u"2020-05-19"_s, &json));
    QCOMPARE(firstCampaign(json).value("conferences"_L1).toObject().value("held"_L1).toInt(-1), 0);

    Database database;
    const auto opened = database.open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto unit = UnitRepository(database).byCode(u"30898"_s);
    QVERIFY2(unit, qPrintable(unit.error()));
    const qint64 campaignId = firstCampaign(json).value("id"_L1).toInteger();
    const auto conference = CampaignRepository(database).conference(campaignId, unit->id);
    QVERIFY2(conference, qPrintable(conference.error()));
    QCOMPARE(conference->heldOn, QDate(2020, 5, 20));
    QCOMPARE(conference->attendees, 120);
}

void TestCli::overdueAfterCommuneDeadline()
{
    QVERIFY(createExample());
    const Run held =
        runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));

    // On the deadline day itself no commune is late yet.
    QJsonObject json;
    QVERIFY(summary(u"2020-06-30"_s, &json));
    for (const QJsonValue &value : firstCampaign(json).value("overdue"_L1).toArray())
        QVERIFY(value.toObject().value("level"_L1).toString() != "commune"_L1);

    QVERIFY(summary(u"2020-07-01"_s, &json));
    const QJsonObject campaign = firstCampaign(json);
    const QJsonArray overdue = campaign.value("overdue"_L1).toArray();
    QCOMPARE(campaign.value("conferences"_L1).toObject().value("overdue"_L1).toInt(),
             int(overdue.size()));
    QSet<QString> communes;
    for (const QJsonValue &value : overdue) {
        const QJsonObject entry = value.toObject();
        if (entry.value("level"_L1).toString() != "commune"_L1)
            continue;
        communes.insert(entry.value("unit_code"_L1).toString());
        QCOMPARE(entry.value("deadline"_L1).toString(), u"2020-06-30"_s);
    }
    // Every commune but Bình An, which held its conference in May.
    QCOMPARE(communes.size(), 144);
    QVERIFY(!communes.contains(u"30898"_s));
    QVERIFY(communes.contains(u"30808"_s)); // the other Bình An
    // Gò Quao (pilot, 10/06) and Châu Thành (its own 30/06) are late too; other districts
    // have until 31/07.
    QCOMPARE(entriesOf(overdue, u"907"_s).size(), 1);
    QCOMPARE(entriesOf(overdue, u"905"_s).size(), 1);
    QCOMPARE(entriesOf(overdue, u"905"_s).first().value("deadline"_L1).toString(), u"2020-06-30"_s);
    QVERIFY(entriesOf(overdue, u"902"_s).isEmpty());
    QCOMPARE(int(overdue.size()), 146);
}

void TestCli::orderWarning()
{
    QVERIFY(createExample());
    QJsonObject json;
    QVERIFY(summary(u"2020-06-20"_s, &json));
    QVERIFY(firstCampaign(json).value("order_warnings"_L1).toArray().isEmpty());

    // Châu Thành holds its conference before any of its communes.
    const Run run =
        runCli({u"conference"_s, m_db, u"--unit"_s, u"905"_s, u"--held"_s, u"15/06/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(summary(u"2020-06-20"_s, &json));
    const QJsonArray warnings = firstCampaign(json).value("order_warnings"_L1).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().toObject().value("unit_code"_L1).toString(), u"905"_s);
    QCOMPARE(warnings.first().toObject().value("unit"_L1).toString(), u"Huyện Châu Thành"_s);
    QCOMPARE(warnings.first().toObject().value("level"_L1).toString(), u"district"_s);
}

void TestCli::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"DB"_s} << u"frobnicate"_s;
    QTest::newRow("no database") << QStringList{u"summary"_s} << u"summary"_s;
    QTest::newRow("extra argument")
        << QStringList{u"summary"_s, u"DB"_s, u"DIR/other.sqlite"_s} << u"summary"_s;
    QTest::newRow("unknown option")
        << QStringList{u"summary"_s, u"DB"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("attendees not a number")
        << QStringList{u"conference"_s, u"DB"_s,          u"--unit"_s,
                       u"30898"_s,      u"--attendees"_s, u"abc"_s}
        << u"abc"_s;
    QTest::newRow("negative attendees")
        << QStringList{u"conference"_s, u"DB"_s, u"--unit"_s, u"30898"_s, u"--attendees"_s, u"-5"_s}
        << u"-5"_s;
    QTest::newRow("31/02/2020") << QStringList{u"conference"_s, u"DB"_s,     u"--unit"_s,
                                               u"30898"_s,      u"--held"_s, u"31/02/2020"_s}
                                << u"31/02/2020"_s;
    QTest::newRow("conference without --unit")
        << QStringList{u"conference"_s, u"DB"_s, u"--held"_s, u"20/05/2020"_s} << u"--unit"_s;
    QTest::newRow("bad --today") << QStringList{u"summary"_s, u"DB"_s, u"--today"_s,
                                                u"2020-13-01"_s}
                                 << u"2020-13-01"_s;
    QTest::newRow("deadline without --text or --remove")
        << QStringList{u"deadline"_s, u"DB"_s, u"--unit"_s, u"905"_s} << u"--text"_s;
    // As conference and summary do: a campaign number that is not a number is a usage
    // error that quotes it.
    QTest::newRow("deadline --campaign abc")
        << QStringList{u"deadline"_s, u"DB"_s,      u"--campaign"_s, u"abc"_s,
                       u"--level"_s,  u"commune"_s, u"--text"_s,     u"cuối tháng 6-2020"_s}
        << u"abc"_s;
    QTest::newRow("pilot --campaign abc")
        << QStringList{u"pilot"_s,  u"DB"_s,    u"--campaign"_s, u"abc"_s,
                       u"--unit"_s, u"30898"_s, u"--text"_s,     u"tháng 5/2020"_s}
        << u"abc"_s;
    QTest::newRow("import-units without FILE")
        << QStringList{u"import-units"_s, u"DB"_s} << u"import-units"_s;
    QTest::newRow("bad --on") << QStringList{u"conference"_s, u"DB"_s,   u"--unit"_s,
                                             u"30898"_s,      u"--on"_s, u"2025-02-30"_s}
                              << u"2025-02-30"_s;
    QTest::newRow("lineage without --unit") << QStringList{u"lineage"_s, u"DB"_s} << u"--unit"_s;
    QTest::newRow("bad --effective")
        << QStringList{u"import-units"_s, u"DB"_s, u"DATA/register-kg-2025.csv"_s, u"--effective"_s,
                       u"31/02/2025"_s}
        << u"31/02/2025"_s;
    // An unknown format: the message names every format there is.
    QTest::newRow("--format docx")
        << QStringList{u"export"_s,   u"DB"_s,   u"--report"_s, u"schedule"_s,
                       u"--format"_s, u"docx"_s, u"--out"_s,    u"DIR/lich.docx"_s}
        << u"csv, xlsx, pdf or odt"_s;
}

void TestCli::wrongUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    QVERIFY(createExample());
    QJsonObject before;
    QVERIFY(summary(u"2020-07-01"_s, &before));

    const Run run = runCli(QStringList{u"--lang"_s, u"en"_s} + expand(arguments));
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.describe()));

    QJsonObject after;
    QVERIFY(summary(u"2020-07-01"_s, &after));
    QCOMPARE(after, before);
}

void TestCli::noArguments()
{
    const Run run = runCli({});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    // The general help, so that the user sees the commands; on stderr, as with every wrong
    // usage, so that a script's output stays clean.
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    for (const QString &command : {u"init"_s, u"import-units"_s, u"conference"_s, u"summary"_s})
        QVERIFY2(run.err.contains(command), qPrintable(run.describe()));
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown unit code") << QStringList{u"conference"_s, u"DB"_s,     u"--unit"_s,
                                                      u"99999"_s,      u"--held"_s, u"20/05/2020"_s}
                                       << u"99999"_s;
    QTest::newRow("report before held")
        << QStringList{u"conference"_s, u"DB"_s,       u"--unit"_s,
                       u"30880"_s,      u"--report"_s, u"01/05/2020"_s}
        << u"30880"_s;
    QTest::newRow("report before the day held")
        << QStringList{u"conference"_s, u"DB"_s,         u"--unit"_s,   u"30880"_s,
                       u"--held"_s,     u"20/05/2020"_s, u"--report"_s, u"19/05/2020"_s}
        << u"19/05/2020"_s;
    QTest::newRow("looser deadline than the campaign's")
        << QStringList{u"deadline"_s, u"DB"_s,      u"--unit"_s, u"905"_s,
                       u"--level"_s,  u"commune"_s, u"--text"_s, u"cuối tháng 8-2020"_s}
        << u"30/06/2020"_s;
    QTest::newRow("looser pilot") << QStringList{u"pilot"_s, u"DB"_s,     u"--unit"_s,
                                                 u"30898"_s, u"--text"_s, u"tháng 7/2020"_s}
                                  << u"tháng 7/2020"_s;
    QTest::newRow("unreadable deadline") << QStringList{u"deadline"_s, u"DB"_s,     u"--level"_s,
                                                        u"commune"_s,  u"--text"_s, u"sắp tới"_s}
                                         << u"sắp tới"_s;
    QTest::newRow("no such database") << QStringList{u"summary"_s, u"MISSING"_s} << u"missing"_s;
}

void TestCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    QVERIFY(createExample());
    QJsonObject before;
    QVERIFY(summary(u"2020-07-01"_s, &before));

    const Run run = runCli(QStringList{u"--lang"_s, u"en"_s} + expand(arguments));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.describe()));
    // The line names the command it comes from.
    QVERIFY2(run.err.startsWith(u"danvan-cli "_s + arguments.first()), qPrintable(run.describe()));

    QJsonObject after;
    QVERIFY(summary(u"2020-07-01"_s, &after));
    QCOMPARE(after, before);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"missing.sqlite"_s)));
}

void TestCli::importHierarchy()
{
    QVERIFY(createExample());
    const Run run = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, m_db,
                            TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"4 added"_s), qPrintable(run.describe()));

    QJsonObject json;
    QVERIFY(summary(u"2020-03-25"_s, &json));
    const QJsonObject units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("province"_L1).toInt(), 1);
    QCOMPARE(units.value("district"_L1).toInt(), 18);
    QCOMPARE(units.value("commune"_L1).toInt(), 146);
    QCOMPARE(firstCampaign(json).value("conferences"_L1).toObject().value("total"_L1).toInt(), 165);

    // The same file again changes nothing.
    const Run again = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, m_db,
                              TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"0 added"_s), qPrintable(again.describe()));
    QJsonObject after;
    QVERIFY(summary(u"2020-03-25"_s, &after));
    QCOMPARE(after, json);
}

void TestCli::importNewerEdition()
{
    QVERIFY(createExample());
    // A Kiên Giang edition listing 14 of the example's units and one new commune.
    const Run run =
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"register-kg-2025.csv"_s),
                u"--effective"_s, u"01/07/2025"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    QJsonObject json;
    QVERIFY(summary(u"2025-07-01"_s, &json));
    const QJsonObject units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("province"_L1).toInt(), 1);
    QCOMPARE(units.value("district"_L1).toInt(), 3);
    QCOMPARE(units.value("commune"_L1).toInt(), 11);
    QCOMPARE(json.value("retired_units"_L1).toInt(), 147);
    // Past conferences keep their units: the campaign is whole.
    QCOMPARE(firstCampaign(json).value("conferences"_L1).toObject().value("total"_L1).toInt(), 161);
}

void TestCli::importBrokenFile_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("line");

    QTest::newRow("bad commune code") << u"register-code-letter-o.csv"_s << 3;
    QTest::newRow("district changes mid-file") << u"register-district-changes.csv"_s << 4;
    QTest::newRow("Windows-1258") << u"register-windows-1258.csv"_s << 1;
    QTest::newRow("hierarchy cycle") << u"hierarchy-cycle.csv"_s << 3;
    QTest::newRow("no such file") << u"register-does-not-exist.csv"_s << 0;
}

void TestCli::importBrokenFile()
{
    QFETCH(QString, fixture);
    QFETCH(int, line);

    QVERIFY(createExample());
    QJsonObject before;
    QVERIFY(summary(u"2020-07-01"_s, &before));

    // In English the line is named in words; in the default language (Vietnamese) at
    // least the file is named.
    for (const QStringList &language : {QStringList{u"--lang"_s, u"en"_s}, QStringList()}) {
        const Run run =
            runCli(language + QStringList{u"import-units"_s, m_db, TestSupport::dataPath(fixture)});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(fixture), qPrintable(run.describe()));
        if (!language.isEmpty() && line > 0)
            QVERIFY2(namesLine(run.err, line), qPrintable(run.describe()));
    }

    QJsonObject after;
    QVERIFY(summary(u"2020-07-01"_s, &after));
    QCOMPARE(after, before);
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    for (const QString &command : {u"init"_s, u"import-units"_s, u"conference"_s, u"deadline"_s,
                                   u"pilot"_s, u"summary"_s, u"check"_s, u"lineage"_s}) {
        QTest::addRow("%s --help", qPrintable(command))
            << QStringList{command, u"--help"_s} << command;
        QTest::addRow("%s -h, English", qPrintable(command))
            << QStringList{u"--lang"_s, u"en"_s, command, u"-h"_s} << command;
    }
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"import-units"_s;
    QTest::newRow("help") << QStringList{u"help"_s} << u"summary"_s;
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);

    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(mentions), qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    // A command's help ends with its options: no list of arguments naming the command
    // alone, and the usage line names the program, not its path.
    const QStringList lines = run.out.trimmed().split(u'\n');
    QVERIFY2(lines.last().trimmed() != mentions, qPrintable(run.describe()));
    for (const QString &heading : {u"Arguments:"_s, u"Đối số:"_s})
        QVERIFY2(!run.out.contains(heading), qPrintable(run.describe()));
    QVERIFY2(!lines.first().contains(QStringLiteral(DANVAN_CLI_PATH)), qPrintable(run.describe()));
    if (arguments.contains(mentions) && mentions != "help"_L1)
        QVERIFY2(lines.first().contains(u"danvan-cli "_s + mentions), qPrintable(run.describe()));
}

void TestCli::languages_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s, u"summary"_s, u"DB"_s};
    QTest::newRow("--lang vi") << QStringList{u"--lang"_s, u"vi"_s, u"summary"_s, u"DB"_s};
    QTest::newRow("--lang=en") << QStringList{u"--lang=en"_s, u"summary"_s, u"DB"_s};
    QTest::newRow("after the command") << QStringList{u"summary"_s, u"DB"_s, u"--lang"_s, u"vi"_s};
}

void TestCli::languages()
{
    QFETCH(QStringList, arguments);

    QVERIFY(createExample());
    const Run run = runCli(expand(arguments) + QStringList{u"--today"_s, u"2020-03-25"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The JSON does not depend on the language.
    QJsonObject json;
    QVERIFY(summary(u"2020-03-25"_s, &json));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(), json);
}

void TestCli::unknownLanguage()
{
    QVERIFY(createExample());
    const Run run = runCli({u"--lang"_s, u"xx"_s, u"summary"_s, m_db});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"“xx”"_s), qPrintable(run.describe()));
    // The hint must point to a help that exists: "danvan-cli --lang --help" would only
    // complain that "--help" is not a language.
    QVERIFY2(!run.err.contains(u"danvan-cli --lang --help"_s), qPrintable(run.describe()));
}

void TestCli::notADatabase_data()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("summary") << QStringList{u"summary"_s, u"DIR/units.csv"_s};
    QTest::newRow("conference") << QStringList{
        u"conference"_s, u"DIR/units.csv"_s, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s};
    QTest::newRow("import-units") << QStringList{u"import-units"_s, u"DIR/units.csv"_s,
                                                 u"DATA/hierarchy-kg-party.csv"_s};
    QTest::newRow("deadline") << QStringList{u"deadline"_s, u"DIR/units.csv"_s,
                                             u"--level"_s,  u"commune"_s,
                                             u"--text"_s,   u"cuối tháng 6-2020"_s};
    QTest::newRow("pilot") << QStringList{u"pilot"_s, u"DIR/units.csv"_s, u"--unit"_s,
                                          u"30898"_s, u"--text"_s,        u"tháng 5/2020"_s};
}

void TestCli::notADatabase()
{
    QFETCH(QStringList, arguments);

    // A spreadsheet's text given where the database belongs.
    const QString path = TestSupport::writeFile(
        *m_dir, u"units.csv"_s,
        QByteArray("Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp\n"
                   "Tỉnh Kiên Giang,91,Huyện Châu Thành,905,Xã Bình An,30898,Xã\n"));
    const QByteArray digest = TestSupport::fileDigest(path);

    const Run run = runCli(expand(arguments));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"units.csv"_s), qPrintable(run.describe()));
    QCOMPARE(TestSupport::fileDigest(path), digest);
}

// A server's database is backed up into a file too.
void TestCli::backupIsTheSameFile()
{
    QVERIFY(createExample());
    QVERIFY(runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s})
                .exitCode
            == 0);
    const QString copy = m_dir->filePath(u"copy.sqlite"_s);
    const Run run = runCli({u"backup"_s, m_db, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QDir::toNativeSeparators(copy)), qPrintable(run.describe()));

    // Everything the original holds, the copy holds: the same summary, the held conference.
    const Run original = runCli({u"summary"_s, m_db, u"--today"_s, u"2020-06-30"_s});
    const Run copied = runCli({u"summary"_s, copy, u"--today"_s, u"2020-06-30"_s});
    QCOMPARE(copied.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(original.out.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(copied.out.toUtf8()).object();
    QVERIFY(!a.isEmpty());
    QCOMPARE(b, a);
    QCOMPARE(firstCampaign(b).value("conferences"_L1).toObject().value("held"_L1).toInt(), 1);
}

void TestCli::backupRefusesTheFileItself()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    const QByteArray before = TestSupport::fileDigest(m_db);
    const Run run = runCli({u"backup"_s, m_db, m_db});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(m_db)), qPrintable(run.describe()));
    QCOMPARE(TestSupport::fileDigest(m_db), before);

    const Run usage = runCli({u"backup"_s, m_db});
    QCOMPARE(usage.exitCode, 2);
}

void TestCli::readOnlyFileIsReadNotWritten()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("running as root, where permissions do not stop writing, without setpriv");
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::Permissions(0x7777)));
    QVERIFY(QFile::setPermissions(
        m_db, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray digest = TestSupport::fileDigest(m_db);

    // Reading works: the summary and an export.
    const Run read = runCli({u"summary"_s, m_db, u"--today"_s, u"2020-07-01"_s}, root);
    QVERIFY2(read.exitCode == 0, qPrintable(read.describe()));
    QVERIFY(QJsonDocument::fromJson(read.out.toUtf8()).isObject());

    // Writing is refused in words, on one line, and the file stays as it was.
    const Run write = runCli({u"--lang"_s, u"en"_s, u"conference"_s, m_db, u"--unit"_s, u"30898"_s,
                              u"--held"_s, u"20/05/2020"_s},
                             root);
    QVERIFY2(write.exitCode == 1, qPrintable(write.describe()));
    QVERIFY2(write.errLines().size() == 1, qPrintable(write.describe()));
    QVERIFY2(write.err.contains(u"can only be read"_s), qPrintable(write.describe()));
    QVERIFY2(write.err.contains(m_db), qPrintable(write.describe()));
    QCOMPARE(TestSupport::fileDigest(m_db), digest);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"danvan.sqlite"_s});
}

void TestCli::damagedFileRefused()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const QByteArray digest = TestSupport::fileDigest(m_db);

    for (const QStringList &arguments : {QStringList{u"summary"_s, m_db},
                                         QStringList{u"conference"_s, m_db, u"--unit"_s, u"30898"_s,
                                                     u"--held"_s, u"20/05/2020"_s}}) {
        const Run run = runCli(QStringList{u"--lang"_s, u"en"_s} + arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(m_db), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.describe()));
        QCOMPARE(TestSupport::fileDigest(m_db), digest);
    }
}

void TestCli::injectionInVenueIsText_data()
{
    QTest::addColumn<QString>("venue");
    QTest::newRow("single quotes") << u"Hội trường'); DROP TABLE units; --"_s;
    QTest::newRow("double quotes and a semicolon")
        << u"Hội trường\"); DROP TABLE \"conferences\"; SELECT (\""_s;
}

void TestCli::injectionInVenueIsText()
{
    QFETCH(QString, venue);

    QVERIFY(createExample());
    const Run run = runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--scheduled"_s,
                            u"20/05/2020"_s, u"--venue"_s, venue});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    Database database;
    QVERIFY(database.open(m_db).ok());
    const QStringList tables = database.connection().tables();
    for (const QString &table : {u"units"_s, u"conferences"_s, u"campaigns"_s})
        QVERIFY2(tables.contains(table), qPrintable(tables.join(u", "_s)));
    QCOMPARE(UnitRepository(database).all()->size(), 161);
    CampaignRepository campaigns(database);
    const qint64 campaignId = campaigns.all()->first().id;
    const auto conference =
        campaigns.conference(campaignId, UnitRepository(database).byCode(u"30898"_s)->id);
    QVERIFY2(conference, qPrintable(conference.error()));
    QCOMPARE(conference->venue, venue);
}

void TestCli::injectionInDeadlineIsRefused()
{
    QVERIFY(createExample());
    QJsonObject before;
    QVERIFY(summary(u"2020-07-01"_s, &before));
    for (const QString &phrase :
         {u"'); DROP TABLE units; --"_s, u"cuối tháng 6-2020\"); DROP TABLE \"units\"; --"_s}) {
        const Run run = runCli({u"--lang"_s, u"en"_s, u"deadline"_s, m_db, u"--level"_s,
                                u"commune"_s, u"--text"_s, phrase});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(phrase), qPrintable(run.describe()));
    }
    QJsonObject after;
    QVERIFY(summary(u"2020-07-01"_s, &after));
    QCOMPARE(after, before);
    Database database;
    QVERIFY(database.open(m_db).ok());
    QVERIFY(database.connection().tables().contains(u"units"_s));
    QCOMPARE(UnitRepository(database).all()->size(), 161);
}

void TestCli::changedSchemaIsRefusedByEveryCommand_data()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QStringList>("arguments");

    // Every command that opens a file (init only creates new ones).
    const QList<QStringList> commands{
        {u"import-units"_s, u"DB"_s, u"DATA/hierarchy-kg-party.csv"_s},
        {u"conference"_s, u"DB"_s, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s},
        {u"deadline"_s, u"DB"_s, u"--level"_s, u"commune"_s, u"--text"_s, u"cuối tháng 6-2020"_s},
        {u"pilot"_s, u"DB"_s, u"--unit"_s, u"30898"_s, u"--text"_s, u"tháng 5/2020"_s},
        {u"summary"_s, u"DB"_s},
        {u"export"_s, u"DB"_s, u"--report"_s, u"schedule"_s, u"--format"_s, u"csv"_s, u"--out"_s,
         u"DIR/out.csv"_s},
        {u"backup"_s, u"DB"_s, u"DIR/copy.sqlite"_s},
        {u"check"_s, u"DB"_s},
    };
    const QList<TestSupport::SchemaChange> changes = TestSupport::schemaChanges(m_example);
    QVERIFY(changes.size() >= 26);
    for (const TestSupport::SchemaChange &change : changes) {
        for (const QStringList &command : commands) {
            QTest::addRow("%s, %s", qPrintable(change.label), qPrintable(command.first()))
                << change.statements << change.named << command;
        }
    }
}

void TestCli::changedSchemaIsRefusedByEveryCommand()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QFETCH(QStringList, arguments);

    QVERIFY(QFile::copy(m_example, m_db));
    QVERIFY(TestSupport::runSql(m_db, statements));
    const QByteArray digest = TestSupport::fileDigest(m_db);

    const Run run = runCli(QStringList{u"--lang"_s, u"en"_s} + expand(arguments));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"“%1”"_s.arg(named)), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"danvan did not create"_s) || run.err.contains(u"where danvan"_s),
             qPrintable(run.describe()));
    QVERIFY2(run.err.contains(m_db), qPrintable(run.describe()));
    QCOMPARE(TestSupport::fileDigest(m_db), digest);
    // Nothing written beside it either: no journal, no copy, no report.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"danvan.sqlite"_s});
}

void TestCli::triggerThatDeletesRecordsNeverRuns()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    // The file as it was found: a danvan file from another office whose conferences carry a
    // trigger that deletes every model and exemplar and renames the units.
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v3-example.sqlite"_s), m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(TestSupport::runSql(
        m_db,
        {u"CREATE TRIGGER t_evil AFTER UPDATE ON conferences BEGIN "
         "DELETE FROM exemplars; UPDATE units SET name = 'Đã bị đổi tên' WHERE id <= 160; "
         "END"_s}));
    const QByteArray digest = TestSupport::fileDigest(m_db);

    const Run run = runCli({u"--lang"_s, u"en"_s, u"conference"_s, m_db, u"--unit"_s, u"30898"_s,
                            u"--held"_s, u"21/05/2020"_s, u"--attendees"_s, u"130"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"trigger “t_evil” on the table “conferences” that danvan did not "
                              "create"_s),
             qPrintable(run.describe()));
    QCOMPARE(TestSupport::fileDigest(m_db), digest);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"danvan.sqlite"_s});

    // Once the trigger is gone the file opens, with its model and its unit names.
    QVERIFY(TestSupport::runSql(m_db, {u"DROP TRIGGER t_evil"_s}));
    QJsonObject json;
    QVERIFY(summary(u"2020-06-30"_s, &json));
    Database database;
    QVERIFY(database.open(m_db).ok());
    QCOMPARE(UnitRepository(database).byCode(u"30898"_s)->name, u"Xã Bình An"_s);
    QSqlQuery exemplars(database.connection());
    QVERIFY(exemplars.exec(u"SELECT count(*) FROM exemplars"_s) && exemplars.next());
    QCOMPARE(exemplars.value(0).toInt(), 1);
}

void TestCli::checkPassesUntouchedFilesOfEveryVersion_data()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Database::SchemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
}

void TestCli::checkPassesUntouchedFilesOfEveryVersion()
{
    QFETCH(int, version);
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v%1-example.sqlite"_s.arg(version)), m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray digest = TestSupport::fileDigest(m_db);

    const Run run = runCli({u"check"_s, m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("opens"_L1).toBool(), true);
    QCOMPARE(json.value("version"_L1).toInt(), version);
    QCOMPARE(json.value("currentVersion"_L1).toInt(), Database::SchemaVersion);
    QCOMPARE(json.value("differences"_L1).toArray().size(), 0);
    QVERIFY(!json.contains("message"_L1));
    QCOMPARE(json.value("file"_L1).toString(), m_db);
    QCOMPARE(TestSupport::fileDigest(m_db), digest);

    // And it opens: updated when it is older.
    QJsonObject summaryJson;
    QVERIFY(summary(u"2020-06-30"_s, &summaryJson));
    QCOMPARE(firstCampaign(summaryJson).value("conferences"_L1).toObject().value("held"_L1).toInt(),
             1);
}

void TestCli::checkListsEveryDifference()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(QFile::copy(m_example, m_db));
    QVERIFY(TestSupport::runSql(
        m_db,
        {u"CREATE TRIGGER t_evil AFTER UPDATE ON conferences BEGIN DELETE FROM exemplars; "
         "END"_s,
         u"DROP INDEX units_parent"_s, u"ALTER TABLE conferences DROP COLUMN note"_s}));
    const QByteArray digest = TestSupport::fileDigest(m_db);

    const Run run = runCli({u"--lang"_s, u"en"_s, u"check"_s, m_db});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value("opens"_L1).toBool(), false);
    QCOMPARE(json.value("onlyAdditions"_L1).toBool(), false);
    QCOMPARE(json.value("version"_L1).toInt(), Database::SchemaVersion);
    QVERIFY(run.err.contains(json.value("message"_L1).toString()));

    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &value : json.value("differences"_L1).toArray())
        byName.insert(value[u"name"_s].toString(), value.toObject());
    QCOMPARE(byName.keys(), (QList<QString>{u"conferences"_s, u"t_evil"_s, u"units_parent"_s}));
    QCOMPARE(byName[u"t_evil"_s][u"kind"_s].toString(), u"extra"_s);
    QVERIFY(byName[u"t_evil"_s][u"expected"_s].isNull());
    QCOMPARE(byName[u"t_evil"_s][u"found"_s][u"type"_s].toString(), u"trigger"_s);
    QCOMPARE(byName[u"t_evil"_s][u"found"_s][u"table"_s].toString(), u"conferences"_s);
    QVERIFY(byName[u"t_evil"_s][u"found"_s][u"sql"_s].toString().contains(u"DELETE FROM"_s));
    QCOMPARE(byName[u"units_parent"_s][u"kind"_s].toString(), u"missing"_s);
    QVERIFY(byName[u"units_parent"_s][u"found"_s].isNull());
    QCOMPARE(byName[u"units_parent"_s][u"expected"_s][u"type"_s].toString(), u"index"_s);
    QCOMPARE(byName[u"conferences"_s][u"kind"_s].toString(), u"changed"_s);
    QVERIFY(byName[u"conferences"_s][u"expected"_s][u"sql"_s].toString().contains(u"note TEXT"_s));
    QVERIFY(!byName[u"conferences"_s][u"found"_s][u"sql"_s].toString().contains(u"note TEXT"_s));
    QCOMPARE(TestSupport::fileDigest(m_db), digest);

    // Only additions: said so, for the window's offer to open the file read-only.
    QVERIFY(TestSupport::runSql(m_db, {u"DROP TRIGGER t_evil"_s}));
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_example, m_db));
    QVERIFY(TestSupport::runSql(m_db, {u"CREATE VIEW v AS SELECT 1"_s}));
    const Run added = runCli({u"check"_s, m_db});
    QCOMPARE(added.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(added.out.toUtf8())[u"onlyAdditions"_s].toBool(), true);
}

void TestCli::checkRefusesWhatOpenRefuses()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    // Not an SQLite file, a missing file: no differences to list, the reason why not.
    const QString text = TestSupport::writeFile(*m_dir, u"notes.txt"_s, "just some notes\n");
    for (const QString &path : {text, m_dir->filePath(u"missing.sqlite"_s)}) {
        const Run run = runCli({u"--lang"_s, u"en"_s, u"check"_s, path});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("opens"_L1).toBool(), false);
        QCOMPARE(json.value("differences"_L1).toArray().size(), 0);
        QVERIFY(json.value("message"_L1).toString().contains(QFileInfo(path).fileName()));
    }
    QVERIFY(!QFile::exists(m_dir->filePath(u"missing.sqlite"_s)));

    // A damaged file of danvan's.
    QVERIFY(QFile::copy(m_example, m_db));
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const Run damaged = runCli({u"--lang"_s, u"en"_s, u"check"_s, m_db});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.err.contains(u"damaged"_s), qPrintable(damaged.describe()));
}

void TestCli::checkSaysAServerIsNotAFile()
{
    if (!TestSupport::onServer())
        QSKIP("about a server's database");
    QVERIFY(createExample());
    const Run run = runCli({u"--lang"_s, u"en"_s, u"check"_s, m_db});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(u"is a database on a server"_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"server init"_s), qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value("opens"_L1).toBool(), false);
    QCOMPARE(json.value("file"_L1).toString(), Database::serverDisplayName(m_db));
}

// The lineage JSON of a unit: `lineage DB --unit CODE [--on DATE]`.
static QJsonObject lineageOf(const QString &db, const QString &code, const QString &on = {})
{
    QStringList arguments{u"lineage"_s, db, u"--unit"_s, code};
    if (!on.isEmpty())
        arguments << u"--on"_s << on;
    const Run run = runCli(arguments);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// "code name kind" of each entry of a lineage array, sorted.
static QStringList linkLines(const QJsonArray &links)
{
    QStringList lines;
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        lines.append(QStringList{link.value("code"_L1).toString(), link.value("name"_L1).toString(),
                                 link.value("kind"_L1).toString()}
                         .join(u' '));
    }
    lines.sort();
    return lines;
}

void TestCli::conversionTableWithWarnings()
{
    QVERIFY(createExample());
    const QString table = TestSupport::dataPath(u"conversion-2025.csv"_s);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, m_db, table});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"in force from 01/07/2025"_s), qPrintable(run.describe()));
    // What the table does not account for: one line each on stderr, by code.
    const QStringList warnings = run.errLines();
    QVERIFY2(!warnings.filter(QRegularExpression(u"^warning: 30999: Xã Vĩnh Lập"_s)).isEmpty(),
             qPrintable(run.describe()));
    QVERIFY2(!warnings.filter(QRegularExpression(u"^warning: 30889: Xã Giục Tượng"_s)).isEmpty(),
             qPrintable(run.describe()));
    QVERIFY2(warnings.filter(QRegularExpression(u"^warning: 30883: "_s)).isEmpty(),
             qPrintable(run.describe()));

    // Importing it again changes nothing.
    const Run again = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, m_db, table});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"0 added, 0 renamed, 0 moved, 0 retired."_s),
             qPrintable(again.describe()));
    QJsonObject json;
    QVERIFY(summary(u"2020-06-22"_s, &json));
    QCOMPARE(firstCampaign(json).value("conferences"_L1).toObject().value("total"_L1).toInt(), 161);
}

void TestCli::lineageOfANewUnit()
{
    QVERIFY(createExample());
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    // Today the code names the new commune.
    const QJsonObject json = lineageOf(m_db, u"30880"_s);
    const QJsonObject unit = json.value("unit"_L1).toObject();
    QCOMPARE(unit.value("code"_L1).toString(), u"30880"_s);
    QCOMPARE(unit.value("name"_L1).toString(), u"Xã Châu Thành"_s);
    QCOMPARE(unit.value("valid_from"_L1).toString(), u"2025-07-01"_s);
    QVERIFY(unit.value("valid_to"_L1).isNull());
    QCOMPARE(linkLines(json.value("predecessors"_L1).toArray()),
             (QStringList{u"30880 Thị trấn Minh Lương whole"_s, u"30883 Xã Mong Thọ A whole"_s}));
    QVERIFY(json.value("successors"_L1).toArray().isEmpty());
    const QJsonObject minhLuong = json.value("predecessors"_L1).toArray().first().toObject();
    QCOMPARE(minhLuong.value("valid_to"_L1).toString(), u"2025-06-30"_s);
    QCOMPARE(minhLuong.value("date"_L1).toString(), u"2025-07-01"_s);
    QCOMPARE(minhLuong.value("note"_L1).toString(), u"Nhập toàn bộ"_s);

    // A province merged under another's code (the example holds no old An Giang).
    QCOMPARE(linkLines(lineageOf(m_db, u"91"_s).value("predecessors"_L1).toArray()),
             QStringList{u"91 Tỉnh Kiên Giang whole"_s});
}

void TestCli::lineageOnADay()
{
    QVERIFY(createExample());
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    const QJsonObject old = lineageOf(m_db, u"30880"_s, u"05/02/2020"_s);
    QCOMPARE(old.value("unit"_L1).toObject().value("name"_L1).toString(), u"Thị trấn Minh Lương"_s);
    QVERIFY(old.value("predecessors"_L1).toArray().isEmpty());
    QCOMPARE(linkLines(old.value("successors"_L1).toArray()),
             QStringList{u"30880 Xã Châu Thành whole"_s});
    // A commune split between two new ones.
    QCOMPARE(
        linkLines(lineageOf(m_db, u"30790"_s, u"2025-06-30"_s).value("successors"_L1).toArray()),
        (QStringList{u"30787 Xã Kiên Lương part"_s, u"30802 Xã Hòa Điền part"_s}));
    // A district made a special zone; a retired code that names one unit needs no day.
    QCOMPARE(linkLines(lineageOf(m_db, u"912"_s).value("successors"_L1).toArray()),
             QStringList{u"31108 Đặc khu Kiên Hải whole"_s});
}

void TestCli::unitOnTheCampaignsDay()
{
    QVERIFY(createExample());
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    // The file's only campaign started in 2020: 30880 is Thị trấn Minh Lương then.
    const Run held =
        runCli({u"conference"_s, m_db, u"--unit"_s, u"30880"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(held.exitCode == 0, qPrintable(held.describe()));
    QVERIFY2(held.out.contains(u"Thị trấn Minh Lương"_s), qPrintable(held.describe()));
    // On 01/07/2025 it is Xã Châu Thành, which takes part in no campaign.
    const Run now = runCli({u"--lang"_s, u"en"_s, u"conference"_s, m_db, u"--unit"_s, u"30880"_s,
                            u"--on"_s, u"2025-07-01"_s, u"--held"_s, u"20/05/2020"_s});
    QCOMPARE(now.exitCode, 1);
    QVERIFY2(now.err.contains(u"Xã Châu Thành (30880) takes part in no campaign"_s),
             qPrintable(now.describe()));
    const Run pilot = runCli({u"pilot"_s, m_db, u"--unit"_s, u"30880"_s, u"--on"_s, u"2025-07-01"_s,
                              u"--text"_s, u"tháng 5/2020"_s});
    QCOMPARE(pilot.exitCode, 2);
    QVERIFY2(pilot.err.contains(u"Xã Châu Thành"_s), qPrintable(pilot.describe()));
    const Run deadline =
        runCli({u"deadline"_s, m_db, u"--unit"_s, u"30880"_s, u"--text"_s, u"tháng 5/2020"_s});
    QVERIFY2(deadline.exitCode == 0, qPrintable(deadline.describe()));
    QVERIFY2(deadline.out.contains(u"Thị trấn Minh Lương"_s), qPrintable(deadline.describe()));

    Database database;
    QVERIFY(database.open(m_db));
    const auto minhLuong = UnitRepository(database).byCode(u"30880"_s, QDate(2020, 2, 6));
    QVERIFY(minhLuong);
    QCOMPARE(CampaignRepository(database).conference(1, minhLuong->id)->heldOn, QDate(2020, 5, 20));
}

void TestCli::ambiguousCodeNamesBoth()
{
    QVERIFY(createExample());
    // An edition of 01/01/2025 ends Phường Vĩnh Thanh (30733) on 31/12/2024; the conversion
    // table gives its code to Phường Rạch Giá from 01/07/2025.
    QVERIFY(runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"register-kg-2025.csv"_s),
                    u"--effective"_s, u"01/01/2025"_s})
                .exitCode
            == 0);
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"lineage"_s, m_db, u"--unit"_s, u"30733"_s,
                            u"--on"_s, u"2025-03-01"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(u"Phường Vĩnh Thanh (30733, until 31/12/2024)"_s),
             qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"Phường Rạch Giá (30733, from 01/07/2025)"_s),
             qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"--on"_s), qPrintable(run.describe()));
    QCOMPARE(lineageOf(m_db, u"30733"_s, u"2024-12-31"_s)
                 .value("unit"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"Phường Vĩnh Thanh"_s);
}

void TestCli::rewardsByTodaysUnits()
{
    QVERIFY(createExample());
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    const QString out = m_dir->filePath(u"rewards.csv"_s);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"export"_s, m_db, u"--report"_s, u"rewards"_s,
                            u"--format"_s, u"csv"_s, u"--out"_s, out, u"--by-todays-units"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine());
    QVERIFY2(header.contains(u"\"At the conference of\",\"Today's unit\""_s), qPrintable(header));
}

void TestCli::formNamesTheUnitOfTheCampaignsDay()
{
    QVERIFY(createExample());
    QVERIFY(
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"conversion-2025.csv"_s)}).exitCode
        == 0);
    // 30880 is Thị trấn Minh Lương in the 2016–2020 campaign, Xã Châu Thành since 07/2025.
    const QString out = m_dir->filePath(u"minh-luong.xlsx"_s);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"export"_s, m_db, u"--report"_s, u"form"_s,
                            u"--unit"_s, u"30880"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo(out).size() > 0);
    // And the sender of results read back is that unit too.
    const Run sender = runCli({u"--lang"_s, u"en"_s, u"import-results"_s, m_db, out, u"--from"_s,
                               u"30880"_s, u"--dry-run"_s});
    QVERIFY2(!sender.err.contains(u"Xã Châu Thành"_s), qPrintable(sender.describe()));
}

void TestCli::exportOdt()
{
    QVERIFY(createExample());
    const QString out = m_dir->filePath(u"lịch tổng kết.odt"_s);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"export"_s, m_db, u"--report"_s, u"schedule"_s,
                            u"--format"_s, u"odt"_s, u"--out"_s, out, u"--number"_s, u"12"_s,
                            u"--orientation"_s, u"portrait"_s, u"--today"_s, u"2020-07-01"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.trimmed() == u"Written: %1"_s.arg(QDir::toNativeSeparators(out)),
             qPrintable(run.describe()));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // OpenDocument: "mimetype" first, stored.
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QVERIFY(file.seek(0));
    ZipParts parts(&file, out);
    QVERIFY(parts.open().ok());
    QCOMPARE(parts.read(u"mimetype"_s).value(),
             QByteArray("application/vnd.oasis.opendocument.text"));
    // The office's heading with the number given, a unit of the example, the orientation.
    const QString content = QString::fromUtf8(parts.read(u"content.xml"_s).value());
    QVERIFY(content.contains(u"Số 12-TB/BDVTU"_s));
    QVERIFY(content.contains(u"Xã Bình An"_s));
    QVERIFY(content.contains(u"Nơi nhận:"_s));
    QVERIFY(QString::fromUtf8(parts.read(u"styles.xml"_s).value())
                .contains(u"style:print-orientation=\"portrait\""_s));
}

void TestCli::exportRefusesDanvanFiles_data()
{
    QTest::addColumn<QString>("target"); // DB: the database itself
    QTest::addColumn<QString>("format");

    QTest::newRow("the database") << u"DB"_s << u"csv"_s;
    QTest::newRow("its -wal") << u"DB-wal"_s << u"csv"_s;
    QTest::newRow("its -shm") << u"DB-shm"_s << u"csv"_s;
    QTest::newRow("another danvan file") << u"DIR/copy.sqlite"_s << u"csv"_s;
    QTest::newRow("a link to the database") << u"DIR/link.csv"_s << u"csv"_s;
    // Every format goes through the same rule.
    for (const QString &format : {u"xlsx"_s, u"pdf"_s, u"odt"_s}) {
        QTest::addRow("the database, %s", qPrintable(format)) << u"DB"_s << format;
        QTest::addRow("its -wal, %s", qPrintable(format)) << u"DB-wal"_s << format;
        QTest::addRow("another danvan file, %s", qPrintable(format))
            << u"DIR/copy.sqlite"_s << format;
    }
    // The second table of a progress report written to "report.csv" goes to "report-2.csv".
    QTest::newRow("a later table's file") << u"DIR/report-2.csv"_s << u"csv"_s;
    // A district's reporting form ("form": --report form --unit 905, as XLSX).
    QTest::newRow("a reporting form over the database") << u"DB"_s << u"form"_s;
    QTest::newRow("a reporting form over another danvan file") << u"DIR/copy.sqlite"_s << u"form"_s;
}

void TestCli::exportRefusesDanvanFiles()
{
    QFETCH(QString, target);
    QFETCH(QString, format);

    // The database itself, its companions and a link to it are files; another danvan file is
    // guarded whatever holds the database.
    const bool itself = target.startsWith("DB"_L1) || target.contains(u"link"_s);
    if (itself && TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    const QString copy = m_dir->filePath(u"copy.sqlite"_s);
    QCOMPARE(runCli({u"backup"_s, m_db, copy}).exitCode, 0);
    const QString second = m_dir->filePath(u"report-2.csv"_s);
    QVERIFY(QFile::copy(copy, second));
    if (!TestSupport::onServer())
        QVERIFY(QFile::link(m_db, m_dir->filePath(u"link.csv"_s)));
    const QString path =
        target.startsWith("DB"_L1) ? m_db + target.mid(2) : expand({target}).first();
    const bool later = target.contains(u"-2."_s);
    const QString report = later ? u"progress"_s : u"schedule"_s;
    const QString out = later ? m_dir->filePath(u"report.csv"_s) : path;
    const QByteArray database = TestSupport::databaseDigest(m_db);
    const QByteArray other = TestSupport::fileDigest(copy);
    const QByteArray otherSecond = TestSupport::fileDigest(second);

    const QStringList arguments = format == "form"_L1
        ? QStringList{u"--report"_s, u"form"_s, u"--unit"_s, u"905"_s, u"--format"_s, u"xlsx"_s}
        : QStringList{u"--report"_s, report, u"--format"_s, format, u"--today"_s, u"2020-06-30"_s};
    const Run run =
        runCli(QStringList{u"--lang"_s, u"en"_s, u"export"_s, m_db, u"--out"_s, out} + arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QFileInfo(path).fileName()), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    // Every danvan file is as it was, and the database still opens.
    QCOMPARE(TestSupport::databaseDigest(m_db), database);
    QCOMPARE(TestSupport::fileDigest(copy), other);
    QCOMPARE(TestSupport::fileDigest(second), otherSecond);
    // Nothing written at all, not even the tables before the refused one.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"report.csv"_s)));
    QJsonObject json;
    QVERIFY(summary(u"2020-06-30"_s, &json));
}

void TestCli::backupRefusesTheDatabasesCompanions()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    const QByteArray before = TestSupport::fileDigest(m_db);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const Run run = runCli({u"--lang"_s, u"en"_s, u"backup"_s, m_db, m_db + suffix});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(QFileInfo(m_db).fileName() + suffix), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(m_db + suffix));
    }
    QCOMPARE(TestSupport::fileDigest(m_db), before);
}

void TestCli::backupReplacesAnEarlierCopy()
{
    // A backup is a danvan file: an earlier copy no program has open may be replaced.
    QVERIFY(createExample());
    const QString copy = m_dir->filePath(u"copy.sqlite"_s);
    QCOMPARE(runCli({u"backup"_s, m_db, copy}).exitCode, 0);
    QCOMPARE(runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s})
                 .exitCode,
             0);
    const Run run = runCli({u"backup"_s, m_db, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const Run copied = runCli({u"summary"_s, copy, u"--today"_s, u"2020-06-30"_s});
    QCOMPARE(firstCampaign(QJsonDocument::fromJson(copied.out.toUtf8()).object())
                 .value("conferences"_L1)
                 .toObject()
                 .value("held"_L1)
                 .toInt(),
             1);
}

void TestCli::exportToAFullDisk_data()
{
    if (TestSupport::onServer())
        QSKIP(OutputOnly);
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reason");

    for (const QString &format : {u"csv"_s, u"xlsx"_s, u"pdf"_s}) {
        QTest::addRow("%s, English", qPrintable(format)) << format << u"en"_s << u"disk is full"_s;
        QTest::addRow("%s, Vietnamese", qPrintable(format))
            << format << u"vi"_s << u"ổ đĩa đã đầy"_s;
    }
}

void TestCli::exportToAFullDisk()
{
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QString, reason);

    QVERIFY(createExample());
    // Room for the earlier file and a little more, not for the report.
    const SmallDisk disk(m_dir->filePath(u"disk"_s), u"16k"_s);
    if (!disk.mounted)
        QSKIP(disk.skipReason);
    const QString path =
        TestSupport::writeFile(*m_dir, u"disk/lich."_s + format, "an earlier file");
    const Run run = runCli({u"--lang"_s, language, u"export"_s, m_db, u"--report"_s, u"schedule"_s,
                            u"--format"_s, format, u"--out"_s, path});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(path), qPrintable(run.describe()));
    // The reason in words, in the language asked for.
    QVERIFY2(run.err.contains(reason), qPrintable(run.describe()));
    for (const QString &english : {u"Unknown error"_s, u"No space left"_s, u"Zip"_s})
        QVERIFY2(!run.err.contains(english), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    // The earlier file as it was, nothing left beside it.
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("an earlier file"));
    QCOMPARE(disk.entries(), QStringList{u"lich."_s + format});
}

void TestCli::exportToADeviceThatIsFull_data()
{
    if (TestSupport::onServer())
        QSKIP(OutputOnly);
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
    QTest::newRow("pdf") << u"pdf"_s;
    QTest::newRow("odt") << u"odt"_s;
}

void TestCli::exportToADeviceThatIsFull()
{
    QFETCH(QString, format);

    QVERIFY(createExample());
    const QString device = fullDevice(*m_dir);
    const Run run = runCli({u"--lang"_s, u"en"_s, u"export"_s, m_db, u"--report"_s, u"schedule"_s,
                            u"--format"_s, format, u"--out"_s, device});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(device), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.describe()));
    // Written to as a device, never replaced by a file.
    QVERIFY(isCharacterDevice(device));
}

void TestCli::outputToAFullDisk_data()
{
    if (TestSupport::onServer())
        QSKIP(OutputOnly);
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("summary") << QStringList{u"summary"_s, u"DB"_s};
    QTest::newRow("help") << QStringList{u"--help"_s};
    QTest::newRow("a command's help") << QStringList{u"summary"_s, u"--help"_s};
    QTest::newRow("conference") << QStringList{u"conference"_s, u"DB"_s,     u"--unit"_s,
                                               u"30898"_s,      u"--held"_s, u"20/05/2020"_s};
    // The preview's JSON goes to the output's device itself, in pieces: the last piece, a
    // few kilobytes here, must be reported too.
    QTest::newRow("a results preview") << QStringList{
        u"import-results"_s, u"DB"_s, u"DATA/results/form-905-openpyxl.xlsx"_s, u"--dry-run"_s};
}

void TestCli::readsWithoutAThread()
{
    // Where no thread can be started (a process limit reached), the files the commands read
    // beside the database's opening are read on the main thread instead, to the same effect.
    QVERIFY(createExample());
    const QStringList noThreads{u"LD_PRELOAD="_s + QStringLiteral(DANVAN_NO_THREADS_PATH)};
    const QString form = TestSupport::dataPath(u"results/form-905-openpyxl.xlsx"_s);
    const QStringList preview{u"--lang"_s, u"en"_s, u"import-results"_s,
                              m_db,        form,    u"--dry-run"_s};
    const Run threaded = runCli(preview);
    QVERIFY2(threaded.exitCode == 0, qPrintable(threaded.describe()));
    const Run unthreaded = runCli(preview, false, QString(), noThreads);
    QVERIFY2(unthreaded.exitCode == 0, qPrintable(unthreaded.describe()));
    QCOMPARE(unthreaded.out, threaded.out);
    QVERIFY2(threaded.out.contains(u"form-905-openpyxl.xlsx"_s), qPrintable(threaded.describe()));

    const Run units = runCli({u"--lang"_s, u"en"_s, u"import-units"_s, m_db,
                              TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)},
                             false, QString(), noThreads);
    QVERIFY2(units.exitCode == 0, qPrintable(units.describe()));
    QVERIFY2(units.out.contains(u"4 added"_s), qPrintable(units.describe()));
}

void TestCli::outputToAFullDisk()
{
    QFETCH(QStringList, arguments);

    QVERIFY(createExample());
    const Run run =
        runCli(QStringList{u"--lang"_s, u"en"_s} + expand(arguments), false, fullDevice(*m_dir));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"output"_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.describe()));
}

void TestCli::backupToAFullDiskNamesTheCopysDisk()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    QVERIFY(createExample());
    const SmallDisk disk(m_dir->filePath(u"disk"_s), u"64k"_s);
    if (!disk.mounted)
        QSKIP(disk.skipReason);
    const QString copy = disk.path + u"/copy.sqlite"_s;
    const Run run = runCli({u"--lang"_s, u"en"_s, u"backup"_s, m_db, copy});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    // The copy's disk is full, not the database's.
    QVERIFY2(run.err.contains(u"holds “%1” is full"_s.arg(copy)), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(u"holds “%1”"_s.arg(m_db)), qPrintable(run.describe()));
    QVERIFY(disk.entries().isEmpty());
}

void TestCli::initOnAFullDiskLeavesNothing()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    for (const QString &size : {u"8k"_s, u"64k"_s}) {
        const SmallDisk disk(m_dir->filePath(u"disk-"_s + size), size);
        if (!disk.mounted)
            QSKIP(disk.skipReason);
        const QString path = disk.path + u"/new.sqlite"_s;
        for (const QStringList &example : {QStringList(), QStringList{u"--example"_s}}) {
            const Run run = runCli(QStringList{u"--lang"_s, u"en"_s, u"init"_s, path} + example);
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
            QVERIFY2(run.err.contains(path), qPrintable(run.describe()));
            // In words, not SQLite's "disk I/O error".
            QVERIFY2(run.err.contains(u"is full"_s), qPrintable(run.describe()));
            QVERIFY2(!run.err.contains(u"I/O"_s), qPrintable(run.describe()));
            // "Nothing was changed": no file of 4 KiB, no -wal, no -shm.
            QVERIFY2(disk.entries().isEmpty(), qPrintable(disk.entries().join(u", "_s)));
        }
    }
}

void TestCli::systemReasonsInVietnamese_data()
{
    if (TestSupport::onServer())
        QSKIP(OutputOnly);
    QTest::addColumn<QString>("place"); // missing, read-only folder, read-only disk
    QTest::addColumn<QString>("reason"); // in Vietnamese
    QTest::addColumn<QString>("english"); // what the system says, which must not show

    QTest::newRow("a folder that does not exist")
        << u"missing"_s << u"không có"_s << u"No such file"_s;
    QTest::newRow("a folder that may not be written")
        << u"read-only folder"_s << u"không có quyền"_s << u"Permission denied"_s;
    QTest::newRow("a disk that can only be read")
        << u"read-only disk"_s << u"chỉ đọc"_s << u"Read-only file system"_s;
}

void TestCli::systemReasonsInVietnamese()
{
    QFETCH(QString, place);
    QFETCH(QString, reason);
    QFETCH(QString, english);

    QVERIFY(createExample());
    QString folder = m_dir->filePath(u"out"_s);
    bool asNobody = false;
    std::unique_ptr<SmallDisk> disk;
    if (place == "read-only folder"_L1) {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
            QSKIP("running as root, where permissions do not stop writing, without setpriv");
        asNobody = ::geteuid() == 0;
        QVERIFY(QDir().mkpath(folder));
        // Everyone may read the database and enter the folders; nobody may write the folder.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(m_db, QFile::Permissions(0x6444)));
        QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x5555)));
    } else if (place == "read-only disk"_L1) {
        disk = std::make_unique<SmallDisk>(folder, u"64k"_s);
        if (!disk->mounted)
            QSKIP(disk->skipReason);
        QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,ro"_s, folder}), 0);
    }
    const QString out = folder + u"/lich.csv"_s;
    const Run run = runCli(
        {u"export"_s, m_db, u"--report"_s, u"schedule"_s, u"--format"_s, u"csv"_s, u"--out"_s, out},
        asNobody);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(out), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(reason), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(english, Qt::CaseInsensitive), qPrintable(run.describe()));
}

void TestCli::namesAreCaseInsensitive_data()
{
    QTest::addColumn<QStringList>("options");

    QTest::newRow("--report Schedule")
        << QStringList{u"--report"_s, u"Schedule"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("--format CSV") << QStringList{u"--report"_s, u"schedule"_s, u"--format"_s,
                                                 u"CSV"_s};
    QTest::newRow("--report UNITS --format Xlsx")
        << QStringList{u"--report"_s, u"UNITS"_s, u"--format"_s, u"Xlsx"_s};
    QTest::newRow("--format ODT") << QStringList{u"--report"_s, u"progress"_s, u"--format"_s,
                                                 u"ODT"_s};
    QTest::newRow("--dates ISO") << QStringList{u"--report"_s, u"Progress"_s, u"--format"_s,
                                                u"csv"_s,      u"--dates"_s,  u"ISO"_s};
}

void TestCli::namesAreCaseInsensitive()
{
    QFETCH(QStringList, options);

    QVERIFY(createExample());
    const QString out = m_dir->filePath(u"out"_s);
    const Run run = runCli(QStringList{u"export"_s, m_db, u"--out"_s, out} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo(out).size() > 0);
}

void TestCli::levelByItsName_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("language");

    QTest::newRow("huyện") << u"huyện"_s << u"vi"_s;
    QTest::newRow("Huyện, English") << u"Huyện"_s << u"en"_s;
    QTest::newRow("cấp huyện") << u"cấp huyện"_s << u"vi"_s;
    QTest::newRow("without accents") << u"cap huyen"_s << u"vi"_s;
    QTest::newRow("the whole name") << u"Cấp huyện và tương đương"_s << u"vi"_s;
    QTest::newRow("the key") << u"district"_s << u"vi"_s;
    QTest::newRow("the English name") << u"District and equivalent"_s << u"en"_s;
}

void TestCli::levelByItsName()
{
    QFETCH(QString, level);
    QFETCH(QString, language);

    QVERIFY(createExample());
    const Run run = runCli({u"--lang"_s, language, u"deadline"_s, m_db, u"--level"_s, level,
                            u"--text"_s, u"cuối tháng 7-2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // The level by its name in the language of the message: never "cấp district".
    if (language == "vi"_L1) {
        QVERIFY2(run.out.contains(u"Cấp huyện và tương đương"_s), qPrintable(run.describe()));
        QVERIFY2(!run.out.contains(u"district"_s), qPrintable(run.describe()));
    } else {
        QVERIFY2(run.out.contains(u"District and equivalent"_s), qPrintable(run.describe()));
    }
    QJsonObject json;
    QVERIFY(summary(u"2020-06-30"_s, &json));
    const QJsonArray deadlines = firstCampaign(json).value("deadlines"_L1).toArray();
    QCOMPARE(deadlines.at(1).toObject().value("level"_L1).toString(), u"district"_s);
    QCOMPARE(deadlines.at(1).toObject().value("text"_L1).toString(), u"cuối tháng 7-2020"_s);
}

void TestCli::unknownLevelNamesTheLevels()
{
    QVERIFY(createExample());
    QJsonObject before;
    QVERIFY(summary(u"2020-06-30"_s, &before));
    const Run run =
        runCli({u"deadline"_s, m_db, u"--level"_s, u"thôn"_s, u"--text"_s, u"cuối tháng 7-2020"_s});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"“thôn”"_s), qPrintable(run.describe()));
    // Which names are valid, in the message's language.
    for (const QString &name : {u"Cấp tỉnh"_s, u"Cấp huyện và tương đương"_s, u"Cấp cơ sở"_s})
        QVERIFY2(run.err.contains(name), qPrintable(run.describe()));
    QVERIFY2(!run.err.contains(u"does not take part"_s), qPrintable(run.describe()));
    QJsonObject after;
    QVERIFY(summary(u"2020-06-30"_s, &after));
    QCOMPARE(after, before);
}

void TestCli::levelDeadlineAfterTheLevelAboveWarns()
{
    QVERIFY(createExample());
    // The communes' deadline after the districts' (31/07/2020): kept, with a warning.
    const Run run = runCli({u"--lang"_s, u"en"_s, u"deadline"_s, m_db, u"--level"_s, u"commune"_s,
                            u"--text"_s, u"cuối tháng 8-2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.startsWith(u"danvan-cli deadline: Warning: "_s), qPrintable(run.describe()));
    for (const QString &part :
         {u"Grassroots"_s, u"31/08/2020"_s, u"District and equivalent"_s, u"31/07/2020"_s})
        QVERIFY2(run.err.contains(part), qPrintable(run.describe()));

    QJsonObject json;
    QVERIFY(summary(u"2020-06-30"_s, &json));
    const QJsonArray warnings = firstCampaign(json).value("deadline_warnings"_L1).toArray();
    QCOMPARE(warnings.size(), 1);
    const QJsonObject warning = warnings.first().toObject();
    QCOMPARE(warning.value("level"_L1).toString(), u"commune"_s);
    QCOMPARE(warning.value("last"_L1).toString(), u"2020-08-31"_s);
    QCOMPARE(warning.value("above"_L1).toString(), u"district"_s);
    QCOMPARE(warning.value("above_last"_L1).toString(), u"2020-07-31"_s);

    // Set right again, the warning goes.
    const Run fixed = runCli(
        {u"deadline"_s, m_db, u"--level"_s, u"commune"_s, u"--text"_s, u"cuối tháng 6-2020"_s});
    QVERIFY2(fixed.exitCode == 0 && fixed.err.isEmpty(), qPrintable(fixed.describe()));
    QVERIFY(summary(u"2020-06-30"_s, &json));
    QVERIFY(firstCampaign(json).value("deadline_warnings"_L1).toArray().isEmpty());
}

void TestCli::summaryCountsUnitsInForceOnTheDay()
{
    QVERIFY(createExample());
    const Run run =
        runCli({u"import-units"_s, m_db, TestSupport::dataPath(u"register-kg-2025.csv"_s),
                u"--effective"_s, u"01/07/2025"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    // As of 2020: the units of then, none retired yet.
    QJsonObject json;
    QVERIFY(summary(u"2020-03-25"_s, &json));
    QJsonObject units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("province"_L1).toInt(), 1);
    QCOMPARE(units.value("district"_L1).toInt(), 15);
    QCOMPARE(units.value("commune"_L1).toInt(), 145);
    QCOMPARE(json.value("retired_units"_L1).toInt(-1), 0);
    // The day before the new edition, still all of them.
    QVERIFY(summary(u"2025-06-30"_s, &json));
    QCOMPARE(json.value("units"_L1).toObject().value("commune"_L1).toInt(), 145);
    // From the edition's day, the new ones.
    QVERIFY(summary(u"2025-07-01"_s, &json));
    units = json.value("units"_L1).toObject();
    QCOMPARE(units.value("district"_L1).toInt(), 3);
    QCOMPARE(units.value("commune"_L1).toInt(), 11);
    QCOMPARE(json.value("retired_units"_L1).toInt(), 147);
}

void TestCli::olderEditionIsRefused()
{
    QVERIFY(createExample());
    const QString newer = TestSupport::dataPath(u"register-kg-2025.csv"_s);
    const QString older =
        QStringLiteral(DANVAN_SOURCE_DIR) + u"/resources/example/kiengiang-2020-register.csv"_s;
    QCOMPARE(runCli({u"import-units"_s, m_db, newer, u"--effective"_s, u"01/07/2025"_s}).exitCode,
             0);
    QJsonObject before;
    QVERIFY(summary(u"2025-07-01"_s, &before));

    const Run run = runCli(
        {u"--lang"_s, u"en"_s, u"import-units"_s, m_db, older, u"--effective"_s, u"01/01/2020"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    // Both editions' days, and how to import it all the same.
    for (const QString &part : {u"01/01/2020"_s, u"01/07/2025"_s, u"--older"_s})
        QVERIFY2(run.err.contains(part), qPrintable(run.describe()));
    QJsonObject after;
    QVERIFY(summary(u"2025-07-01"_s, &after));
    QCOMPARE(after, before);

    // Confirmed: the older edition's units are in force again.
    const Run confirmed =
        runCli({u"import-units"_s, m_db, older, u"--effective"_s, u"01/01/2020"_s, u"--older"_s});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
    QVERIFY(summary(u"2026-01-01"_s, &after));
    QCOMPARE(after.value("units"_L1).toObject().value("district"_L1).toInt(), 15);
    QCOMPARE(after.value("units"_L1).toObject().value("commune"_L1).toInt(), 145);
}

void TestCli::unlikelyDaysAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("held in 2002") << QStringList{u"--held"_s, u"20/06/2002"_s} << u"20/06/2002"_s;
    QTest::newRow("planned for 1900")
        << QStringList{u"--scheduled"_s, u"01/01/1900"_s} << u"01/01/1900"_s;
    QTest::newRow("held in 2022") << QStringList{u"--held"_s, u"2022-06-20"_s} << u"20/06/2022"_s;
}

void TestCli::unlikelyDaysAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);

    QVERIFY(createExample());
    // As of a day after every one of them.
    const QString asOf = u"2023-01-01"_s;
    QJsonObject before;
    QVERIFY(summary(asOf, &before));
    const QStringList arguments =
        QStringList{u"conference"_s, m_db, u"--unit"_s, u"30898"_s} + options;
    const Run run = runCli(QStringList{u"--lang"_s, u"en"_s} + arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"--force"_s), qPrintable(run.describe()));
    QJsonObject after;
    QVERIFY(summary(asOf, &after));
    QCOMPARE(after, before);

    const Run forced = runCli(arguments + QStringList{u"--force"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QVERIFY(summary(asOf, &after));
    QVERIFY(after != before);
}

void TestCli::tablesWithoutVersionAreNotADanvanFile()
{
    if (TestSupport::onServer())
        QSKIP(FileOnly);
    // danvan's header id, a table of danvan's, but no data version.
    const QString path = m_dir->filePath(u"odd.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"odd"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
        QVERIFY(query.exec(u"CREATE TABLE levels (key TEXT PRIMARY KEY)"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"odd"_s);
    const QByteArray digest = TestSupport::fileDigest(path);

    for (const QString &language : {u"en"_s, u"vi"_s}) {
        const Run run = runCli({u"--lang"_s, language, u"summary"_s, path});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(path), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(u"already exists"_s), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(language == "en"_L1 ? u"not a danvan file"_s
                                                      : u"không phải là tệp danvan"_s),
                 qPrintable(run.describe()));
    }
    QCOMPARE(TestSupport::fileDigest(path), digest);
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
