#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

/// What one run of psql gave.
struct PsqlRun
{
    int exitCode = -1;
    QString out; ///< the rows only: one per line, columns separated by '|'
    QString err;

    bool ok() const { return exitCode == 0; }
};

/// A throwaway PostgreSQL 15 server for tests: initdb in a folder under /tmp (as the
/// postgres user when run as root), on 127.0.0.1 at a free port, trust authentication,
/// fsync off; stopped and removed when the object goes.
class PgServer
{
public:
    PgServer() = default;
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// Starts the server; false, with skipReason(), when it cannot.
    bool start();
    QString skipReason() const { return m_skipReason; }
    int port() const { return m_port; }

    /// postgresql://role@127.0.0.1:port/db
    QString url(const QString &role, const QString &database) const;
    bool createDatabase(const QString &name) const;

    /// Runs `statements` through the real psql as `role` (unaligned, tuples only, stopping
    /// at the first error).
    PsqlRun sql(const QString &role, const QString &database, const QString &statements) const;

private:
    QString m_dir;
    QString m_bin;
    QString m_skipReason;
    int m_port = 0;
    bool m_running = false;
};

} // namespace TestSupport
