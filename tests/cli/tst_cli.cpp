#include "CampaignRepository.h"
#include "Database.h"
#include "TestPaths.h"
#include "CliRun.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

/// danvan-cli end to end: each test runs the real program on files in a temporary folder.
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
    void injectionInDeadlineIsRefused();
    void changedSchemaIsRefusedByEveryCommand_data();
    void changedSchemaIsRefusedByEveryCommand();
    void triggerThatDeletesRecordsNeverRuns();
    void checkPassesUntouchedFilesOfEveryVersion_data();
    void checkPassesUntouchedFilesOfEveryVersion();
    void checkListsEveryDifference();
    void checkRefusesWhatOpenRefuses();

private:
    /// Creates the example database; false (with a warning) when that fails.
    bool createExample();
    /// Runs `summary` on the database as of `today`; false (with a warning) when it fails.
    bool summary(const QString &today, QJsonObject *json);
    /// Replaces the placeholders DB, DIR and DATA/ in arguments.
    QStringList expand(const QStringList &arguments) const;

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
    const Run run = runCli({u"init"_s, m_db, u"--example"_s});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return false;
    }
    return true;
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
        else if (argument.startsWith("DIR/"_L1))
            argument = m_dir->filePath(argument.mid(4));
        else if (argument.startsWith("DATA/"_L1))
            argument = TestSupport::dataPath(argument.mid(5));
        expanded.append(argument);
    }
    return expanded;
}

void TestCli::initExample()
{
    const Run run = runCli({u"init"_s, m_db, u"--example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(QFileInfo(m_db).isFile());
    QVERIFY(QFileInfo(m_db).size() > 0);
    QVERIFY2(run.out.contains(QFileInfo(m_db).fileName()), qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));

    // The file is a danvan database the core opens as it is.
    Database database;
    const auto opened = database.open(m_db);
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
}

void TestCli::initEmpty()
{
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
    else
        TestSupport::writeFile(*m_dir, QFileInfo(m_db).fileName(), content);
    const QByteArray digest = TestSupport::fileDigest(m_db);

    for (const QStringList &arguments :
         {QStringList{u"init"_s, m_db}, QStringList{u"init"_s, m_db, u"--example"_s}}) {
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(QFileInfo(m_db).fileName()), qPrintable(run.describe()));
        QCOMPARE(TestSupport::fileDigest(m_db), digest);
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
    QTest::newRow("bad --effective")
        << QStringList{u"import-units"_s, u"DB"_s, u"DATA/register-kg-2025.csv"_s, u"--effective"_s,
                       u"31/02/2025"_s}
        << u"31/02/2025"_s;
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
    // The general help, so that the user sees the commands.
    for (const QString &command : {u"init"_s, u"import-units"_s, u"conference"_s, u"summary"_s})
        QVERIFY2(run.out.contains(command), qPrintable(run.describe()));
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
    QTest::newRow("no such database")
        << QStringList{u"summary"_s, u"DIR/missing.sqlite"_s} << u"missing.sqlite"_s;
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
                                   u"pilot"_s, u"summary"_s, u"check"_s}) {
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

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
