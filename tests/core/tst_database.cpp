#include "Database.h"
#include "OfficeSettings.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

// The first value of a statement run on the database's own connection.
QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    const QVariant value = query.value(0);
    query.finish();
    return value;
}

int unitCount(const Database &database)
{
    return scalar(database, u"SELECT count(*) FROM units"_s).toInt();
}

Unit makeUnit(const QString &code, const QString &name, const QString &level, qint64 parentId = 0)
{
    Unit unit;
    unit.code = code;
    unit.name = name;
    unit.level = level;
    unit.parentId = parentId;
    return unit;
}

// True when `message` names `number` as a number of its own, leaving out the file path,
// which may hold digits too.
bool mentionsNumber(QString message, int number, const QString &path)
{
    message.remove(QDir::toNativeSeparators(path));
    const QRegularExpression pattern(u"(?<!\\d)%1(?!\\d)"_s.arg(number));
    return pattern.match(message).hasMatch();
}

// A 32-bit big-endian value of the SQLite file header.
quint32 headerValue(const QString &path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < offset + 4)
        return 0;
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

/// Database: what a danvan file is, which files are refused untouched, and transactions.
class TestDatabase : public QObject
{
    Q_OBJECT

public:
    enum class Foreign { TextFile, OtherProgram, NewerDanvan };
    Q_ENUM(Foreign)

private slots:
    void createsNewFile();
    void createsMissingFolder();
    void emptyFileBecomesDatabase();
    void emptyFileRefusedWhenExisting();
    void existingModeNeedsFile();
    void refusesUntouched_data();
    void refusesUntouched();
    void refusesFolder_data();
    void refusesFolder();
    void reopenKeepsData();

    void commitKeeps();
    void destructionRollsBack();
    void explicitRollback();
    void nestedIsSavepoint();
    void nestedCommitRolledBackWithOuter();
    void foreignKeysEnforced();

    void busyFileReported();
    void backUpIsAWholeCopy();
    void backUpWhileAnotherWriterIsMidTransaction();
    void backUpReplacesAnEarlierCopyOnlyWhenDone();
    void backUpRefusesTheFileItselfAndMissingFolders();
    void failureMessages_data();
    void failureMessages();

    void officeSettingsPersist();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::createsNewFile()
{
    const QString path = m_dir.filePath(u"new.sqlite"_s);
    QVERIFY(!QFileInfo::exists(path));
    {
        Database database;
        const Result<void> opened = database.open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(database.isOpen());
        QCOMPARE(database.filePath(), path);
        QVERIFY(database.migrationBackupPath().isEmpty());
        QVERIFY(!database.inTransaction());

        QCOMPARE(scalar(database, u"PRAGMA user_version"_s).toInt(), Database::SchemaVersion);
        QCOMPARE(scalar(database, u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
        QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(database, u"SELECT count(*) FROM levels"_s).toInt(), 3);
        for (const QString &table : {u"units"_s, u"campaigns"_s, u"conferences"_s, u"settings"_s,
                                     u"deadline_overrides"_s, u"pilots"_s}) {
            QVERIFY2(scalar(database,
                            u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                            "name = '%1'"_s.arg(table))
                             .toInt()
                         == 1,
                     qPrintable(table));
        }
        database.close();
        QVERIFY(!database.isOpen());
    }
    // Written into the file's header, where other tools see it too.
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(headerValue(path, 60), quint32(Database::SchemaVersion));
    QCOMPARE(headerValue(path, 68), quint32(Database::ApplicationId));
}

void TestDatabase::createsMissingFolder()
{
    const QString path = m_dir.filePath(u"office/2020/danvan.sqlite"_s);
    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(scalar(database, u"PRAGMA user_version"_s).toInt(), Database::SchemaVersion);
}

void TestDatabase::emptyFileBecomesDatabase()
{
    const QString path = TestSupport::writeFile(m_dir, u"empty.sqlite"_s, QByteArray());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);

    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(scalar(database, u"PRAGMA user_version"_s).toInt(), Database::SchemaVersion);
    QCOMPARE(scalar(database, u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
    QCOMPARE(scalar(database, u"SELECT count(*) FROM levels"_s).toInt(), 3);
}

void TestDatabase::emptyFileRefusedWhenExisting()
{
    // Only CreateIfMissing turns "a missing or empty file" into a database (Database.h);
    // opening an existing file must not write a schema into a file that happens to be empty.
    const QString path = TestSupport::writeFile(m_dir, u"empty-existing.sqlite"_s, QByteArray());
    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::Existing);
    QVERIFY2(!opened.ok(), "an empty file was turned into a database in OpenMode::Existing");
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDatabase::existingModeNeedsFile()
{
    const QString path = m_dir.filePath(u"missing-office.sqlite"_s);
    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::Existing);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"missing-office.sqlite"_s), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::refusesUntouched_data()
{
    QTest::addColumn<Foreign>("foreign");
    QTest::addColumn<int>("mode");

    const int existing = int(Database::OpenMode::Existing);
    const int create = int(Database::OpenMode::CreateIfMissing);
    QTest::newRow("text file") << Foreign::TextFile << existing;
    QTest::newRow("text file, create mode") << Foreign::TextFile << create;
    QTest::newRow("other program's SQLite") << Foreign::OtherProgram << existing;
    QTest::newRow("other program's SQLite, create mode") << Foreign::OtherProgram << create;
    QTest::newRow("newer danvan") << Foreign::NewerDanvan << existing;
    QTest::newRow("newer danvan, create mode") << Foreign::NewerDanvan << create;
}

void TestDatabase::refusesUntouched()
{
    QFETCH(Foreign, foreign);
    QFETCH(int, mode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    switch (foreign) {
    case Foreign::TextFile:
        path = TestSupport::writeFile(dir, u"notes.sqlite"_s, "hello\n");
        break;
    case Foreign::OtherProgram: {
        path = dir.filePath(u"other.sqlite"_s);
        const QString name = u"tst_database-other"_s;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO notes (body) VALUES ('ghi chú')"_s));
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        break;
    }
    case Foreign::NewerDanvan: {
        path = dir.filePath(u"newer.sqlite"_s);
        Database newer;
        const Result<void> created = newer.open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QSqlQuery query(newer.connection());
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)));
        query.finish();
        newer.close();
        break;
    }
    }
    QVERIFY(QFileInfo(path).size() > 0);
    const QByteArray before = TestSupport::fileDigest(path);
    QVERIFY(!before.isEmpty());

    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode(mode));
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    const QString error = opened.error();
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    switch (foreign) {
    case Foreign::TextFile:
        QVERIFY2(error.contains(u"not an SQLite"_s), qPrintable(error));
        break;
    case Foreign::OtherProgram:
        // An SQLite file, just not ours: neither "not SQLite" nor "damaged".
        QVERIFY2(!error.contains(u"not an SQLite"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"damaged"_s), qPrintable(error));
        break;
    case Foreign::NewerDanvan:
        QVERIFY2(mentionsNumber(error, Database::SchemaVersion + 1, path), qPrintable(error));
        QVERIFY2(mentionsNumber(error, Database::SchemaVersion, path), qPrintable(error));
        break;
    }

    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(dir.path()).entryList({u"*.bak"_s}, QDir::Files), QStringList());
}

void TestDatabase::refusesFolder_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("existing") << int(Database::OpenMode::Existing);
    QTest::newRow("create if missing") << int(Database::OpenMode::CreateIfMissing);
}

void TestDatabase::refusesFolder()
{
    QFETCH(int, mode);

    const QString path = m_dir.filePath(u"a folder.sqlite"_s);
    QVERIFY(QDir().mkpath(path));
    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode(mode));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY(!database.isOpen());
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

void TestDatabase::reopenKeepsData()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        UnitRepository units(database);
        const Result<qint64> id =
            units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(QFileInfo::exists(path));

    Database database;
    const Result<void> reopened = database.open(path, Database::OpenMode::Existing);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QVERIFY(database.migrationBackupPath().isEmpty());
    const Result<Unit> unit = UnitRepository(database).byCode(u"91"_s);
    QVERIFY2(unit.ok(), qPrintable(unit.error()));
    QCOMPARE(unit->name, u"Tỉnh Kiên Giang"_s);
    QCOMPARE(unit->level, u"province"_s);
    QCOMPARE(scalar(database, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(database, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestDatabase::commitKeeps()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"commit.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    {
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        QVERIFY(database.inTransaction());
        QVERIFY(UnitRepository(database)
                    .insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s))
                    .ok());
        QVERIFY(transaction.commit().ok());
        QVERIFY(!database.inTransaction());
    }
    QCOMPARE(unitCount(database), 1);
}

void TestDatabase::destructionRollsBack()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"rollback.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    {
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        QVERIFY(UnitRepository(database)
                    .insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s))
                    .ok());
        QCOMPARE(unitCount(database), 1);
    }
    QVERIFY(!database.inTransaction());
    QCOMPARE(unitCount(database), 0);
}

void TestDatabase::explicitRollback()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"explicit.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    Transaction transaction(database);
    QVERIFY(transaction.begin().ok());
    QVERIFY(UnitRepository(database)
                .insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s))
                .ok());
    transaction.rollback();
    QVERIFY(!database.inTransaction());
    QCOMPARE(unitCount(database), 0);
    QVERIFY(!transaction.commit().ok());
}

void TestDatabase::nestedIsSavepoint()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"nested.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    UnitRepository units(database);
    {
        Transaction outer(database);
        QVERIFY(outer.begin().ok());
        const Result<qint64> province =
            units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s));
        QVERIFY(province.ok());
        {
            Transaction inner(database);
            QVERIFY(inner.begin().ok());
            QVERIFY(
                units.insert(makeUnit(u"905"_s, u"Huyện Châu Thành"_s, u"district"_s, *province))
                    .ok());
            QCOMPARE(unitCount(database), 2);
            // Not committed: only the inner work goes.
        }
        QVERIFY(database.inTransaction());
        QCOMPARE(unitCount(database), 1);
        {
            Transaction inner(database);
            QVERIFY(inner.begin().ok());
            QVERIFY(
                units.insert(makeUnit(u"902"_s, u"Huyện Kiên Lương"_s, u"district"_s, *province))
                    .ok());
            QVERIFY(inner.commit().ok());
            QVERIFY(database.inTransaction());
        }
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(!database.inTransaction());
    QCOMPARE(unitCount(database), 2);
    QVERIFY(units.byCode(u"91"_s).ok());
    QVERIFY(units.byCode(u"902"_s).ok());
    QVERIFY(!units.byCode(u"905"_s).ok());
}

void TestDatabase::nestedCommitRolledBackWithOuter()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"nested2.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    {
        Transaction outer(database);
        QVERIFY(outer.begin().ok());
        {
            Transaction inner(database);
            QVERIFY(inner.begin().ok());
            QVERIFY(UnitRepository(database)
                        .insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s))
                        .ok());
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(unitCount(database), 1);
    }
    QCOMPARE(unitCount(database), 0);
}

void TestDatabase::foreignKeysEnforced()
{
    Database database;
    QVERIFY(
        database.open(m_dir.filePath(u"keys.sqlite"_s), Database::OpenMode::CreateIfMissing).ok());
    Transaction transaction(database);
    QVERIFY(transaction.begin().ok());
    UnitRepository units(database);
    const Result<qint64> orphan =
        units.insert(makeUnit(u"30898"_s, u"Xã Bình An"_s, u"commune"_s, 4242));
    QVERIFY(!orphan.ok());
    QVERIFY(!orphan.error().isEmpty());
    QCOMPARE(unitCount(database), 0);

    const Result<qint64> unknownLevel = units.insert(makeUnit(u"1"_s, u"Ấp Một"_s, u"hamlet"_s));
    QVERIFY(!unknownLevel.ok());
    QCOMPARE(unitCount(database), 0);
}

void TestDatabase::busyFileReported()
{
    const QString path = m_dir.filePath(u"busy.sqlite"_s);
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
    {
        QSqlQuery shorter(database.connection());
        QVERIFY(shorter.exec(u"PRAGMA busy_timeout = 100"_s));
    }

    const QString name = u"tst_database-blocker"_s;
    {
        QSqlDatabase blocker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        blocker.setDatabaseName(path);
        QVERIFY(blocker.open());
        QSqlQuery hold(blocker);
        QVERIFY(hold.exec(u"BEGIN IMMEDIATE"_s));

        {
            Transaction transaction(database);
            const Result<void> begun = transaction.begin();
            QVERIFY(!begun.ok());
            QVERIFY2(begun.error().contains(u"busy"_s), qPrintable(begun.error()));
            QVERIFY2(begun.error().contains(QDir::toNativeSeparators(path)),
                     qPrintable(begun.error()));
            QVERIFY(!database.inTransaction());
        }

        QVERIFY(hold.exec(u"ROLLBACK"_s));
        hold.finish();
        blocker.close();
    }
    QSqlDatabase::removeDatabase(name);

    // Once the other writer is gone, work goes on.
    Transaction transaction(database);
    const Result<void> begun = transaction.begin();
    QVERIFY2(begun.ok(), qPrintable(begun.error()));
    QVERIFY(transaction.commit().ok());
}

void TestDatabase::backUpIsAWholeCopy()
{
    Database database;
    QVERIFY(TestSupport::createExample(database, m_dir, u"whole.sqlite"_s));
    const QString copy = m_dir.filePath(u"whole-copy.sqlite"_s);
    const Result<void> copied = database.backUp(copy);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QVERIFY(!QFile::exists(copy + u".part"_s));

    // Restoring is opening the copy: the same file, row for row.
    Database restored;
    const Result<void> opened = restored.open(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(scalar(restored, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(TestSupport::dump(restored), TestSupport::dump(database));
    QCOMPARE(unitCount(restored), 161);
}

void TestDatabase::backUpWhileAnotherWriterIsMidTransaction()
{
    const QString path = m_dir.filePath(u"inuse.sqlite"_s);
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
    UnitRepository units(database);
    QVERIFY(units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s)).ok());

    // Another program (here a second connection) is half-way through a change.
    const QString name = u"tst_database-writer"_s;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery write(writer);
        QVERIFY(write.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(write.exec(u"DELETE FROM units"_s));

        const QString copy = m_dir.filePath(u"inuse-copy.sqlite"_s);
        const Result<void> copied = database.backUp(copy);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        QVERIFY(write.exec(u"ROLLBACK"_s));
        write.finish();
        writer.close();

        // The copy holds the last committed state, not the half-done change.
        Database restored;
        QVERIFY(restored.open(copy).ok());
        QCOMPARE(unitCount(restored), 1);
        QCOMPARE(scalar(restored, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::backUpReplacesAnEarlierCopyOnlyWhenDone()
{
    Database database;
    QVERIFY(TestSupport::createExample(database, m_dir, u"again.sqlite"_s));
    const QString copy = m_dir.filePath(u"again-copy.sqlite"_s);
    QVERIFY(database.backUp(copy).ok());
    QVERIFY(database.backUp(copy).ok());
    Database restored;
    QVERIFY(restored.open(copy).ok());
    QCOMPARE(TestSupport::dump(restored), TestSupport::dump(database));
    restored.close();

    // A copy that cannot be made leaves the earlier copy as it was: the copy is written
    // beside it first, and here that place is taken by a folder.
    const QByteArray before = TestSupport::fileDigest(copy);
    QVERIFY(QDir(m_dir.path()).mkdir(u"again-copy.sqlite.part"_s));
    const Result<void> failed = database.backUp(copy);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QDir::toNativeSeparators(copy)), qPrintable(failed.error()));
    QCOMPARE(TestSupport::fileDigest(copy), before);
}

void TestDatabase::backUpRefusesTheFileItselfAndMissingFolders()
{
    const QString path = m_dir.filePath(u"self.sqlite"_s);
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
    const QByteArray before = TestSupport::fileDigest(path);

    const Result<void> itself = database.backUp(path);
    QVERIFY(!itself.ok());
    QVERIFY2(itself.error().contains(u"open file itself"_s), qPrintable(itself.error()));
    QCOMPARE(TestSupport::fileDigest(path), before);

    const QString missing = m_dir.filePath(u"no-such-folder/copy.sqlite"_s);
    const Result<void> nowhere = database.backUp(missing);
    QVERIFY(!nowhere.ok());
    QVERIFY2(nowhere.error().contains(QDir::toNativeSeparators(missing)),
             qPrintable(nowhere.error()));
    QVERIFY(!QFile::exists(missing));

    Database closed;
    QVERIFY(!closed.backUp(m_dir.filePath(u"closed.sqlite"_s)).ok());
}

void TestDatabase::failureMessages_data()
{
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("busy") << u"5"_s << u"busy"_s;
    QTest::newRow("busy, extended code") << u"517"_s << u"busy"_s;
    QTest::newRow("locked") << u"6"_s << u"busy"_s;
    QTest::newRow("disk full") << u"13"_s << u"full"_s;
    QTest::newRow("other error keeps SQLite's text") << u"1"_s << u"no such table: nothing_here"_s;
}

void TestDatabase::failureMessages()
{
    QFETCH(QString, nativeCode);
    QFETCH(QString, mentions);

    const QString path = m_dir.filePath(u"failure.sqlite"_s);
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
    const QSqlError error(u"no such table: nothing_here"_s, u"no such table: nothing_here"_s,
                          QSqlError::StatementError, nativeCode);
    const Failure failure = database.failure(error);
    QVERIFY2(failure.message.contains(mentions), qPrintable(failure.message));
    QVERIFY2(failure.message.contains(QDir::toNativeSeparators(path)), qPrintable(failure.message));
}

void TestDatabase::officeSettingsPersist()
{
    const QString path = m_dir.filePath(u"settings.sqlite"_s);
    {
        Database database;
        QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
        OfficeSettings settings(database);
        QCOMPARE(settings.value(OfficeSettings::DueSoonDays), 7);
        const Result<void> written = settings.setValue(OfficeSettings::DueSoonDays, 3);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(settings.value(OfficeSettings::DueSoonDays), 3);
    }
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::Existing).ok());
    QCOMPARE(OfficeSettings(database).value(OfficeSettings::DueSoonDays), 3);
}

QTEST_GUILESS_MAIN(TestDatabase)

#include "tst_database.moc"
