#include "CliRun.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::runCli;

/// danvan-cli campaign …: create from a description, list, export, next phase, rename,
/// close, reopen and delete, run as the real program on a file in a temporary folder, or with
/// DANVAN_TEST_ENGINE=postgresql on a throwaway server as the province's own login.
class TestCliCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listTheExample();
    void districtOfficeFromADescription();
    void refusedDescriptionCreatesNothing_data();
    void refusedDescriptionCreatesNothing();
    void exportAndCreateInAnotherFile();
    void nextPhase();
    void closeReopenAndDelete();
    void wrongUsage_data();
    void wrongUsage();

private:
    QString write(const QString &name, const QByteArray &content) const;
    QJsonArray list(const QString &db) const;
    QJsonObject summaryOf(const QString &db, int campaign) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliCampaigns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestSupport::createCliExample(*m_dir);
    QVERIFY(!m_db.isEmpty());
}

void TestCliCampaigns::cleanup()
{
    m_dir.reset();
}

QString TestCliCampaigns::write(const QString &name, const QByteArray &content) const
{
    return TestSupport::writeFile(*m_dir, name, content);
}

QJsonArray TestCliCampaigns::list(const QString &db) const
{
    const CliRun run = runCli({u"campaign"_s, u"list"_s, db});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QJsonObject TestCliCampaigns::summaryOf(const QString &db, int campaign) const
{
    const CliRun run = runCli({u"summary"_s, db, u"--campaign"_s, QString::number(campaign),
                               u"--today"_s, u"2020-06-30"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8())
                           .object()
                           .value("campaigns"_L1)
                           .toArray()
                           .first()
                           .toObject();
    json.remove(u"id"_s);
    return json;
}

void TestCliCampaigns::listTheExample()
{
    const QJsonArray campaigns = list(m_db);
    QCOMPARE(campaigns.size(), 1);
    const QJsonObject campaign = campaigns.first().toObject();
    QCOMPARE(campaign.value("id"_L1).toInt(), 1);
    QCOMPARE(campaign.value("phase"_L1).toString(), u"2016–2020"_s);
    QCOMPARE(campaign.value("root"_L1).toString(), u"91"_s);
    QCOMPARE(campaign.value("levels"_L1).toArray(),
             QJsonArray({u"province"_s, u"district"_s, u"commune"_s}));
    QCOMPARE(campaign.value("units"_L1).toInt(), 161);
    QCOMPARE(campaign.value("closed"_L1).toBool(), false);
}

void TestCliCampaigns::districtOfficeFromADescription()
{
    const QString spec = write(u"chau-thanh.json"_s, R"({
        "name": "Tổng kết phong trào thi đua “Dân vận khéo” huyện Châu Thành",
        "phase": "2016–2020",
        "root": "905",
        "starts_on": "2020-03-25",
        "levels": [{"level": "district", "deadline": "cuối tháng 6/2020"},
                   {"level": "commune", "deadline": "cuối tháng 6-2020"}],
        "pilots": [{"unit": "30898", "deadline": "tháng 5/2020"}]
    })");
    const CliRun run =
        runCli({u"--lang"_s, u"en"_s, u"campaign"_s, u"create"_s, m_db, u"--spec"_s, spec});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"Created campaign 2 "_s), qPrintable(run.out));
    const QJsonArray campaigns = list(m_db);
    QCOMPARE(campaigns.size(), 2);
    // Newest first.
    const QJsonObject created = campaigns.first().toObject();
    QCOMPARE(created.value("id"_L1).toInt(), 2);
    QCOMPARE(created.value("root"_L1).toString(), u"905"_s);
    QCOMPARE(created.value("levels"_L1).toArray(), QJsonArray({u"district"_s, u"commune"_s}));
    QCOMPARE(created.value("units"_L1).toInt(), 11);

    const QJsonObject summary = summaryOf(m_db, 2);
    QCOMPARE(summary.value("root_code"_L1).toString(), u"905"_s);
    const QJsonArray pilots = summary.value("pilots"_L1).toArray();
    QCOMPARE(pilots.size(), 1);
    QCOMPARE(pilots.first().toObject().value("last"_L1).toString(), u"2020-05-31"_s);
}

void TestCliCampaigns::refusedDescriptionCreatesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown field")
        << QByteArray(R"({"name": "x", "root": "91", "starts_on": "2020-02-06",
                          "levels": [{"level": "province"}], "colour": "red"})")
        << u"colour"_s;
    QTest::newRow("bad phrase") << QByteArray(
        R"({"name": "x", "root": "91", "starts_on": "2020-02-06",
                          "levels": [{"level": "province", "deadline": "cuối tháng 13-2020"}]})")
                                << u"levels[0].deadline"_s;
    QTest::newRow("unit not in the file")
        << QByteArray(R"({"name": "x", "root": "91", "starts_on": "2020-02-06",
                          "levels": [{"level": "province"}, {"level": "commune"}],
                          "pilots": [{"unit": "12345", "deadline": "tháng 5/2020"}]})")
        << u"pilots[0].unit"_s;
    QTest::newRow("looser own deadline")
        << QByteArray(R"({"name": "x", "root": "91", "starts_on": "2020-02-06",
                          "levels": [{"level": "province"}, {"level": "district",
                                      "deadline": "cuối tháng 7-2020"}, {"level": "commune"}],
                          "overrides": [{"unit": "905", "deadline": "tháng 8/2020"}]})")
        << u"overrides[0].deadline"_s;
    QTest::newRow("not JSON") << QByteArray("{\"name\": ") << u"JSON"_s;
}

void TestCliCampaigns::refusedDescriptionCreatesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString spec = write(u"campaign.json"_s, json);
    const QByteArray before = TestSupport::databaseDigest(m_db);
    const CliRun run =
        runCli({u"--lang"_s, u"en"_s, u"campaign"_s, u"create"_s, m_db, u"--spec"_s, spec});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"campaign.json"_s), qPrintable(run.err));
    QCOMPARE(list(m_db).size(), 1);
    QCOMPARE(TestSupport::databaseDigest(m_db), before);
}

void TestCliCampaigns::exportAndCreateInAnotherFile()
{
    const QString json = m_dir->filePath(u"example.json"_s);
    CliRun run =
        runCli({u"campaign"_s, u"export"_s, m_db, u"--campaign"_s, u"1"_s, u"--out"_s, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject exported = [&json] {
        QFile file(json);
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    QCOMPARE(exported.value("root"_L1).toString(), u"91"_s);
    QCOMPARE(exported.value("pilots"_L1).toArray().size(), 2);

    // Another file with the same units (whatever holds the first), the campaign made from
    // the description.
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QCOMPARE(runCli({u"init"_s, other}).exitCode, 0);
    run = runCli(
        {u"import-units"_s, other,
         QStringLiteral(DANVAN_SOURCE_DIR) + u"/resources/example/kiengiang-2020-register.csv"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = runCli({u"campaign"_s, u"create"_s, other, u"--spec"_s, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(summaryOf(other, 1), summaryOf(m_db, 1));
}

void TestCliCampaigns::nextPhase()
{
    const CliRun run = runCli({u"--lang"_s, u"en"_s, u"campaign"_s, u"next"_s, m_db,
                               u"--campaign"_s, u"1"_s, u"--name"_s, u"Tổng kết 2021–2025"_s,
                               u"--phase"_s, u"2021–2025"_s, u"--starts"_s, u"10/02/2025"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"cuối tháng 6-2025 (30/06/2025)"_s), qPrintable(run.out));
    const QJsonArray campaigns = list(m_db);
    QCOMPARE(campaigns.size(), 2);
    QCOMPARE(campaigns.first().toObject().value("name"_L1).toString(), u"Tổng kết 2021–2025"_s);
    QCOMPARE(campaigns.first().toObject().value("units"_L1).toInt(), 161);
    const QJsonArray deadlines = summaryOf(m_db, 2).value("deadlines"_L1).toArray();
    QCOMPARE(deadlines.size(), 3);
    QCOMPARE(deadlines.at(2).toObject().value("last"_L1).toString(), u"2025-06-30"_s);
    QVERIFY(summaryOf(m_db, 2).value("pilots"_L1).toArray().isEmpty());
}

void TestCliCampaigns::closeReopenAndDelete()
{
    CliRun run = runCli({u"campaign"_s, u"close"_s, m_db, u"--campaign"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(list(m_db).first().toObject().value("closed"_L1).toBool(), true);
    // Closed: read and exported, not changed.
    const QByteArray before = TestSupport::databaseDigest(m_db);
    run = runCli({u"--lang"_s, u"en"_s, u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s,
                  u"20/05/2020"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"closed"_s), qPrintable(run.err));
    run = runCli({u"export"_s, m_db, u"--report"_s, u"schedule"_s, u"--format"_s, u"csv"_s,
                  u"--out"_s, m_dir->filePath(u"schedule.csv"_s), u"--today"_s, u"2020-06-30"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(TestSupport::databaseDigest(m_db), before);
    run = runCli({u"campaign"_s, u"reopen"_s, m_db, u"--campaign"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = runCli({u"conference"_s, m_db, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

    run = runCli({u"campaign"_s, u"rename"_s, m_db, u"--campaign"_s, u"1"_s, u"--name"_s,
                  u"Đợt 2016–2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(list(m_db).first().toObject().value("name"_L1).toString(), u"Đợt 2016–2020"_s);

    // Deleting asks for --yes and says what would go.
    run = runCli({u"--lang"_s, u"en"_s, u"campaign"_s, u"delete"_s, m_db, u"--campaign"_s, u"1"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"161 conferences"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"1 with results"_s), qPrintable(run.err));
    QCOMPARE(list(m_db).size(), 1);
    run = runCli({u"campaign"_s, u"delete"_s, m_db, u"--campaign"_s, u"1"_s, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(list(m_db).isEmpty());
}

void TestCliCampaigns::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{u"campaign"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"campaign"_s, u"open"_s, u"DB"_s};
    QTest::newRow("create without spec") << QStringList{u"campaign"_s, u"create"_s, u"DB"_s};
    QTest::newRow("delete without campaign")
        << QStringList{u"campaign"_s, u"delete"_s, u"DB"_s, u"--yes"_s};
    QTest::newRow("next without starts")
        << QStringList{u"campaign"_s, u"next"_s, u"DB"_s, u"--name"_s, u"x"_s};
    QTest::newRow("bad campaign number")
        << QStringList{u"campaign"_s, u"close"_s, u"DB"_s, u"--campaign"_s, u"one"_s};
}

void TestCliCampaigns::wrongUsage()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(u"DB"_s, m_db);
    const QByteArray before = TestSupport::databaseDigest(m_db);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(TestSupport::databaseDigest(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliCampaigns)
#include "tst_cli_campaigns.moc"
