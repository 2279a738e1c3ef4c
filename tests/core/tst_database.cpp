#include "Database.h"
#include "ExampleData.h"
#include "OfficeSettings.h"
#include "Transaction.h"
#include "UnitImporter.h"
#include "UnitRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

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

// The example database, written and closed: a file as a clerk leaves it.
QString closedExample(const QTemporaryDir &dir, const QString &name)
{
    Database database;
    if (!TestSupport::createExample(database, dir, name))
        return {};
    database.close();
    return dir.filePath(name);
}

// The files in a folder, hidden ones included: what opening a file left beside it.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

bool setMode(const QString &path, QFile::Permissions permissions)
{
    return QFile::setPermissions(path, permissions);
}

const QFile::Permissions readable =
    QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions writable =
    QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther;
const QFile::Permissions traversable =
    QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;

// Inserts a unit in one transaction; the failure's message, or empty when it was saved.
QString tryToWrite(Database &database)
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    Unit unit;
    unit.code = u"91-TEST"_s;
    unit.name = u"Đơn vị thử"_s;
    unit.level = u"district"_s;
    unit.parentId = UnitRepository(database).byCode(u"91"_s).value().id;
    if (auto inserted = UnitRepository(database).insert(unit); !inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return {};
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
    // First: it needs SQLite not started by anything else in the process.
    void libraryPrepared();
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

    void unreadableFileRefused();
    void readOnlyOpensForReading_data();
    void readOnlyOpensForReading();
    void readOnlyWithChangesBesideRefused_data();
    void readOnlyWithChangesBesideRefused();
    void readOnlyOlderFileRefused();
    void newFileInReadOnlyFolderRefused();
    void damagedRefusedUntouched_data();
    void damagedRefusedUntouched();
    void diskFullLeavesFileAsItWas();

    void commitKeeps();
    void destructionRollsBack();
    void explicitRollback();
    void nestedIsSavepoint();
    void nestedCommitRolledBackWithOuter();
    void joiningIsPartOfTheOuter();
    void foreignKeysEnforced();
    void changeMarkTellsWrites();

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

void TestDatabase::unreadableFileRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(setMode(dir.path(), readable | writable | traversable));
    const QString path = closedExample(dir, u"locked away.sqlite"_s);
    QVERIFY(!path.isEmpty());
    const QByteArray before = TestSupport::fileDigest(path);
    QVERIFY(setMode(path, {})); // chmod 000

    Result<void> opened;
    {
        const TestSupport::Unprivileged unprivileged;
        if (!unprivileged.permissionsApply())
            QSKIP(TestSupport::Unprivileged::reason());
        Database database;
        opened = database.open(path, Database::OpenMode::Existing);
        QVERIFY(!database.isOpen());
    }
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"permissions"_s), qPrintable(opened.error()));
    QVERIFY(setMode(path, readable | QFile::WriteOwner));
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{u"locked away.sqlite"_s});
}

void TestDatabase::readOnlyOpensForReading_data()
{
    QTest::addColumn<QString>("protect"); // what is write-protected
    // The file itself (chmod 444), its folder (chmod 555: WAL could not write beside the
    // file), or neither but the caller asks for a read-only open. The first two need file
    // permissions to apply; as root they do only for the user nobody the test switches to.
    QTest::newRow("file write-protected") << u"file"_s;
    QTest::newRow("folder write-protected") << u"folder"_s;
    QTest::newRow("read-only mode asked for") << u"mode"_s;
}

void TestDatabase::readOnlyOpensForReading()
{
    QFETCH(QString, protect);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(setMode(dir.path(), readable | writable | traversable));
    const QString folder = dir.filePath(u"nhận từ huyện"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(setMode(folder, readable | writable | traversable));
    const QString name = u"ban dân vận.sqlite"_s;
    {
        Database database;
        QVERIFY(database.open(folder + u'/' + name, Database::OpenMode::CreateIfMissing));
        QVERIFY(ExampleData::build(database));
    }
    const QString path = folder + u'/' + name;
    QString expected;
    {
        Database database;
        QVERIFY(database.open(path));
        expected = TestSupport::dump(database);
    }
    QCOMPARE(filesIn(folder), QStringList{name});
    if (protect == "file"_L1)
        QVERIFY(setMode(path, readable));
    else if (protect == "folder"_L1)
        QVERIFY(setMode(folder, readable | traversable));
    const QByteArray before = TestSupport::fileDigest(path);

    {
        const TestSupport::Unprivileged unprivileged;
        if (protect != "mode"_L1 && !unprivileged.permissionsApply())
            QSKIP(TestSupport::Unprivileged::reason());
        Database database;
        const Result<void> opened = database.open(
            path,
            protect == "mode"_L1 ? Database::OpenMode::ReadOnly : Database::OpenMode::Existing);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QVERIFY(database.isOpen());
        QVERIFY(database.isReadOnly());
        QCOMPARE(TestSupport::dump(database), expected);
        QCOMPARE(unitCount(database), 161);

        // An edit is refused with the words for a file that can only be read.
        const QString refused = tryToWrite(database);
        QVERIFY2(refused.contains(u"can only be read"_s), qPrintable(refused));
        QVERIFY2(refused.contains(QDir::toNativeSeparators(path)), qPrintable(refused));
        QVERIFY(!database.inTransaction());
        QCOMPARE(TestSupport::dump(database), expected);

        // A copy can still be saved elsewhere.
        const QString copy = dir.filePath(u"copy.sqlite"_s);
        const Result<void> copied = database.backUp(copy);
        QVERIFY2(copied.ok(), qPrintable(copied.error()));
        database.close();
        QVERIFY(!database.isReadOnly());
    }
    QVERIFY(setMode(folder, readable | writable | traversable));
    QCOMPARE(TestSupport::fileDigest(path), before);
    // Nothing was created beside the file (no -wal, no -shm).
    QCOMPARE(filesIn(folder), QStringList{name});

    // Once it can be written again, it opens for writing as before.
    QVERIFY(setMode(path, readable | writable));
    Database database;
    QVERIFY(database.open(path));
    QVERIFY(!database.isReadOnly());
    QCOMPARE(tryToWrite(database), QString());
}

void TestDatabase::readOnlyWithChangesBesideRefused_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("-wal") << u"-wal"_s;
    QTest::newRow("-journal") << u"-journal"_s;
}

void TestDatabase::readOnlyWithChangesBesideRefused()
{
    QFETCH(QString, suffix);

    // Changes still in a -wal (or a rollback journal) can only be brought in by writing; a
    // read-only open would show the file without them, so it is refused.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = closedExample(dir, u"in-use.sqlite"_s);
    QVERIFY(!path.isEmpty());
    TestSupport::writeFile(dir, u"in-use.sqlite"_s + suffix, QByteArray(32, 'x'));
    const QByteArray before = TestSupport::fileDigest(path);
    const QByteArray besideBefore = TestSupport::fileDigest(path + suffix);

    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::ReadOnly);
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path + suffix)),
             qPrintable(opened.error()));
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(TestSupport::fileDigest(path + suffix), besideBefore);
}

void TestDatabase::readOnlyOlderFileRefused()
{
    // An older file must be migrated, which a read-only file cannot be: refused, no backup.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"v1.sqlite"_s);
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v1-example.sqlite"_s), path));
    QVERIFY(setMode(path, readable | QFile::WriteOwner));
    const QByteArray before = TestSupport::fileDigest(path);

    Database database;
    const Result<void> opened = database.open(path, Database::OpenMode::ReadOnly);
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"older danvan"_s), qPrintable(opened.error()));
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{u"v1.sqlite"_s});
}

void TestDatabase::newFileInReadOnlyFolderRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(setMode(dir.path(), readable | traversable));
    const QString path = dir.filePath(u"new.sqlite"_s);
    Result<void> opened;
    {
        const TestSupport::Unprivileged unprivileged;
        if (!unprivileged.permissionsApply())
            QSKIP(TestSupport::Unprivileged::reason());
        Database database;
        opened = database.open(path, Database::OpenMode::CreateIfMissing);
    }
    QVERIFY(setMode(dir.path(), readable | writable | traversable));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QVERIFY(filesIn(dir.path()).isEmpty());
}

void TestDatabase::damagedRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut in half") << u"half"_s;
    QTest::newRow("cut to its header") << u"header-only"_s;
    QTest::newRow("garbage pages in the middle") << u"middle"_s;
    QTest::newRow("schema page overwritten") << u"schema"_s;
    QTest::newRow("header: magic string overwritten") << u"magic"_s;
    QTest::newRow("header: impossible page size") << u"page-size"_s;
}

void TestDatabase::damagedRefusedUntouched()
{
    QFETCH(QString, damage);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = closedExample(dir, u"hỏng.sqlite"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(filesIn(dir.path()), QStringList{u"hỏng.sqlite"_s});
    const qint64 pageSize = headerValue(path, 16) >> 16;
    QVERIFY(pageSize >= 512);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8 * pageSize);
    QRandomGenerator random(1029);
    const auto garbage = [&random](qint64 length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    };
    if (damage == "half"_L1) {
        QVERIFY(file.resize(size / 2));
    } else if (damage == "header-only"_L1) {
        QVERIFY(file.resize(100));
    } else if (damage == "middle"_L1) {
        const qint64 pages = size / pageSize;
        QVERIFY(file.seek((pages / 3) * pageSize));
        QVERIFY(file.write(garbage((pages / 3) * pageSize)) > 0);
    } else if (damage == "schema"_L1) {
        QVERIFY(file.seek(100));
        QVERIFY(file.write(garbage(pageSize - 100)) > 0);
    } else if (damage == "magic"_L1) {
        QVERIFY(file.write(QByteArray(16, 'x')) == 16);
    } else if (damage == "page-size"_L1) {
        QVERIFY(file.seek(16));
        QVERIFY(file.write(QByteArray("\x00\x03", 2)) == 2);
    }
    file.close();
    const QByteArray before = TestSupport::fileDigest(path);

    for (const auto mode : {Database::OpenMode::Existing, Database::OpenMode::CreateIfMissing,
                            Database::OpenMode::ReadOnly}) {
        Database database;
        const Result<void> opened = database.open(path, mode);
        QVERIFY(!opened.ok());
        QVERIFY(!database.isOpen());
        const QString error = opened.error();
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY2(error.contains(u"backup"_s), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QCOMPARE(TestSupport::fileDigest(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList{u"hỏng.sqlite"_s});
    }
}

void TestDatabase::diskFullLeavesFileAsItWas()
{
    // SQLite's max_page_count holds the file at its present size, so that a write needing
    // one more page fails as it would on a full disk (SQLITE_FULL).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir, u"full.sqlite"_s));
    const QString path = database.filePath();
    const QString before = TestSupport::dump(database);
    const int pages = scalar(database, u"PRAGMA page_count"_s).toInt();
    QCOMPARE(scalar(database, u"PRAGMA max_page_count = %1"_s.arg(pages)).toInt(), pages);

    // Five hundred committees under the province: more than the free room in its pages.
    QByteArray csv = "code,name,kind,parent_code\n";
    for (int i = 1; i <= 500; ++i)
        csv +=
            u"91-T%1,Đảng bộ thử nghiệm số %1 của tỉnh Kiên Giang,đảng bộ,91\n"_s.arg(i).toUtf8();
    const QString file = TestSupport::writeFile(dir, u"committees.csv"_s, csv);
    UnitImporter importer(database);
    const auto imported = importer.importFile(file);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(u"is full"_s), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(QDir::toNativeSeparators(path)),
             qPrintable(imported.error()));
    QVERIFY(!database.inTransaction());
    QCOMPARE(TestSupport::dump(database), before);

    // Room again (a new connection has no limit): the file is whole and as it was.
    database.close();
    QVERIFY(database.open(path));
    QCOMPARE(TestSupport::dump(database), before);
    QCOMPARE(scalar(database, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QVERIFY(UnitImporter(database).importFile(file).ok());
    QCOMPARE(unitCount(database), 661);
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

void TestDatabase::joiningIsPartOfTheOuter()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"joined.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    UnitRepository units(database);
    // Alone, it is a transaction of its own.
    {
        Transaction alone(database, Transaction::Nesting::Join);
        QVERIFY(alone.begin().ok());
        QVERIFY(database.inTransaction());
        QVERIFY(units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s)).ok());
    }
    QVERIFY(!database.inTransaction());
    QCOMPARE(unitCount(database), 0);
    qint64 province = 0;
    {
        Transaction alone(database, Transaction::Nesting::Join);
        QVERIFY(alone.begin().ok());
        province = units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s)).value();
        QVERIFY(alone.commit().ok());
    }
    QCOMPARE(unitCount(database), 1);
    // Inside another: its work stays when it is not committed, until the outer decides.
    {
        Transaction outer(database);
        QVERIFY(outer.begin().ok());
        {
            Transaction joined(database, Transaction::Nesting::Join);
            QVERIFY(joined.begin().ok());
            QVERIFY(units.insert(makeUnit(u"905"_s, u"Huyện Châu Thành"_s, u"district"_s, province))
                        .ok());
        }
        QVERIFY(database.inTransaction());
        QCOMPARE(unitCount(database), 2);
        {
            Transaction joined(database, Transaction::Nesting::Join);
            QVERIFY(joined.begin().ok());
            QVERIFY(units.insert(makeUnit(u"902"_s, u"Huyện Kiên Lương"_s, u"district"_s, province))
                        .ok());
            QVERIFY(joined.commit().ok());
        }
        QCOMPARE(unitCount(database), 3);
        // A savepoint inside it still nests under the outer one.
        {
            Transaction joined(database, Transaction::Nesting::Join);
            QVERIFY(joined.begin().ok());
            Transaction inner(database);
            QVERIFY(inner.begin().ok());
            QVERIFY(
                units.insert(makeUnit(u"906"_s, u"Huyện Giồng Riềng"_s, u"district"_s, province))
                    .ok());
        }
        QCOMPARE(unitCount(database), 3);
        // The outer one's rollback takes everything.
    }
    QVERIFY(!database.inTransaction());
    QCOMPARE(unitCount(database), 1);
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

void TestDatabase::libraryPrepared()
{
    Database database;
    QVERIFY(database.open(m_dir.filePath(u"prepared.sqlite"_s), Database::OpenMode::CreateIfMissing)
                .ok());
    QCOMPARE(unitCount(database), 0);
    // With a file open SQLite holds memory, but does not count it.
    sqlite3_int64 used = -1;
    sqlite3_int64 highest = -1;
    QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
    QCOMPARE(used, sqlite3_int64(0));
    // Asked again, nothing changes and nothing breaks.
    Database::prepareLibrary();
    QVERIFY(database.changeMark().has_value());
}

void TestDatabase::changeMarkTellsWrites()
{
    const QString path = m_dir.filePath(u"marked.sqlite"_s);
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::CreateIfMissing).ok());
    UnitRepository units(database);
    const qint64 province =
        units.insert(makeUnit(u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s)).value();
    const auto first = database.changeMark();
    QVERIFY(first.has_value());
    QVERIFY(first->outsideTransaction);
    // Reading changes nothing.
    QCOMPARE(unitCount(database), 1);
    QVERIFY(database.changeMark() == first);
    // This connection's write, even inside a transaction not yet committed.
    std::optional<Database::ChangeMark> own;
    {
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        QVERIFY(
            units.insert(makeUnit(u"905"_s, u"Huyện Châu Thành"_s, u"district"_s, province)).ok());
        own = database.changeMark();
        QVERIFY(own != first);
        QVERIFY(!own->outsideTransaction);
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(database.changeMark() == own);
    QVERIFY(database.changeMark()->outsideTransaction);
    // Another connection's commit.
    {
        Database other;
        QVERIFY(other.open(path).ok());
        QCOMPARE(tryToWrite(other), QString());
        QVERIFY(other.changeMark().has_value());
    }
    const auto afterOther = database.changeMark();
    QVERIFY(afterOther.has_value());
    QVERIFY(afterOther != own);
    QCOMPARE(unitCount(database), 3);
    QVERIFY(database.changeMark() == afterOther);
    // A rollback does not bring the mark back: rows were written, then taken back.
    {
        Transaction transaction(database);
        QVERIFY(transaction.begin().ok());
        QVERIFY(
            units.insert(makeUnit(u"902"_s, u"Huyện Kiên Lương"_s, u"district"_s, province)).ok());
    }
    QCOMPARE(unitCount(database), 3);
    const auto rolledBack = database.changeMark();
    QVERIFY(rolledBack != afterOther);
    // Nothing open, nothing to tell.
    database.close();
    QVERIFY(!database.changeMark().has_value());
    // Opened again, the counts start again: a mark of one opening is never equal to one of
    // another, though another program wrote between them.
    QVERIFY(database.open(path).ok());
    const auto opened = database.changeMark();
    QVERIFY(opened.has_value());
    database.close();
    {
        Database other;
        QVERIFY(other.open(path).ok());
        UnitRepository otherUnits(other);
        QVERIFY(
            otherUnits.insert(makeUnit(u"906"_s, u"Huyện Giồng Riềng"_s, u"district"_s, province))
                .ok());
    }
    QVERIFY(database.open(path).ok());
    QVERIFY(database.changeMark().has_value());
    QVERIFY(database.changeMark() != opened);
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
        QCOMPARE(OfficeSettings::read(database)->value(OfficeSettings::DueSoonDays), 7);
        const Result<void> written =
            OfficeSettings::setValue(database, OfficeSettings::DueSoonDays, 3);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(OfficeSettings::read(database)->value(OfficeSettings::DueSoonDays), 3);
    }
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::Existing).ok());
    QCOMPARE(OfficeSettings::read(database)->value(OfficeSettings::DueSoonDays), 3);
}

QTEST_GUILESS_MAIN(TestDatabase)

#include "tst_database.moc"
