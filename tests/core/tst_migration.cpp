#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "Query.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

/// Files written by earlier versions (tests/data/schema/) opened with this one: migrated in
/// one transaction after a copy is saved beside them, with every record kept.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void version1FileIsMigratedWithABackup();
    void version2FileIsMigratedWithItsRecords();
    void fileWithAPlantedTableIsRefusedBeforeMigrating();
    void migrationCutShortByAFullDiskLeavesTheFileAsItWas();
    void migratedFileOpensAgainWithoutAnotherBackup();

private:
    static QString copyFixture(const QTemporaryDir &dir, const QString &name,
                               const QString &fixture = QStringLiteral("v1-example.sqlite"));
    static int userVersion(const QString &path);
    static QString plainDump(const QString &path);
};

QString TestMigration::copyFixture(const QTemporaryDir &dir, const QString &name,
                                   const QString &fixture)
{
    const QString copy = dir.filePath(name);
    if (!QFile::copy(TestSupport::dataPath(u"schema/"_s + fixture), copy))
        qWarning("cannot copy the fixture");
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

int TestMigration::userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"version"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"version"_s);
    return version;
}

// A dump through a plain connection, for files that danvan must not open (or not yet).
QString TestMigration::plainDump(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dump"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery tables(db);
            tables.exec(u"SELECT name, sql FROM sqlite_master ORDER BY name"_s);
            QStringList names;
            while (tables.next()) {
                lines.append(tables.value(1).toString());
                names.append(tables.value(0).toString());
            }
            for (const QString &table : std::as_const(names)) {
                QSqlQuery rows(db);
                if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
                    continue;
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < 20; ++i) {
                        const QVariant value = rows.value(i);
                        if (value.isValid())
                            values.append(value.toString());
                    }
                    lines.append(table + u": "_s + values.join(u'|'));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dump"_s);
    return lines.join(u'\n');
}

void TestMigration::version1FileIsMigratedWithABackup()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"kiengiang.sqlite"_s);
    QCOMPARE(userVersion(path), 1);
    const QString before = plainDump(path);

    Database database;
    const auto opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(userVersion(path), Database::SchemaVersion);

    // The copy beside the file is the file as it was.
    const QString backup = database.migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(backup).fileName().startsWith(u"kiengiang.sqlite.v1-"_s));
    QCOMPARE(userVersion(backup), 1);
    QCOMPARE(plainDump(backup), before);

    // Every record is kept, and the new columns and lists are there.
    const auto counts = UnitRepository(database).counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
    const auto binhAn = UnitRepository(database).byCode(u"30898"_s);
    QVERIFY(binhAn.ok());
    const auto conference = CampaignRepository(database).conference(1, binhAn->id);
    QVERIFY2(conference.ok(), qPrintable(conference.error()));
    QCOMPARE(conference->heldOn, QDate(2020, 5, 20));
    QCOMPARE(conference->attendees, 120);
    QCOMPARE(conference->venue, u"Hội trường UBND xã Bình An"_s);
    QCOMPARE(conference->invited, -1);
    QCOMPARE(conference->budgetSpent, qint64(-1));
    QVERIFY(conference->assessment.isEmpty());
    QCOMPARE(CampaignRepository(database).pilots(1)->size(), 2);
    QCOMPARE(
        CatalogueRepository(database, CatalogueRepository::Catalogue::Fields).entries()->size(), 4);
    QCOMPARE(CatalogueRepository(database, CatalogueRepository::Catalogue::RewardForms)
                 .entries()
                 ->size(),
             5);

    // A new field can be written in the migrated file.
    Conference edited = *conference;
    edited.assessment = u"Hội nghị đánh giá đúng thực chất kết quả 5 năm."_s;
    edited.budgetSpent = 15'000'000;
    QVERIFY(CampaignRepository(database).saveConference(edited).ok());
    QCOMPARE(CampaignRepository(database).conference(1, binhAn->id)->budgetSpent,
             qint64(15'000'000));
}

void TestMigration::version2FileIsMigratedWithItsRecords()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"v2.sqlite"_s, u"v2-example.sqlite"_s);
    QCOMPARE(userVersion(path), 2);
    const QString before = plainDump(path);

    Database database;
    const auto opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(userVersion(path), Database::SchemaVersion);
    QVERIFY(QFileInfo(database.migrationBackupPath()).fileName().startsWith(u"v2.sqlite.v2-"_s));
    QCOMPARE(plainDump(database.migrationBackupPath()), before);

    // The records of version 2 are all there: every row of the old tables is unchanged.
    const QString after = plainDump(path);
    const QStringList afterLines = after.split(u'\n');
    for (const QString &line : before.split(u'\n')) {
        if (line.startsWith(u"campaigns: "_s) || line.startsWith(u"CREATE TABLE campaigns"_s))
            continue; // the campaign gained its "closed" column
        QVERIFY2(afterLines.contains(line), qPrintable(line));
    }
    const auto campaign = CampaignRepository(database).byId(1);
    QVERIFY2(campaign.ok(), qPrintable(campaign.error()));
    QVERIFY(!campaign->closed);
    QCOMPARE(campaign->phase, u"2016–2020"_s);
    const auto binhAn = UnitRepository(database).byCode(u"30898"_s);
    QVERIFY(binhAn.ok());
    QCOMPARE(CampaignRepository(database).conference(1, binhAn->id)->attendees, 120);
}

void TestMigration::fileWithAPlantedTableIsRefusedBeforeMigrating()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"clash.sqlite"_s);
    // A table that version 2 creates is already there, as another program would leave it:
    // the schema check refuses the file before the migration, with no copy made beside it
    // and not one byte written.
    QVERIFY(TestSupport::runSql(path, {u"CREATE TABLE reward_forms (x)"_s}));
    const QByteArray before = TestSupport::fileDigest(path);

    Database database;
    const auto opened = database.open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"clash.sqlite"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"“reward_forms”"_s), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QCOMPARE(userVersion(path), 1);
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"clash.sqlite"_s});
}

void TestMigration::migrationCutShortByAFullDiskLeavesTheFileAsItWas()
{
#if defined(Q_OS_UNIX)
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"full.sqlite"_s);
    const QString before = plainDump(path);
    // The process may write no file larger than this one, as on a disk that is nearly full:
    // the copy saved before the migration fits, the migrated file does not (version 3 holds
    // more than version 1), so the migration fails while its pages are being written.
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &limit) == 0);
    const rlimit unlimited = limit;
    limit.rlim_cur = rlim_t(QFileInfo(path).size());
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limit) == 0);
    Database database;
    const auto opened = database.open(path);
    setrlimit(RLIMIT_FSIZE, &unlimited);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!opened.ok());
    // Nothing beside the file but the copy saved before.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.last().startsWith(u"full.sqlite.v1-"_s));
    QVERIFY2(opened.error().contains(u"full.sqlite"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u'3'), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QCOMPARE(userVersion(path), 1);
    QCOMPARE(plainDump(path), before);
    // The copy saved before is whole, and the file is updated once the disk has room.
    QCOMPARE(plainDump(dir.filePath(files.last())), before);
    QVERIFY(database.open(path).ok());
    QCOMPARE(userVersion(path), Database::SchemaVersion);
#else
    QSKIP("file size limits are set the Unix way");
#endif
}

void TestMigration::migratedFileOpensAgainWithoutAnotherBackup()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"again.sqlite"_s);
    {
        Database database;
        QVERIFY(database.open(path).ok());
        QVERIFY(!database.migrationBackupPath().isEmpty());
    }
    const auto backups = [&dir] {
        return QDir(dir.path()).entryList({u"*.bak"_s}, QDir::Files).size();
    };
    QCOMPARE(backups(), 1);
    Database database;
    QVERIFY(database.open(path).ok());
    QVERIFY(database.migrationBackupPath().isEmpty());
    QCOMPARE(backups(), 1);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
