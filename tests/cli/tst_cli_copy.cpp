#include "CliRun.h"
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

/// danvan-cli copy SRC DST: a whole database into an empty one, run as the real program. With
/// DANVAN_TEST_ENGINE=postgresql the source is on a throwaway server, read by the province's
/// own login, and the copies are files.
class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void copyIsTheSameDatabase();
    void closedCampaignStaysClosed();
    void existingFileIsNotOverwritten();
    void missingSourceWritesNothing();

private:
    QString summary(const QString &db) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
};

void TestCliCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = TestSupport::createCliExample(*m_dir, u"source.sqlite"_s);
    QVERIFY(!m_source.isEmpty());
}

void TestCliCopy::cleanup()
{
    m_dir.reset();
}

QString TestCliCopy::summary(const QString &db) const
{
    const CliRun run = runCli({u"summary"_s, db, u"--today"_s, u"2020-06-30"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return run.out;
}

void TestCliCopy::copyIsTheSameDatabase()
{
    // Results entered, so that the copy has more than the plan to carry.
    CliRun run =
        runCli({u"conference"_s, m_source, u"--unit"_s, u"30898"_s, u"--held"_s, u"20/05/2020"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    run = runCli({u"--lang"_s, u"en"_s, u"copy"_s, m_source, target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.startsWith(u"Copied "_s), qPrintable(run.out));

    const QString expected = summary(m_source);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(summary(target), expected);
    // The copy is a sound danvan file, schema and all.
    run = runCli({u"check"_s, target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject check = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(check.value("differences"_L1).toArray().isEmpty(), qPrintable(run.out));
    // And it goes on numbering after the copied rows: a new campaign gets the next id.
    run = runCli({u"campaign"_s, u"next"_s, target, u"--campaign"_s, u"1"_s, u"--name"_s,
                  u"Tổng kết 2021–2025"_s, u"--phase"_s, u"2021–2025"_s, u"--starts"_s,
                  u"01/01/2025"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestCliCopy::closedCampaignStaysClosed()
{
    CliRun run = runCli({u"campaign"_s, u"close"_s, m_source, u"--campaign"_s, u"1"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    run = runCli({u"copy"_s, m_source, target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(summary(target), summary(m_source));
    run = runCli({u"--lang"_s, u"en"_s, u"conference"_s, target, u"--unit"_s, u"30898"_s,
                  u"--held"_s, u"20/05/2020"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"closed"_s), qPrintable(run.err));
}

void TestCliCopy::existingFileIsNotOverwritten()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    CliRun run = runCli({u"init"_s, target});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QByteArray before = TestSupport::fileDigest(target);
    run = runCli({u"--lang"_s, u"en"_s, u"copy"_s, m_source, target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));
    QCOMPARE(TestSupport::fileDigest(target), before);
}

void TestCliCopy::missingSourceWritesNothing()
{
    const QString target = m_dir->filePath(u"copy.sqlite"_s);
    const CliRun run =
        runCli({u"--lang"_s, u"en"_s, u"copy"_s, m_dir->filePath(u"missing.sqlite"_s), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
