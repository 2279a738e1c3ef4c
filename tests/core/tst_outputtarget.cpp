#include "Database.h"
#include "ExampleFixture.h"
#include "OutputTarget.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// The one rule for where danvan writes its own files: never over the open database, its
/// -wal, -shm or -journal file, or any other danvan file (a backup may replace an earlier
/// copy that no program has open).
class TestOutputTarget : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recognisesDanvanFilesByTheirHeader();
    void targets_data();
    void targets();
};

void TestOutputTarget::init()
{
    QVERIFY(openExample(u"open.sqlite"_s));
    QVERIFY(m_database->backUp(m_dir->filePath(u"copy.sqlite"_s)));
    // A danvan file under a name that does not say so.
    QVERIFY(QFile::copy(m_dir->filePath(u"copy.sqlite"_s), m_dir->filePath(u"report.csv"_s)));
    TestSupport::writeFile(*m_dir, u"old.csv"_s, "an earlier report\r\n");
    QVERIFY(QFile::link(m_dir->filePath(u"open.sqlite"_s), m_dir->filePath(u"link.pdf"_s)));
}

void TestOutputTarget::cleanup()
{
    closeExample();
}

void TestOutputTarget::recognisesDanvanFilesByTheirHeader()
{
    QVERIFY(OutputTarget::isDanvanFile(m_dir->filePath(u"copy.sqlite"_s)));
    // Just made and open: its header's id may still be in its -wal file only.
    QVERIFY(QFileInfo::exists(m_database->filePath() + u"-wal"_s));
    QVERIFY(OutputTarget::isDanvanFile(m_database->filePath()));
    QVERIFY(OutputTarget::isDanvanFile(m_dir->filePath(u"report.csv"_s)));
    QVERIFY(!OutputTarget::isDanvanFile(m_dir->filePath(u"old.csv"_s)));
    QVERIFY(!OutputTarget::isDanvanFile(m_dir->filePath(u"none.csv"_s)));
    QVERIFY(!OutputTarget::isDanvanFile(m_dir->path()));
}

void TestOutputTarget::targets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("report");
    QTest::addColumn<bool>("backup");

    QTest::newRow("a new file") << u"new.csv"_s << true << true;
    QTest::newRow("an earlier report") << u"old.csv"_s << true << true;
    QTest::newRow("the open database") << u"open.sqlite"_s << false << false;
    QTest::newRow("the database by another path") << u"sub/../open.sqlite"_s << false << false;
    QTest::newRow("a link to the database") << u"link.pdf"_s << false << false;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        QTest::addRow("the database's %s", suffix)
            << u"open.sqlite"_s + QLatin1StringView(suffix) << false << false;
        QTest::addRow("another danvan file's %s", suffix)
            << u"copy.sqlite"_s + QLatin1StringView(suffix) << false << false;
    }
    // An earlier copy may be replaced by a backup, never by a report.
    QTest::newRow("another danvan file") << u"copy.sqlite"_s << false << true;
    QTest::newRow("a danvan file named like a report") << u"report.csv"_s << false << true;
}

void TestOutputTarget::targets()
{
    QFETCH(QString, name);
    QFETCH(bool, report);
    QFETCH(bool, backup);

    QVERIFY(QDir(m_dir->path()).mkpath(u"sub"_s));
    const QString path = m_dir->filePath(name);
    const QString open = m_database->filePath();
    const auto asReport = OutputTarget::check(path, open);
    QCOMPARE(asReport.ok(), report);
    if (!report)
        QVERIFY2(asReport.error().contains(QFileInfo(path).fileName()),
                 qPrintable(asReport.error()));
    QCOMPARE(OutputTarget::check(path, open, OutputTarget::Use::Backup).ok(), backup);
}

QTEST_GUILESS_MAIN(TestOutputTarget)

#include "tst_outputtarget.moc"
