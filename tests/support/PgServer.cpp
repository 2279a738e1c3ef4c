#include "PgServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

bool isRoot()
{
    return geteuid() == 0;
}

// Runs a server program, as postgres when we are root.
bool runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    if (isRoot())
        process.start(u"runuser"_s,
                      QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return false;
    }
    process.waitForFinished(60000);
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

PgServer::~PgServer()
{
    if (m_running) {
        QString output;
        runTool(m_bin + u"/pg_ctl"_s,
                {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
                &output);
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

bool PgServer::start()
{
    m_bin = u"/usr/lib/postgresql/15/bin"_s;
    if (!QFileInfo::exists(m_bin + u"/initdb"_s)) {
        m_skipReason = u"PostgreSQL 15 is not installed (apt-get install postgresql)"_s;
        return false;
    }
    char pattern[] = "/tmp/danvan-pg.XXXXXX";
    if (!mkdtemp(pattern)) {
        m_skipReason = u"no temporary folder under /tmp"_s;
        return false;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    if (isRoot()) {
        QProcess::execute(u"chown"_s, {u"postgres:"_s, m_dir});
    }
    QString output;
    if (!runTool(m_bin + u"/initdb"_s,
                 {u"-D"_s, m_dir + u"/data"_s, u"-U"_s, u"postgres"_s, u"--auth=trust"_s, u"-E"_s,
                  u"UTF8"_s, u"--locale=C.UTF-8"_s, u"-N"_s},
                 &output)) {
        m_skipReason = u"initdb failed: "_s + output;
        return false;
    }
    for (int attempt = 0; attempt < 10; ++attempt) {
        m_port = 20000 + int((QCoreApplication::applicationPid() * 7 + attempt * 101) % 30000);
        if (runTool(
                m_bin + u"/pg_ctl"_s,
                {u"-D"_s, m_dir + u"/data"_s, u"-l"_s, m_dir + u"/log"_s, u"-w"_s, u"-o"_s,
                 u"-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off"_s.arg(m_dir).arg(m_port),
                 u"start"_s},
                &output)) {
            m_running = true;
            return true;
        }
    }
    m_skipReason = u"the server did not start: "_s + output;
    return false;
}

QString PgServer::url(const QString &role, const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(role).arg(m_port).arg(database);
}

bool PgServer::createDatabase(const QString &name) const
{
    return sql(u"postgres"_s, u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name)).ok();
}

PsqlRun PgServer::sql(const QString &role, const QString &database, const QString &statements) const
{
    QProcess process;
    process.start(m_bin + u"/psql"_s,
                  {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s,
                   u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, role, u"-d"_s,
                   database});
    PsqlRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    process.write(statements.toUtf8() + "\n");
    process.closeWriteChannel();
    process.waitForFinished(60000);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace TestSupport
