#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
class QTemporaryDir;

/// Helpers shared by the tests: temporary files, the example database, and a dump of a
/// whole database to compare states.
namespace TestSupport {

/// A file under tests/data/.
QString dataPath(const QString &name);

/// Writes `content` to `name` in `dir` and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

/// True when the tests run on a PostgreSQL server (DANVAN_TEST_ENGINE=postgresql).
bool onServer();

/// Opens a new database at `dir`/`name` (on a server: a new database on a throwaway server)
/// and builds the Kiên Giang example into it.
/// Returns false (after a QWARN with the reason) when that fails.
bool createExample(Database &database, const QTemporaryDir &dir,
                   const QString &name = QStringLiteral("example.sqlite"));

/// The id of the database's only campaign (the example's); 0, after a QWARN, when it holds
/// none or several.
qint64 onlyCampaignId(Database &database);

/// A new database of the throwaway server holding the Kiên Giang example (a copy of the
/// process's template), its address for the province's own login returned; empty (after a
/// QWARN with the reason) when that fails. Only with onServer().
QString serverExample();

/// Runs `statements` through psql as the administrator (postgres) on the database of the
/// throwaway server that `address` names, as the server's IT staff would. False (after a
/// QWARN with psql's message) on an error. Only with onServer().
bool runServerSql(const QString &address, const QString &statements);

/// The Kiên Giang example for a test of danvan-cli: on a file, `dir`/`name` made by
/// `danvan-cli init --example`, its path returned; on a server, a new database made as
/// createExample() makes it, its address for the province's own login returned. Empty
/// (after a QWARN with the reason) when that fails.
QString createCliExample(const QTemporaryDir &dir,
                         const QString &name = QStringLiteral("danvan.sqlite"));

/// On a server: a new database of the throwaway server with danvan's schema and no data, its
/// address for the administrator (postgres) returned; empty (after a QWARN) on a failure.
QString emptyServerDatabase();

/// What a database holds, as a digest that changes with any change: of the file's bytes, or
/// of dump() for a server's address (read as the address's login).
QByteArray databaseDigest(const QString &location);

/// The id of the unit a register code names on `on` (default: the unit in force, else the
/// one that ended last); 0, after a QWARN, when there is none.
qint64 unitIdOf(Database &database, const QString &code, QDate on = {});

/// Every row of every table, in a stable order, as text: two equal dumps are two equal
/// databases.
QString dump(Database &database);

/// The SHA-256 of a file's bytes.
QByteArray fileDigest(const QString &path);

/// Runs `statements` on the file at `path` through a plain SQLite connection, as another
/// program would (no danvan checks, foreign keys off). False (after a QWARN) on an error.
bool runSql(const QString &path, const QStringList &statements);

/// A change that another program makes to the schema of a danvan file.
struct SchemaChange
{
    QString label; ///< names the test's data row
    QStringList statements; ///< for runSql()
    QString named; ///< the object that the refusal names first
    bool addition = false; ///< only adds something: the file can be rescued read-only
};

/// The changes that danvan must refuse in a file of the current version at `path`: a
/// trigger on each of its tables (that deletes the models and exemplars and renames units),
/// a view, a table, an index on an expression, a table replaced by a view of the same name,
/// a column removed and a CHECK constraint dropped.
QList<SchemaChange> schemaChanges(const QString &path);

/// While alive, a process that runs as root runs as the user "nobody" (real and effective
/// ids 65534; the saved id stays root's, so the destructor switches back), so that file
/// permissions apply as they do for a clerk: root reads and writes any file whatever its
/// permissions. A process that is not root stays as it is: permissions apply already.
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

    /// False when the process is root and could not switch: permissions do not apply.
    bool permissionsApply() const { return m_apply; }
    /// Why permissionsApply() is false, for QSKIP.
    static const char *reason();

private:
    bool m_switched = false;
    bool m_apply = true;
};

} // namespace TestSupport
