#include "Database.h"
#include "SchemaCheck.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The schema check on open: a file is opened only when it holds exactly the tables,
/// indexes, triggers and views that danvan creates for its version; anything another program
/// added, changed or removed is refused before any statement touches the data, and the file
/// is left byte for byte as it was.
class TestSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceIsWhatANewFileHolds();
    void referenceOfEachVersionIsItsFixture_data();
    void referenceOfEachVersionIsItsFixture();
    void untouchedFileOfEveryVersionOpens_data();
    void untouchedFileOfEveryVersionOpens();
    void definitionsCompareByTheirTokens_data();
    void definitionsCompareByTheirTokens();
    void changedFileIsRefusedUntouched_data();
    void changedFileIsRefusedUntouched();
    void fileWithOnlyAdditionsCanBeRescuedReadOnly();
    void schemaIsNotTrusted();
    void messageNamesTheFirstDifferenceAndCountsTheOthers();

private:
    /// sqlite_master of the file at `path`, read through a plain connection.
    static QList<SchemaCheck::Object> objectsOf(const QString &path);
    QString copyOfExample(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_example;
};

void TestSchemaCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, m_dir));
    m_example = database.filePath();
}

QList<SchemaCheck::Object> TestSchemaCheck::objectsOf(const QString &path)
{
    QList<SchemaCheck::Object> objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"objects"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"_s,
                            db);
            while (query.next()) {
                objects.append({query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()});
            }
        }
    }
    QSqlDatabase::removeDatabase(u"objects"_s);
    return objects;
}

QString TestSchemaCheck::copyOfExample(const QString &name) const
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(m_example, copy))
        qWarning("cannot copy the example");
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestSchemaCheck::referenceIsWhatANewFileHolds()
{
    const auto reference = SchemaCheck::reference(Database::SchemaVersion);
    QVERIFY2(reference.ok(), qPrintable(reference.error()));
    const QList<SchemaCheck::Object> found = objectsOf(m_example);
    QCOMPARE(found.size(), reference->size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).type, reference->at(i).type);
        QCOMPARE(found.at(i).name, reference->at(i).name);
        QCOMPARE(found.at(i).table, reference->at(i).table);
        QCOMPARE(found.at(i).sql, reference->at(i).sql);
    }
    // Tables, SQLite's own indexes, indexes and the closed-campaign triggers of version 3.
    const auto count = [&found](const QString &type) {
        return std::count_if(found.cbegin(), found.cend(),
                             [&type](const SchemaCheck::Object &o) { return o.type == type; });
    };
    QCOMPARE(count(u"table"_s), 20);
    QCOMPARE(count(u"trigger"_s), 42);
    QVERIFY(count(u"index"_s) > 10);
    QVERIFY(SchemaCheck::reference(0)->isEmpty());
    QVERIFY(!SchemaCheck::reference(Database::SchemaVersion + 1).ok());
}

void TestSchemaCheck::referenceOfEachVersionIsItsFixture_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Database::SchemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
}

void TestSchemaCheck::referenceOfEachVersionIsItsFixture()
{
    // Files written by each version, never changed since: the program's reference for that
    // version is what that version wrote, to the letter.
    QFETCH(int, version);
    const QString fixture = TestSupport::dataPath(u"schema/v%1-example.sqlite"_s.arg(version));
    QVERIFY(QFile::exists(fixture));
    const auto reference = SchemaCheck::reference(version);
    QVERIFY(reference.ok());
    // VACUUM, which made the fixtures, lists the objects in another order.
    QMap<QString, QString> expected, found;
    for (const SchemaCheck::Object &object : *reference)
        expected.insert(object.name, object.type + u' ' + object.table + u' ' + object.sql);
    for (const SchemaCheck::Object &object : objectsOf(fixture))
        found.insert(object.name, object.type + u' ' + object.table + u' ' + object.sql);
    QCOMPARE(found, expected);
    QVERIFY(SchemaCheck::compare(*reference, objectsOf(fixture)).isEmpty());
}

void TestSchemaCheck::untouchedFileOfEveryVersionOpens_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version <= Database::SchemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
}

void TestSchemaCheck::untouchedFileOfEveryVersionOpens()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(u"untouched-v%1.sqlite"_s.arg(version));
    QFile::remove(path);
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v%1-example.sqlite"_s.arg(version)), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const auto checked = Database::check(path);
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QCOMPARE(checked->version(), version);
    QVERIFY(checked->isClean());
    QVERIFY(!checked->onlyAdditions());

    Database database;
    const auto opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const auto binhAn = UnitRepository(database).byCode(u"30898"_s);
    QVERIFY2(binhAn.ok(), qPrintable(binhAn.error()));
    database.close();
    // Migrated or not, the file now holds exactly the current version's schema.
    const auto after = Database::check(path);
    QVERIFY(after.ok());
    QCOMPARE(after->version(), Database::SchemaVersion);
    QVERIFY(after->isClean());
}

void TestSchemaCheck::definitionsCompareByTheirTokens_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("found");
    QTest::addColumn<bool>("same");

    const QString table = u"CREATE TABLE t (a TEXT NOT NULL CHECK (a <> ''), b INTEGER)"_s;
    QTest::newRow("identical") << table << table << true;
    QTest::newRow("spaces and line breaks")
        << table << u"CREATE TABLE t(\n  a TEXT NOT NULL CHECK(a<>''),\n  b INTEGER\n)"_s << true;
    QTest::newRow("case of keywords and names")
        << table << u"create table T (A text not null check (A <> ''), B integer)"_s << true;
    QTest::newRow("comments")
        << table << u"CREATE TABLE t (a TEXT NOT NULL CHECK (a <> '') -- x\n, b /* y */ INTEGER)"_s
        << true;
    QTest::newRow("quoted names (ALTER TABLE RENAME writes them)")
        << table << u"CREATE TABLE \"t\" ([a] TEXT NOT NULL CHECK (`a` <> ''), \"b\" INTEGER)"_s
        << true;
    QTest::newRow("CHECK dropped")
        << table << u"CREATE TABLE t (a TEXT NOT NULL, b INTEGER)"_s << false;
    QTest::newRow("column removed")
        << table << u"CREATE TABLE t (a TEXT NOT NULL CHECK (a <> ''))"_s << false;
    QTest::newRow("operator changed")
        << table << u"CREATE TABLE t (a TEXT NOT NULL CHECK (a = ''), b INTEGER)"_s << false;
    QTest::newRow("literal changed")
        << table << u"CREATE TABLE t (a TEXT NOT NULL CHECK (a <> 'x'), b INTEGER)"_s << false;
    QTest::newRow("case inside a literal") << u"CREATE TABLE t (a DEFAULT 'manual')"_s
                                           << u"CREATE TABLE t (a DEFAULT 'Manual')"_s << false;
    QTest::newRow("a string where a name was")
        << u"CREATE TABLE t (a DEFAULT b)"_s << u"CREATE TABLE t (a DEFAULT 'b')"_s << false;
    QTest::newRow("two words for one")
        << u"CREATE TABLE t (ab INTEGER)"_s << u"CREATE TABLE t (a b INTEGER)"_s << false;
    QTest::newRow("quoted name with a space")
        << u"CREATE TABLE t (\"a b\" INTEGER)"_s << u"CREATE TABLE t (a b INTEGER)"_s << false;
    QTest::newRow("non-ASCII case (SQLite folds ASCII only)")
        << u"CREATE TABLE t (đ INTEGER)"_s << u"CREATE TABLE t (Đ INTEGER)"_s << false;
    QTest::newRow("comment marks inside a literal")
        << u"CREATE TABLE t (a DEFAULT '--x')"_s << u"CREATE TABLE t (a DEFAULT '')"_s << false;
    QTest::newRow("trigger body")
        << u"CREATE TRIGGER g BEFORE UPDATE ON t BEGIN SELECT RAISE(ABORT, 'x'); END"_s
        << u"CREATE TRIGGER g BEFORE UPDATE ON t BEGIN DELETE FROM t; END"_s << false;
}

void TestSchemaCheck::definitionsCompareByTheirTokens()
{
    QFETCH(QString, expected);
    QFETCH(QString, found);
    QFETCH(bool, same);
    const QString type = expected.contains(u"TRIGGER"_s) ? u"trigger"_s : u"table"_s;
    const QString name = type == "trigger"_L1 ? u"g"_s : u"t"_s;
    const auto differences =
        SchemaCheck::compare({{type, name, u"t"_s, expected}}, {{type, name, u"t"_s, found}});
    QCOMPARE(differences.isEmpty(), same);
    if (!same) {
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.first().kind, SchemaCheck::Difference::Kind::Changed);
    }
}

void TestSchemaCheck::changedFileIsRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("addition");
    const QList<TestSupport::SchemaChange> changes = TestSupport::schemaChanges(m_example);
    QVERIFY(changes.size() >= 26);
    for (const TestSupport::SchemaChange &change : changes) {
        QTest::newRow(qPrintable(change.label))
            << change.statements << change.named << change.addition;
    }
}

void TestSchemaCheck::changedFileIsRefusedUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    QFETCH(bool, addition);
    const QString path = copyOfExample(u"changed.sqlite"_s);
    const QByteArray original = TestSupport::fileDigest(path);
    QVERIFY(TestSupport::runSql(path, statements));
    const QByteArray before = TestSupport::fileDigest(path);
    QVERIFY(before != original);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

    Database database;
    const auto opened = database.open(path);
    QVERIFY(!opened.ok());
    QVERIFY(!database.isOpen());
    QVERIFY2(opened.error().contains(u"“%1”"_s.arg(named)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path)), qPrintable(opened.error()));
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);

    // The check says the same, and what it found.
    const auto checked = Database::check(path);
    QVERIFY2(checked.ok(), qPrintable(checked.error()));
    QVERIFY(!checked->isClean());
    QCOMPARE(checked->onlyAdditions(), addition);
    const SchemaCheck::Difference &first = checked->differences().first();
    QCOMPARE(first.kind == SchemaCheck::Difference::Kind::Missing ? first.expected.name
                                                                  : first.found.name,
             named);
    if (named == "conferences"_L1)
        QVERIFY(!first.found.sql.contains(u"note TEXT"_s)
                || !first.found.sql.contains(u"attendees >= 0"_s));
    QCOMPARE(checked->message(path), opened.error());
    const QJsonArray json = checked->toJson().value(u"differences"_s).toArray();
    QCOMPARE(json.size(), checked->differences().size());
    QCOMPARE(json.first()[u"name"_s].toString(), named);
    QCOMPARE(TestSupport::fileDigest(path), before);

    // Read-only does not let a changed file in, only a rescue of one with additions only.
    QVERIFY(!database.open(path, Database::OpenMode::ReadOnly).ok());
    QCOMPARE(database.open(path, Database::OpenMode::Rescue).ok(), addition);
    database.close();
    QCOMPARE(TestSupport::fileDigest(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
}

void TestSchemaCheck::fileWithOnlyAdditionsCanBeRescuedReadOnly()
{
    const QString path = copyOfExample(u"rescue.sqlite"_s);
    QVERIFY(TestSupport::runSql(
        path,
        {u"CREATE TRIGGER t_evil AFTER UPDATE ON conferences BEGIN DELETE FROM exemplars; "
         "END"_s}));
    const QByteArray before = TestSupport::fileDigest(path);

    Database database;
    const auto opened = database.open(path, Database::OpenMode::Rescue);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(database.isReadOnly());
    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
    // A write fails as on any file that is only read: the trigger never runs.
    QSqlQuery update(database.connection());
    QVERIFY(!update.exec(u"UPDATE conferences SET note = 'x'"_s));
    database.close();
    QCOMPARE(TestSupport::fileDigest(path), before);

    // An older file with additions cannot be rescued: it would have to be updated.
    const QString old = m_dir.filePath(u"old-rescue.sqlite"_s);
    QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/v1-example.sqlite"_s), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(TestSupport::runSql(old, {u"CREATE VIEW v AS SELECT 1"_s}));
    const QByteArray oldBefore = TestSupport::fileDigest(old);
    QVERIFY(!database.open(old, Database::OpenMode::Rescue).ok());
    QCOMPARE(TestSupport::fileDigest(old), oldBefore);
}

void TestSchemaCheck::schemaIsNotTrusted()
{
    // load_extension() may not be called from a file's schema when trusted_schema is off
    // ("unsafe use"); with it on, the call would reach SQLite's extension loading.
    const QString path = copyOfExample(u"untrusted.sqlite"_s);
    QVERIFY(TestSupport::runSql(path, {u"CREATE VIEW v_load AS SELECT load_extension('x')"_s}));
    Database database;
    QVERIFY(database.open(path, Database::OpenMode::Rescue).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"PRAGMA trusted_schema"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(!query.exec(u"SELECT * FROM v_load"_s));
    QVERIFY2(query.lastError().text().contains(u"unsafe use of load_extension"_s),
             qPrintable(query.lastError().text()));
    database.close();

    // On a file that can be written, and on one just migrated, too.
    for (const QString &fixture : {u"v3-example.sqlite"_s, u"v1-example.sqlite"_s}) {
        const QString copy = m_dir.filePath(u"trusted-"_s + fixture);
        QVERIFY(QFile::copy(TestSupport::dataPath(u"schema/"_s + fixture), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(database.open(copy).ok());
        QSqlQuery pragma(database.connection());
        QVERIFY(pragma.exec(u"PRAGMA trusted_schema"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 0);
        pragma.finish();
        database.close();
    }
}

void TestSchemaCheck::messageNamesTheFirstDifferenceAndCountsTheOthers()
{
    const QString path = copyOfExample(u"several.sqlite"_s);
    QVERIFY(TestSupport::runSql(
        path,
        {u"CREATE TRIGGER t_evil AFTER UPDATE ON conferences BEGIN DELETE FROM exemplars; "
         "END"_s,
         u"CREATE VIEW v_units AS SELECT * FROM units"_s, u"DROP INDEX units_parent"_s}));
    const auto checked = Database::check(path);
    QVERIFY(checked.ok());
    QCOMPARE(checked->differences().size(), 3);
    QVERIFY(!checked->onlyAdditions());
    QCOMPARE(checked->differences().at(0).kind, SchemaCheck::Difference::Kind::Extra);
    QCOMPARE(checked->differences().at(2).kind, SchemaCheck::Difference::Kind::Missing);
    QCOMPARE(checked->differences().at(2).expected.name, u"units_parent"_s);
    const QString message = checked->message(path);
    QVERIFY2(message.contains(u"trigger “t_evil” on the table “conferences”"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"(and 2 other"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"v_units"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
