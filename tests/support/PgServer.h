#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace TestSupport {

/// What one run of psql gave.
struct PsqlRun
{
    int exitCode = -1;
    QString out; ///< the rows only: one per line, columns separated by '|'
    QString err;

    bool ok() const { return exitCode == 0; }
    /// Everything, for a failure message.
    QString describe() const;
};

/// A throwaway PostgreSQL 15 server for one test: a new cluster under /tmp (initdb, as the
/// user postgres when the test runs as root), listening on a free port of 127.0.0.1 only,
/// trust authentication, fsync off, its Unix socket in its own folder.
///
/// The destructor stops it and removes its folder, so that a failed QCOMPARE leaves nothing
/// behind. A test process that dies without its destructors (SIGKILL, a crash, a CTest
/// timeout) leaves nothing running either: a guard started beside the server, in a session
/// of its own, waits on a pipe that only this process holds open; when the pipe closes
/// without a word from stop(), the guard stops the server (immediate mode) and removes the
/// folder.
///
/// Tests call start() and QSKIP(qPrintable(skipReason())) when it fails: PostgreSQL is not
/// installed, the user postgres is missing, initdb or the server would not start.
class PgServer
{
public:
    /// A server of the programs in `binDir`.
    explicit PgServer(const QString &binDir = defaultBinDir());
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// The folder of the PostgreSQL 15 programs of Debian 12.
    static QString defaultBinDir();

    /// Makes the cluster and starts the server on a free port (another one when a parallel
    /// test took it first). False, with skipReason(), when it cannot run.
    bool start();
    /// Stops the server (fast mode: open connections are closed) and removes its folder.
    /// Done by the destructor; after it, start() makes a new cluster.
    void stop();
    /// Stops the server (fast mode: open connections are cut, open transactions rolled back)
    /// and starts it again on the same port with the same data, as an administrator's restart
    /// does under its clients. False (after a QWARN) when it does not come back.
    bool restart();
    bool isRunning() const { return m_running; }
    /// Why start() failed, for QSKIP.
    QString skipReason() const { return m_skipReason; }

    QString host() const;
    int port() const { return m_port; }
    /// The folder that holds the cluster, its log and its Unix socket; gone after stop().
    QString folder() const;
    /// postgresql://role@127.0.0.1:PORT/database
    QString url(const QString &role, const QString &database) const;
    /// The superuser postgres on the database postgres.
    QString superuserUrl() const;

    /// Creates `name` (as the superuser postgres). False (after a QWARN with psql's
    /// message) when that fails.
    bool createDatabase(const QString &name) const;
    /// Runs `statements` through the real psql as `role` on `database`, the way another
    /// program (or someone trying to get round danvan) would: no ~/.psqlrc, stops at the
    /// first error (exit code 3), never asks for a password.
    PsqlRun sql(const QString &role, const QString &database, const QString &statements) const;
    /// Adds a QPSQL connection named `connectionName` to the server and opens it; check
    /// isOpen() and lastError() on the result. Remove it with QSqlDatabase::removeDatabase()
    /// once every copy is gone.
    QSqlDatabase connect(const QString &role, const QString &database,
                         const QString &connectionName) const;

private:
    bool fail(const QString &reason);
    bool startGuard();
    void releaseGuard(bool serverStopped);
    bool runTool(const QString &tool, const QStringList &arguments, QString *output,
                 int timeoutSeconds) const;
    QStringList runAs() const;

    QString m_binDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_skipReason;
    int m_port = 0;
    int m_guardFd = -1;
    bool m_running = false;
};

} // namespace TestSupport
