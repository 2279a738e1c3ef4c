#include "CliRun.h"
#include "PgServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::CliRun;
using TestSupport::PgServer;
using TestSupport::runCli;

/// danvan-cli server init, grant, revoke and roles, run as the real program against a
/// throwaway PostgreSQL server.
class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void initCreatesThenLeaves();
    void grantListRevoke();
    void grantRefusals_data();
    void grantRefusals();
    void wrongUsage_data();
    void wrongUsage();
    void unreachableServer();
    void helpNamesTheUrl();

private:
    QJsonArray roles();

    PgServer m_server;
    QString m_url;
};

void TestCliServer::initTestCase()
{
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    QVERIFY(m_server.createDatabase(u"tinh"_s));
    m_url = m_server.url(u"postgres"_s, u"tinh"_s);
}

QJsonArray TestCliServer::roles()
{
    const CliRun run = runCli({u"server"_s, u"roles"_s, m_url});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.describe()));
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    if (json.value(u"server"_s).toString() != u"postgres@127.0.0.1:%1/tinh"_s.arg(m_server.port()))
        qWarning("server: %s", qPrintable(json.value(u"server"_s).toString()));
    return json.value(u"roles"_s).toArray();
}

void TestCliServer::initCreatesThenLeaves()
{
    CliRun run = runCli({u"--lang"_s, u"en"_s, u"server"_s, u"init"_s, m_url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"Created danvan's schema"_s), qPrintable(run.describe()));
    QCOMPARE(m_server.sql(u"postgres"_s, u"tinh"_s, u"SELECT version FROM danvan_schema"_s)
                 .out.trimmed(),
             u"4"_s);
    run = runCli({u"--lang"_s, u"en"_s, u"server"_s, u"init"_s, m_url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"nothing was changed"_s), qPrintable(run.describe()));

    // A database of another program is refused untouched, in the user's language.
    QVERIFY(m_server.createDatabase(u"khac"_s));
    QVERIFY(m_server.sql(u"postgres"_s, u"khac"_s, u"CREATE TABLE hoa_don (id integer)"_s).ok());
    run = runCli({u"server"_s, u"init"_s, m_server.url(u"postgres"_s, u"khac"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"danvan-cli server init: "_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"hoa_don"_s), qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(
        m_server
            .sql(u"postgres"_s, u"khac"_s, u"SELECT to_regclass('public.danvan_schema') IS NULL"_s)
            .out.trimmed(),
        u"t"_s);
}

void TestCliServer::grantListRevoke()
{
    QVERIFY(m_server
                .sql(u"postgres"_s, u"tinh"_s,
                     u"INSERT INTO units (id, code, name, level, parent_id) VALUES "
                     "(1, '91', 'Tỉnh Kiên Giang', 'province', NULL), "
                     "(2, '899', 'Huyện Châu Thành', 'district', 1);"
                     "CREATE ROLE chau_thanh LOGIN; CREATE ROLE so_tinh LOGIN; "
                     "CREATE ROLE kiem_tra NOLOGIN"_s)
                .ok());
    CliRun run = runCli({u"--lang"_s, u"en"_s, u"server"_s, u"grant"_s, m_url, u"--role"_s,
                         u"chau_thanh"_s, u"--unit"_s, u"899"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"Huyện Châu Thành"_s), qPrintable(run.describe()));
    run = runCli({u"server"_s, u"grant"_s, m_url, u"--role"_s, u"so_tinh"_s, u"--unit"_s, u"91"_s,
                  u"--read-only"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // A role that cannot log in is granted, with a warning.
    run = runCli({u"--lang"_s, u"en"_s, u"server"_s, u"grant"_s, m_url, u"--role"_s, u"kiem_tra"_s,
                  u"--unit"_s, u"91"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"cannot log in"_s), qPrintable(run.describe()));

    QJsonArray listed = roles();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.at(0).toObject(),
             (QJsonObject{{u"role"_s, u"chau_thanh"_s},
                          {u"unit_code"_s, u"899"_s},
                          {u"unit_name"_s, u"Huyện Châu Thành"_s},
                          {u"read_only"_s, false},
                          {u"can_login"_s, true}}));
    QCOMPARE(listed.at(1).toObject().value(u"role"_s).toString(), u"kiem_tra"_s);
    QCOMPARE(listed.at(1).toObject().value(u"can_login"_s).toBool(), false);
    QCOMPARE(listed.at(2).toObject().value(u"read_only"_s).toBool(), true);

    // The granted role really writes its unit and nothing of the province.
    TestSupport::PsqlRun own =
        m_server.sql(u"chau_thanh"_s, u"tinh"_s,
                     u"SELECT string_agg(u::text, ',') FROM danvan_writable_units() u"_s);
    QVERIFY2(own.ok(), qPrintable(own.err));
    QCOMPARE(own.out.trimmed(), u"2"_s);

    run = runCli(
        {u"--lang"_s, u"en"_s, u"server"_s, u"revoke"_s, m_url, u"--role"_s, u"chau_thanh"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"no rights"_s), qPrintable(run.describe()));
    QVERIFY(!m_server.sql(u"chau_thanh"_s, u"tinh"_s, u"SELECT count(*) FROM units"_s).ok());
    run = runCli(
        {u"--lang"_s, u"en"_s, u"server"_s, u"revoke"_s, m_url, u"--role"_s, u"chau_thanh"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"nothing was changed"_s), qPrintable(run.describe()));
    QCOMPARE(roles().size(), 2);
}

void TestCliServer::grantRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing role") << QStringList{u"--role"_s, u"khong_co"_s, u"--unit"_s, u"91"_s}
                                  << u"CREATE ROLE \"khong_co\" LOGIN PASSWORD"_s;
    QTest::newRow("superuser") << QStringList{u"--role"_s, u"postgres"_s, u"--unit"_s, u"91"_s}
                               << u"superuser"_s;
    QTest::newRow("unknown unit") << QStringList{u"--role"_s, u"so_tinh"_s, u"--unit"_s, u"777"_s}
                                  << u"777"_s;
}

void TestCliServer::grantRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QJsonArray before = roles();
    const CliRun run =
        runCli(QStringList{u"--lang"_s, u"en"_s, u"server"_s, u"grant"_s, m_url} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(roles(), before);
}

void TestCliServer::wrongUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{u"server"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"server"_s, u"drop"_s, u"x"_s};
    QTest::newRow("no URL") << QStringList{u"server"_s, u"init"_s};
    QTest::newRow("grant without unit")
        << QStringList{u"server"_s, u"grant"_s, u"postgresql://a@b/c"_s, u"--role"_s, u"r"_s};
    QTest::newRow("revoke without role")
        << QStringList{u"server"_s, u"revoke"_s, u"postgresql://a@b/c"_s};
}

void TestCliServer::wrongUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--help"_s), qPrintable(run.describe()));
}

void TestCliServer::unreachableServer()
{
    // Nothing listens on port 1; a file name is not an address; no database named.
    for (const QString &url :
         {u"postgresql://postgres@127.0.0.1:1/tinh"_s, u"tinh.sqlite"_s,
          u"postgresql://postgres@127.0.0.1:%1"_s.arg(m_server.port()),
          u"postgresql://postgres@127.0.0.1:%1/tinh?password=x"_s.arg(m_server.port())}) {
        const CliRun run = runCli({u"--lang"_s, u"en"_s, u"server"_s, u"roles"_s, url});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"danvan-cli server roles: "_s), qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    }
}

void TestCliServer::helpNamesTheUrl()
{
    for (const QString &subcommand : {u"init"_s, u"grant"_s, u"revoke"_s, u"roles"_s}) {
        const CliRun run = runCli({u"--lang"_s, u"en"_s, u"server"_s, subcommand, u"--help"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.startsWith(u"Usage: danvan-cli server %1 URL"_s.arg(subcommand)),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"PGPASSWORD"_s), qPrintable(run.out));
    }
    const CliRun general = runCli({u"--lang"_s, u"en"_s, u"--help"_s});
    QVERIFY(general.out.contains(u"  server init|grant|revoke|roles URL"_s));
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
