#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "Query.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
    void unitsRebuiltWithTheirIds_data();
    void unitsRebuiltWithTheirIds();
    void danglingReferenceStopsTheRebuild();

private:
    static QString copyFixture(const QTemporaryDir &dir, const QString &name,
                               const QString &fixture = QStringLiteral("v1-example.sqlite"));
    static int userVersion(const QString &path);
    static QString plainDump(const QString &path);
    static QStringList schemaOf(const QString &path);
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

// The schema as SQLite keeps it: every table, index and trigger with its definition.
QStringList TestMigration::schemaOf(const QString &path)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master"_s);
            while (query.next()) {
                lines.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString(), query.value(3).toString()}
                                 .join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(u"schema"_s);
    lines.sort();
    return lines;
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
        if (line == u"    code TEXT UNIQUE CHECK (code IS NULL OR code <> ''),"_s)
            continue; // since version 4 a code may name two units on different days
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
    // the copy saved before the migration fits, the migrated file does not (the current
    // version holds more than version 1), so the migration fails while its pages are being written.
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
    QVERIFY2(opened.error().contains(QString::number(Database::SchemaVersion)),
             qPrintable(opened.error()));
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

void TestMigration::unitsRebuiltWithTheirIds_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("version 1") << u"v1-example.sqlite"_s;
    QTest::newRow("version 2") << u"v2-example.sqlite"_s;
}

// Version 4 rebuilds the units table (its code is no longer unique): every unit keeps its id
// and values, everything that refers to a unit still does, foreign keys are checked again
// afterwards, and the schema is the one a new file gets.
void TestMigration::unitsRebuiltWithTheirIds()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"rebuilt.sqlite"_s, fixture);
    const QStringList units =
        plainDump(path).split(u'\n').filter(QRegularExpression(u"^units: "_s));
    QCOMPARE(units.size(), 161);

    Database database;
    const auto opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(plainDump(path).split(u'\n').filter(QRegularExpression(u"^units: "_s)), units);

    {
        // (The statements end before the connection closes below, which they would keep open.)
        Query check(database, u"PRAGMA foreign_key_check"_s);
        QVERIFY(check.exec());
        const bool broken = check.next();
        QVERIFY2(!broken, qPrintable(broken ? check.text(0) : QString()));
        Query foreignKeys(database, u"PRAGMA foreign_keys"_s);
        QVERIFY(foreignKeys.execSingle());
        QCOMPARE(foreignKeys.integer(0), 1);
        // Foreign keys hold again: a conference of a unit that does not exist is refused.
        Query dangling(database,
                       u"INSERT INTO conferences (campaign_id, unit_id, level) "
                       "VALUES (1, 99999, 'commune')"_s);
        QVERIFY(!dangling.exec());
    }

    {
        // One code, two units on different days.
        UnitRepository repository(database);
        const auto minhLuong = repository.byCode(u"30880"_s);
        QVERIFY(minhLuong);
        Unit retired = *minhLuong;
        retired.validTo = QDate(2025, 6, 30);
        QVERIFY(repository.update(retired));
        Unit successor = retired;
        successor.id = 0;
        successor.name = u"Xã Châu Thành"_s;
        successor.validFrom = QDate(2025, 7, 1);
        successor.validTo = QDate();
        QVERIFY(repository.insert(successor));
        QCOMPARE(repository.withCode(u"30880"_s)->size(), 2);
    }

    QTemporaryDir freshDir;
    const QString fresh = freshDir.filePath(u"fresh.sqlite"_s);
    {
        Database created;
        QVERIFY(created.open(fresh, Database::OpenMode::CreateIfMissing));
    }
    database.close();
    QCOMPARE(schemaOf(path), schemaOf(fresh));
}

void TestMigration::danglingReferenceStopsTheRebuild()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"dangling.sqlite"_s, u"v2-example.sqlite"_s);
    // A file damaged by another program: a conference of a unit that is not there.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dangling"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO conferences (campaign_id, unit_id, level) "
                           "VALUES (1, 99999, 'commune')"_s));
    }
    QSqlDatabase::removeDatabase(u"dangling"_s);
    const QString before = plainDump(path);

    Database database;
    const auto opened = database.open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"conferences"_s), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"was not changed"_s), qPrintable(opened.error()));
    QCOMPARE(userVersion(path), 2);
    QCOMPARE(plainDump(path), before);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
