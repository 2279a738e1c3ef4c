#include "TestSupport.h"

#include "CampaignRepository.h"
#include "CliRun.h"
#include "Database.h"
#include "ExampleData.h"
#include "PgServer.h"
#include "Query.h"
#include "ServerAdmin.h"
#include "TestPaths.h"
#include "UnitRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <unistd.h>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace TestSupport {

QString dataPath(const QString &name)
{
    return QStringLiteral(DANVAN_TEST_DATA_DIR) + u'/' + name;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

namespace {

// With DANVAN_TEST_ENGINE=postgresql the examples are made on a throwaway server that the
// process starts on first use (and stops at its end): the same tests then run on both
// engines. Without a server to start, the test is skipped (CTest's SKIP_RETURN_CODE 77).
// The example is built by the administrator; the test then works as the province office's
// own login, under the server's rules, as the program does in an office.
constexpr auto ProvinceRole = "tinh_kien_giang"_L1;

PgServer &exampleServer()
{
    static PgServer server;
    if (!server.isRunning()) {
        if (!server.start()) {
            std::fprintf(stderr, "SKIP: %s\n", qPrintable(server.skipReason()));
            std::exit(77);
        }
        const PsqlRun made =
            server.sql(u"postgres"_s, u"postgres"_s, u"CREATE ROLE %1 LOGIN;"_s.arg(ProvinceRole));
        if (!made.ok())
            qWarning("%s", qPrintable(made.describe()));
    }
    return server;
}

// A new database with danvan's schema and nothing else; its name.
QString newServerDatabase()
{
    static int databases = 0;
    PgServer &server = exampleServer();
    const QString name = u"example_%1"_s.arg(++databases);
    if (!server.createDatabase(name))
        return {};
    const QString connection = u"example-admin-%1"_s.arg(databases);
    {
        auto admin = ServerAdmin::connect(server.url(u"postgres"_s, name), connection);
        if (!admin) {
            qWarning("%s", qPrintable(admin.error()));
            return {};
        }
        const auto made = ServerAdmin::init(admin.value());
        admin.value().close();
        if (!made) {
            qWarning("%s", qPrintable(made.error()));
            return {};
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return name;
}

// The example built once by the administrator, the province's login granted its unit: the
// template that every example database of the process is copied from (CREATE DATABASE …
// TEMPLATE copies it on the server, far faster than building it again). Nobody connects to
// it once it is made, as PostgreSQL requires of a template.
QString exampleTemplate()
{
    static const QString name = [] {
        const QString made = newServerDatabase();
        if (made.isEmpty())
            return QString();
        Database database;
        if (auto opened = database.open(exampleServer().url(u"postgres"_s, made)); !opened) {
            qWarning("%s", qPrintable(opened.error()));
            return QString();
        }
        if (auto built = ExampleData::build(database); !built) {
            qWarning("%s", qPrintable(built.error()));
            return QString();
        }
        QSqlDatabase admin = database.connection();
        if (auto granted = ServerAdmin::grant(admin, ProvinceRole, u"91"_s, false); !granted) {
            qWarning("%s", qPrintable(granted.error()));
            return QString();
        }
        return made;
    }();
    return name;
}

// A new database holding the example, for the province's login; its name.
QString exampleServerDatabase()
{
    static int copies = 0;
    const QString source = exampleTemplate();
    if (source.isEmpty())
        return {};
    const QString name = u"%1_copy_%2"_s.arg(source).arg(++copies);
    const PsqlRun made = exampleServer().sql(
        u"postgres"_s, u"postgres"_s, u"CREATE DATABASE %1 TEMPLATE %2;"_s.arg(name, source));
    if (!made.ok()) {
        qWarning("%s", qPrintable(made.describe()));
        return {};
    }
    return name;
}

bool createServerExample(Database &database)
{
    const QString name = exampleServerDatabase();
    if (name.isEmpty())
        return false;
    if (auto opened = database.open(exampleServer().url(ProvinceRole, name)); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    return true;
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("DANVAN_TEST_ENGINE") == "postgresql"_L1;
}

bool createExample(Database &database, const QTemporaryDir &dir, const QString &name)
{
    if (onServer())
        return createServerExample(database);
    if (auto opened = database.open(dir.filePath(name), Database::OpenMode::CreateIfMissing);
        !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    if (auto built = ExampleData::build(database); !built) {
        qWarning("%s", qPrintable(built.error()));
        return false;
    }
    return true;
}

qint64 onlyCampaignId(Database &database)
{
    const auto campaigns = CampaignRepository(database).all();
    if (!campaigns) {
        qWarning("%s", qPrintable(campaigns.error()));
        return 0;
    }
    if (campaigns->size() != 1) {
        qWarning("%lld campaigns, not one", qlonglong(campaigns->size()));
        return 0;
    }
    return campaigns->first().id;
}

QString serverExample()
{
    const QString database = exampleServerDatabase();
    return database.isEmpty() ? QString() : exampleServer().url(ProvinceRole, database);
}

bool runServerSql(const QString &address, const QString &statements)
{
    const PsqlRun run = exampleServer().sql(u"postgres"_s, QUrl(address).path().mid(1), statements);
    if (!run.ok())
        qWarning("%s", qPrintable(run.describe()));
    return run.ok();
}

QString createCliExample(const QTemporaryDir &dir, const QString &name)
{
    if (onServer())
        return serverExample();
    const QString path = dir.filePath(name);
    const CliRun run = runCli({u"init"_s, path, u"--example"_s});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    return path;
}

QString emptyServerDatabase()
{
    const QString name = newServerDatabase();
    return name.isEmpty() ? QString() : exampleServer().url(u"postgres"_s, name);
}

QByteArray databaseDigest(const QString &location)
{
    if (!Database::isServerAddress(location))
        return fileDigest(location);
    Database database;
    if (auto opened = database.open(location); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return {};
    }
    return QCryptographicHash::hash(dump(database).toUtf8(), QCryptographicHash::Sha256).toHex();
}

qint64 unitIdOf(Database &database, const QString &code, QDate on)
{
    const auto unit = UnitRepository(database).byCode(code, on);
    if (!unit) {
        qWarning("no unit %s: %s", qPrintable(code), qPrintable(unit.error()));
        return 0;
    }
    return unit->id;
}

QString dump(Database &database)
{
    QStringList lines;
    QSqlQuery tables(database.connection());
    tables.exec(database.isServer()
                    ? u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                      "AND tablename <> 'danvan_grants' ORDER BY tablename"_s
                    : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(table));
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                values.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines.join(u'\n');
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"plain-sql"_s;
    bool done = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
            done = false;
        }
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (done && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                done = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

QList<SchemaChange> schemaChanges(const QString &path)
{
    QStringList tables;
    {
        const QString name = u"plain-tables"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                "ORDER BY name"_s,
                                db);
                while (query.next())
                    tables.append(query.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (tables.size() < 20)
        qWarning("%s holds %lld tables, not danvan's", qPrintable(path), qlonglong(tables.size()));

    QList<SchemaChange> changes;
    // The attack as it was found: a trigger that destroys records when the program writes.
    const QStringList events{u"AFTER UPDATE"_s, u"AFTER INSERT"_s, u"BEFORE DELETE"_s,
                             u"BEFORE UPDATE"_s};
    for (qsizetype i = 0; i < tables.size(); ++i) {
        changes.append({u"trigger on "_s + tables.at(i),
                        {u"CREATE TRIGGER t_evil %1 ON %2 BEGIN DELETE FROM exemplars; "
                         "UPDATE units SET name = 'Đã bị đổi tên'; END"_s.arg(
                             events.at(i % events.size()), tables.at(i))},
                        u"t_evil"_s,
                        true});
    }
    changes.append(
        {u"view"_s, {u"CREATE VIEW v_units AS SELECT id, name FROM units"_s}, u"v_units"_s, true});
    changes.append({u"table"_s,
                    {u"CREATE TABLE ghi_chu (id INTEGER PRIMARY KEY, text TEXT)"_s},
                    u"ghi_chu"_s,
                    true});
    changes.append({u"index on an expression"_s,
                    {u"CREATE INDEX units_lower_name ON units (lower(name))"_s},
                    u"units_lower_name"_s,
                    true});
    changes.append(
        {u"table replaced by a view"_s,
         {u"DROP TABLE levels"_s,
          u"CREATE VIEW levels (key, rank, name_vi, name_en) AS VALUES "
          "('province', 1, 'Cấp tỉnh', 'Province'), ('district', 2, 'Cấp xã', 'Commune'), "
          "('commune', 3, 'Cấp huyện', 'District')"_s},
         u"levels"_s,
         false});
    changes.append({u"column removed"_s,
                    {u"ALTER TABLE conferences DROP COLUMN note"_s},
                    u"conferences"_s,
                    false});
    // Written straight into SQLite's list of tables, as tools that edit a schema do.
    changes.append({u"CHECK dropped"_s,
                    {u"PRAGMA writable_schema = ON"_s,
                     u"UPDATE sqlite_master SET sql = replace(sql, "
                     "' CHECK (attendees IS NULL OR attendees >= 0)', '') "
                     "WHERE name = 'conferences'"_s,
                     u"PRAGMA writable_schema = OFF"_s},
                    u"conferences"_s,
                    false});
    return changes;
}

#ifdef Q_OS_LINUX
static std::vector<gid_t> &rootGroups()
{
    static std::vector<gid_t> groups;
    return groups;
}
#endif

Unprivileged::Unprivileged()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        return;
    constexpr uid_t nobody = 65534;
    // No supplementary groups either (root's own group among them).
    rootGroups().resize(std::max(getgroups(0, nullptr), 0));
    if (getgroups(int(rootGroups().size()), rootGroups().data()) < 0
        || setgroups(0, nullptr) != 0) {
        m_apply = false;
        return;
    }
    // The group first: once the user is not root, the group can no longer be changed.
    if (setresgid(nobody, nobody, 0) != 0) {
        m_apply = false;
        return;
    }
    if (setresuid(nobody, nobody, 0) != 0) {
        setresgid(0, 0, 0);
        setgroups(rootGroups().size(), rootGroups().data());
        m_apply = false;
        return;
    }
    m_switched = true;
#endif
}

Unprivileged::~Unprivileged()
{
#ifdef Q_OS_LINUX
    if (m_switched
        && (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0
            || setgroups(rootGroups().size(), rootGroups().data()) != 0))
        qFatal("cannot switch back to root");
#endif
}

const char *Unprivileged::reason()
{
    return "running as root, where file permissions do not stop reading or writing, and "
           "switching to the user nobody failed";
}

} // namespace TestSupport
