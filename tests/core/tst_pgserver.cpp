#include "PgServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::PgServer;
using TestSupport::PsqlRun;

namespace {

const char holdServerArgument[] = "--hold-server";

// Whether something accepts TCP connections on 127.0.0.1:`port`.
bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    const bool connected =
        ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return connected;
}

// Whether `pid` is a live postgres process (a zombie that nobody reaped is not).
bool postgresAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return false;
    return line.contains("(postgres)") && line.at(close + 2) != 'Z';
}

// The postmaster's process id: the first line of postmaster.pid.
qint64 postmasterPid(const QString &folder)
{
    QFile file(folder + u"/data/postmaster.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// The child process of stopsWhenTheTestProcessDies(): starts a server, says
// "PORT FOLDER" (or "skip REASON") on stdout and waits to be killed.
int holdServer()
{
    PgServer server;
    if (!server.start()) {
        std::printf("skip %s\n", qPrintable(server.skipReason()));
        return 0;
    }
    std::printf("%d %s\n", server.port(), qPrintable(server.folder()));
    std::fflush(stdout);
    char byte;
    while (::read(STDIN_FILENO, &byte, 1) > 0) { }
    return 0;
}

} // namespace

/// PgServer, the throwaway PostgreSQL server of the tests: it starts, answers through QPSQL
/// and psql with the ICU collations, gives each server its own port and folder, and leaves
/// nothing behind, even when the test process is killed.
class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void answersThroughPsqlAndQpsql();
    void vietnameseCollation();
    void psqlStopsAtTheFirstError();
    void twoServersHaveTheirOwnPortAndFolder();
    void stopsWhenTheTestProcessDies();
    void missingProgramsAreAReasonToSkip();
};

void TestPgServer::answersThroughPsqlAndQpsql()
{
    PgServer server;
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.host(), u"127.0.0.1"_s);
    QCOMPARE(server.url(u"clerk"_s, u"danvan"_s),
             u"postgresql://clerk@127.0.0.1:%1/danvan"_s.arg(server.port()));
    QCOMPARE(server.superuserUrl(),
             u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(server.port()));

    QVERIFY(server.createDatabase(u"danvan"_s));
    // A database that exists already is an error.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CREATE DATABASE danvan failed"_s));
    QVERIFY(!server.createDatabase(u"danvan"_s));

    PsqlRun run = server.sql(u"postgres"_s, u"danvan"_s,
                             u"CREATE ROLE clerk LOGIN;\n"
                             "CREATE TABLE unit (name text);\n"
                             "GRANT SELECT ON unit TO clerk;\n"
                             "INSERT INTO unit VALUES ('Xã Bình An'), ('Phường Vĩnh Thanh');\n"_s);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.out, QString());

    run = server.sql(u"clerk"_s, u"danvan"_s,
                     u"SELECT current_user, current_database();\n"
                     "SELECT name FROM unit ORDER BY name;\n"_s);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.out, u"clerk|danvan\nPhường Vĩnh Thanh\nXã Bình An\n"_s);

    {
        QSqlDatabase connection = server.connect(u"clerk"_s, u"danvan"_s, u"clerk"_s);
        QVERIFY(connection.isOpen());
        QSqlQuery query(connection);
        QVERIFY(query.exec(u"SELECT count(*) FROM unit WHERE name LIKE 'Xã%'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The clerk only reads.
        QVERIFY(!query.exec(u"DELETE FROM unit"_s));
    }
    QSqlDatabase::removeDatabase(u"clerk"_s);
}

void TestPgServer::vietnameseCollation()
{
    PgServer server;
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    QVERIFY(server.createDatabase(u"danvan"_s));
    // Đ sorts between D and E in Vietnamese; in "C" it comes after every Latin letter.
    const QString comparisons = u"SELECT 'Ân' < 'Đông' COLLATE \"vi-x-icu\","
                                " 'Đông' < 'Em' COLLATE \"vi-x-icu\","
                                " 'Đông' < 'Em' COLLATE \"C\""_s;

    const PsqlRun run =
        server.sql(u"postgres"_s, u"danvan"_s,
                   comparisons + u";\n"_s
                       + u"SELECT string_agg(w, ',' ORDER BY w COLLATE \"vi-x-icu\")"
                         " FROM unnest(ARRAY['Em', 'Đông', 'Ân', 'B', 'An',"
                         " 'Dũng']) AS w;\n"_s);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.out, u"t|t|f\nAn,Ân,B,Dũng,Đông,Em\n"_s);

    {
        QSqlDatabase connection = server.connect(u"postgres"_s, u"danvan"_s, u"collation"_s);
        QVERIFY(connection.isOpen());
        QSqlQuery query(connection);
        QVERIFY(query.exec(comparisons));
        QVERIFY(query.next());
        QCOMPARE(query.value(0), QVariant(true));
        QCOMPARE(query.value(1), QVariant(true));
        QCOMPARE(query.value(2), QVariant(false));
    }
    QSqlDatabase::removeDatabase(u"collation"_s);
}

void TestPgServer::psqlStopsAtTheFirstError()
{
    PgServer server;
    if (!server.start())
        QSKIP(qPrintable(server.skipReason()));
    const PsqlRun run = server.sql(u"postgres"_s, u"postgres"_s,
                                   u"SELECT 1;\nSELECT no_such_column;\nSELECT 2;\n"_s);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, u"1\n"_s);
    QVERIFY2(run.err.contains(u"no_such_column"_s), qPrintable(run.err));

    // A role that does not exist cannot log in, and psql does not wait for a password.
    const PsqlRun stranger = server.sql(u"stranger"_s, u"postgres"_s, u"SELECT 1;\n"_s);
    QCOMPARE(stranger.exitCode, 2);
    QVERIFY2(stranger.err.contains(u"role \"stranger\" does not exist"_s),
             qPrintable(stranger.err));
}

void TestPgServer::twoServersHaveTheirOwnPortAndFolder()
{
    QString firstFolder;
    QString secondFolder;
    int firstPort = 0;
    int secondPort = 0;
    {
        PgServer first;
        if (!first.start())
            QSKIP(qPrintable(first.skipReason()));
        PgServer second;
        QVERIFY2(second.start(), qPrintable(second.skipReason()));
        firstPort = first.port();
        secondPort = second.port();
        firstFolder = first.folder();
        secondFolder = second.folder();
        QVERIFY(firstPort != secondPort);
        QVERIFY(firstFolder != secondFolder);
        QVERIFY(QFileInfo(firstFolder).isDir());
        QVERIFY(QFileInfo(secondFolder).isDir());
        QVERIFY(first.createDatabase(u"only_first"_s));
        const PsqlRun run = second.sql(u"postgres"_s, u"postgres"_s,
                                       u"SELECT count(*) FROM pg_database"
                                       " WHERE datname = 'only_first';\n"_s);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(run.out, u"0\n"_s);

        // Stopping one leaves the other running; the stopped one can start again.
        first.stop();
        QVERIFY(!first.isRunning());
        QVERIFY(!QFileInfo::exists(firstFolder));
        QVERIFY(!accepts(firstPort));
        QVERIFY(second.sql(u"postgres"_s, u"postgres"_s, u"SELECT 1;\n"_s).ok());
        QVERIFY2(first.start(), qPrintable(first.skipReason()));
        QVERIFY(first.sql(u"postgres"_s, u"postgres"_s, u"SELECT 1;\n"_s).ok());
        firstPort = first.port();
        firstFolder = first.folder();
    }
    QVERIFY(!QFileInfo::exists(firstFolder));
    QVERIFY(!QFileInfo::exists(secondFolder));
    QVERIFY(!accepts(firstPort));
    QVERIFY(!accepts(secondPort));
}

void TestPgServer::stopsWhenTheTestProcessDies()
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(holdServerArgument)});
    QVERIFY(child.waitForStarted());
    QByteArray line;
    while (!line.contains('\n') && child.waitForReadyRead(120000))
        line += child.readAll();
    if (line.startsWith("skip ")) {
        child.closeWriteChannel();
        child.waitForFinished();
        QSKIP(line.mid(5).trimmed().constData());
    }
    const QStringList fields = QString::fromUtf8(line.trimmed()).split(u' ');
    QCOMPARE(fields.size(), 2);
    const int port = fields.at(0).toInt();
    const QString folder = fields.at(1);
    const qint64 postmaster = postmasterPid(folder);
    QVERIFY(port > 0);
    QVERIFY(postmaster > 0);
    QVERIFY(postgresAlive(postmaster));
    QVERIFY(accepts(port));

    child.kill(); // SIGKILL: no destructor runs.
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 120000);
    QVERIFY(!postgresAlive(postmaster));
    QVERIFY(!accepts(port));
}

void TestPgServer::missingProgramsAreAReasonToSkip()
{
    PgServer server(u"/nonexistent/postgresql/15/bin"_s);
    QVERIFY(!server.start());
    QVERIFY(!server.isRunning());
    QCOMPARE(server.skipReason(),
             u"PostgreSQL 15 is not installed: /nonexistent/postgresql/15/bin/initdb not found"
             " (apt-get install postgresql)"_s);
    QCOMPARE(server.folder(), QString());
    const PsqlRun run = server.sql(u"postgres"_s, u"postgres"_s, u"SELECT 1;\n"_s);
    QVERIFY(!run.ok());
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], holdServerArgument) == 0)
        return holdServer();
    QCoreApplication app(argc, argv);
    TestPgServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pgserver.moc"
