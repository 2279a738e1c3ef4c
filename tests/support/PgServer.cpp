#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtGlobal>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

const QString localHost = u"127.0.0.1"_s;

// Runs in a session of its own, so that neither the end of the test process nor a kill of
// its process group or tree reaches it. Its first argument is the server's folder, the
// second the programs' folder, the rest the command that runs a program as the cluster's
// owner. It waits for the word "done" on the guard pipe; when the pipe closes without it,
// the test process ended without stopping its server. initdb and pg_ctl, started by the
// test in that folder, may still be at work: the guard waits until no process has the
// folder as its working directory (the server itself works in data/), then stops the
// server (immediate mode) and removes the folder.
const QString guardScript = uR"(d=$1; bin=$2; shift 2
read -r word < "$d/guard" || word=
[ "$word" = done ] && exit 0
n=0
while [ $n -lt 600 ] && find /proc/[0-9]*/cwd -maxdepth 0 -lname "$d" 2>/dev/null | grep -q .
do
    sleep 0.2; n=$((n + 1))
done
[ -e "$d/data/postmaster.pid" ] && "$@" "$bin/pg_ctl" -D "$d/data" -m immediate -w -t 60 stop
rm -rf "$d"
)"_s;

// An environment without the PG* variables of whoever runs the tests (PGDATA, PGPORT,
// PGSERVICE... would point the programs elsewhere).
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"PG"_s))
            environment.remove(key);
    }
    return environment;
}

// A TCP port of 127.0.0.1 that nobody listens on at this moment: the kernel's choice for
// a socket bound to port 0. Another process may take it before the server does; start()
// then tries again. 0 when no socket could be made.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString lastLines(const QString &text, int count)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.mid(qMax(0, int(lines.size()) - count)).join(u'\n');
}

} // namespace

QString PsqlRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out.left(2000), err);
}

PgServer::PgServer(const QString &binDir)
    : m_binDir(binDir)
{
}

PgServer::~PgServer()
{
    stop();
}

QString PgServer::defaultBinDir()
{
    return u"/usr/lib/postgresql/15/bin"_s;
}

QString PgServer::host() const
{
    return localHost;
}

QString PgServer::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgServer::url(const QString &role, const QString &database) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(role, localHost).arg(m_port).arg(database);
}

QString PgServer::superuserUrl() const
{
    return url(u"postgres"_s, u"postgres"_s);
}

QStringList PgServer::runAs() const
{
    // initdb and postgres refuse to run as root: root runs them as the user postgres.
    if (::geteuid() != 0)
        return {};
    QString runuser = QStandardPaths::findExecutable(u"runuser"_s);
    if (runuser.isEmpty())
        runuser = QStandardPaths::findExecutable(u"runuser"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    return {runuser, u"-u"_s, u"postgres"_s, u"--"_s};
}

bool PgServer::runTool(const QString &tool, const QStringList &arguments, QString *output,
                       int timeoutSeconds) const
{
    QStringList command = runAs();
    command << m_binDir + u'/' + tool << arguments;
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    // The user postgres may not enter the test's working directory (under /root).
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.takeFirst(), command);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        *output = tool + u" did not run: "_s + process.errorString();
        return false;
    }
    *output = QString::fromUtf8(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::fail(const QString &reason)
{
    m_skipReason = reason;
    stop();
    return false;
}

bool PgServer::start()
{
    if (m_running)
        return true;
    m_skipReason.clear();
    for (const char *tool : {"initdb", "pg_ctl", "postgres", "psql"}) {
        const QString path = m_binDir + u'/' + QLatin1String(tool);
        if (!QFileInfo(path).isExecutable())
            return fail(
                u"PostgreSQL 15 is not installed: %1 not found (apt-get install postgresql)"_s.arg(
                    path));
    }
    const passwd *owner = nullptr;
    if (::geteuid() == 0) {
        owner = ::getpwnam("postgres");
        if (!owner)
            return fail(u"the test runs as root and there is no user postgres to run the server"
                        " (it comes with the Debian package postgresql)"_s);
        if (runAs().constFirst().isEmpty())
            return fail(u"the test runs as root and runuser, needed to run the server as the"
                        " user postgres, is not installed (apt-get install util-linux)"_s);
    }

    // Under /tmp whatever TMPDIR says: the user postgres cannot enter /root.
    m_dir = std::make_unique<QTemporaryDir>(u"/tmp/danvan-pg-XXXXXX"_s);
    m_dir->setAutoRemove(false);
    if (!m_dir->isValid())
        return fail(u"no folder for the server under /tmp: "_s + m_dir->errorString());
    if (owner
        && ::chown(QFile::encodeName(m_dir->path()).constData(), owner->pw_uid, owner->pw_gid) != 0)
        return fail(u"cannot give %1 to the user postgres: %2"_s.arg(
            m_dir->path(), QString::fromLocal8Bit(::strerror(errno))));
    if (!startGuard())
        return false;

    const QString data = m_dir->path() + u"/data"_s;
    const QString log = m_dir->path() + u"/log"_s;
    QString output;
    if (!runTool(u"initdb"_s,
                 {u"-D"_s, data, u"-U"_s, u"postgres"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                  u"--locale=C.UTF-8"_s, u"-N"_s},
                 &output, 120))
        return fail(u"initdb failed:\n"_s + lastLines(output, 20));

    // Tests run in parallel: another server may take the free port before this one binds
    // it. Then the log says so and another port is tried.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int port = freePort();
        if (port == 0)
            return fail(u"no free TCP port on 127.0.0.1: "_s
                        + QString::fromLocal8Bit(::strerror(errno)));
        const qint64 logStart = QFileInfo(log).size();
        const QString options = u"-k %1 -c listen_addresses=%2 -p %3 -c fsync=off"_s.arg(
            m_dir->path(), localHost, QString::number(port));
        if (runTool(u"pg_ctl"_s,
                    {u"-D"_s, data, u"-l"_s, log, u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s, options,
                     u"start"_s},
                    &output, 90)) {
            m_port = port;
            m_running = true;
            return true;
        }
        const QString serverLog = readFrom(log, logStart);
        if (!serverLog.contains(u"could not bind"_s)
            && !serverLog.contains(u"Address already in use"_s))
            return fail(u"the PostgreSQL server did not start:\n%1\n%2"_s.arg(
                lastLines(output, 10), lastLines(serverLog, 20)));
    }
    return fail(u"the PostgreSQL server found no free port on 127.0.0.1 in 8 tries"_s);
}

bool PgServer::startGuard()
{
    const QString fifo = m_dir->path() + u"/guard"_s;
    const QByteArray fifoName = QFile::encodeName(fifo);
    if (::mkfifo(fifoName.constData(), 0600) != 0)
        return fail(u"cannot make the guard pipe %1: %2"_s.arg(
            fifo, QString::fromLocal8Bit(::strerror(errno))));
    // startDetached() runs it in a new session, and the process that started it ends at
    // once: the guard belongs to no test's process tree. It works in / so as not to count
    // itself among the processes at work in the folder.
    if (!QProcess::startDetached(
            u"/bin/sh"_s,
            QStringList{u"-c"_s, guardScript, u"sh"_s, m_dir->path(), m_binDir} + runAs(), u"/"_s))
        return fail(u"cannot start the guard that stops the server if the test dies"_s);
    // Opening the writing end without blocking fails until the guard has opened the
    // reading end: once it succeeds, the guard waits. Close-on-exec: the server and the
    // other programs must not hold the pipe open after this process has gone.
    for (int tries = 0; tries < 1000; ++tries) {
        m_guardFd = ::open(fifoName.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (m_guardFd >= 0)
            return true;
        if (errno != ENXIO)
            break;
        QThread::msleep(10);
    }
    return fail(u"the guard that stops the server if the test dies did not start: "_s
                + QString::fromLocal8Bit(::strerror(errno)));
}

void PgServer::releaseGuard(bool serverStopped)
{
    if (m_guardFd < 0)
        return;
    if (serverStopped) {
        // The guard may be gone (killed by someone): a write to a pipe without a reader
        // would end this process with SIGPIPE.
        struct sigaction ignore
        {
        };
        struct sigaction previous
        {
        };
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGPIPE, &ignore, &previous);
        const ssize_t written = ::write(m_guardFd, "done\n", 5);
        Q_UNUSED(written)
        ::sigaction(SIGPIPE, &previous, nullptr);
    }
    ::close(m_guardFd);
    m_guardFd = -1;
}

void PgServer::stop()
{
    if (!m_dir)
        return;
    bool stopped = true;
    const QString data = m_dir->path() + u"/data"_s;
    if (QFileInfo::exists(data + u"/postmaster.pid"_s)) {
        QString output;
        stopped = runTool(u"pg_ctl"_s, {u"-D"_s, data, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s},
                          &output, 90);
        if (!stopped)
            qWarning("PgServer: pg_ctl stop failed, the guard stops the server: %s",
                     qPrintable(output));
    }
    // When the server did not stop, the folder stays for the guard, which stops it
    // (immediate mode) and then removes the folder.
    releaseGuard(stopped);
    if (stopped)
        m_dir->remove();
    m_dir.reset();
    m_running = false;
    m_port = 0;
}

bool PgServer::restart()
{
    if (!m_running)
        return false;
    // pg_ctl restart starts the server with the options it was started with (the port, the
    // socket's folder); the log goes on in the same file.
    QString output;
    if (!runTool(u"pg_ctl"_s,
                 {u"-D"_s, m_dir->path() + u"/data"_s, u"-l"_s, m_dir->path() + u"/log"_s, u"-m"_s,
                  u"fast"_s, u"-w"_s, u"-t"_s, u"60"_s, u"restart"_s},
                 &output, 120)) {
        qWarning("PgServer: pg_ctl restart failed: %s", qPrintable(output));
        return false;
    }
    return true;
}

bool PgServer::createDatabase(const QString &name) const
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    const PsqlRun run = sql(u"postgres"_s, u"postgres"_s, u"CREATE DATABASE \"%1\";"_s.arg(quoted));
    if (!run.ok())
        qWarning("PgServer: CREATE DATABASE %s failed: %s", qPrintable(name),
                 qPrintable(run.describe()));
    return run.ok();
}

PsqlRun PgServer::sql(const QString &role, const QString &database, const QString &statements) const
{
    PsqlRun run;
    if (!m_running) {
        run.err = u"the PostgreSQL server is not running"_s;
        return run;
    }
    QProcessEnvironment environment = cleanEnvironment();
    // The statements are UTF-8 whatever the locale of the test.
    environment.insert(u"PGCLIENTENCODING"_s, u"UTF8"_s);
    environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_binDir + u"/psql"_s,
                  {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-w"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                   u"-h"_s, localHost, u"-p"_s, QString::number(m_port), u"-U"_s, role, u"-d"_s,
                   database, u"-f"_s, u"-"_s});
    if (!process.waitForStarted()) {
        run.err = u"psql did not run: "_s + process.errorString();
        return run;
    }
    process.write(statements.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"psql did not finish in two minutes"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QSqlDatabase PgServer::connect(const QString &role, const QString &database,
                               const QString &connectionName) const
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    connection.setHostName(localHost);
    connection.setPort(m_port);
    connection.setUserName(role);
    connection.setDatabaseName(database);
    connection.setConnectOptions(u"connect_timeout=10"_s);
    if (!connection.open())
        qWarning("PgServer: cannot connect as %s to %s: %s", qPrintable(role), qPrintable(database),
                 qPrintable(connection.lastError().text()));
    return connection;
}

} // namespace TestSupport
