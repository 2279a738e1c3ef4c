#include "ServerAddress.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;

/// How danvan reads a server's address: its parts, libpq's settings passed on, and the
/// sentences that say what is wrong with one, never with the password in them.
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void partsAndSettings();
    void localSocketWithoutHost();
    void refusals_data();
    void refusals();
    void addressSettingsComeAfterTheDefaults();
};

void TestServerAddress::partsAndSettings()
{
    const auto address = ServerAddress::parse(
        u"postgresql://huyen_go_quao:b%C3%AD%20m%E1%BA%ADt@10.0.0.5:5433/danvan_kg"
        "?sslmode=verify-full&sslrootcert=/etc/danvan/ca.crt"_s);
    QVERIFY2(address.ok(), qPrintable(address.error()));
    QCOMPARE(address->host(), u"10.0.0.5"_s);
    QCOMPARE(address->port(), 5433);
    QCOMPARE(address->database(), u"danvan_kg"_s);
    QCOMPARE(address->userName(), u"huyen_go_quao"_s);
    QCOMPARE(address->settings(),
             QStringList({u"sslmode='verify-full'"_s, u"sslrootcert='/etc/danvan/ca.crt'"_s}));
}

void TestServerAddress::localSocketWithoutHost()
{
    const auto address = ServerAddress::parse(u"postgres:///danvan"_s);
    QVERIFY2(address.ok(), qPrintable(address.error()));
    QCOMPARE(address->host(), QString());
    QCOMPARE(address->port(), -1);
    QCOMPARE(address->database(), u"danvan"_s);
    QVERIFY(address->settings().isEmpty());
}

void TestServerAddress::refusals_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("message");
    QTest::newRow("a file") << u"kiengiang.sqlite"_s
                            << u"“kiengiang.sqlite” is not a server address danvan understands"_s;
    QTest::newRow("another scheme")
        << u"mysql://tinh:secret@10.0.0.5/danvan"_s
        << u"“mysql://tinh@10.0.0.5/danvan” is not a server address danvan understands"_s;
    QTest::newRow("a port out of range")
        << u"postgresql://tinh:secret@10.0.0.5:99999/danvan"_s
        << u"“postgresql://tinh@10.0.0.5:99999/danvan” is not a server address"_s;
    QTest::newRow("no database") << u"postgresql://tinh:secret@10.0.0.5:5432/"_s
                                 << u"“tinh@10.0.0.5:5432/” names no database."_s;
    QTest::newRow("a path") << u"postgresql://tinh@10.0.0.5/danvan/kg"_s
                            << u"“tinh@10.0.0.5/danvan/kg” names no database."_s;
    QTest::newRow("the password as a setting")
        << u"postgresql://tinh@10.0.0.5/danvan?password=secret"_s
        << u"“password=…” in the address of tinh@10.0.0.5/danvan is not a connection "
           "setting that danvan passes on"_s;
    QTest::newRow("a second setting inside a value")
        << u"postgresql://tinh@10.0.0.5/danvan?sslmode=require%3Bhost%3Devil"_s
        << u"“sslmode=require;host=evil” in the address of tinh@10.0.0.5/danvan"_s;
    QTest::newRow("not a keyword") << u"postgresql://tinh@10.0.0.5/danvan?SSL-Mode=require"_s
                                   << u"“SSL-Mode=require” in the address"_s;
}

void TestServerAddress::refusals()
{
    QFETCH(QString, address);
    QFETCH(QString, message);
    const auto parsed = ServerAddress::parse(address);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().startsWith(message), qPrintable(parsed.error()));
    QVERIFY2(!parsed.error().contains(u"secret"_s), qPrintable(parsed.error()));
}

void TestServerAddress::addressSettingsComeAfterTheDefaults()
{
    const auto address =
        ServerAddress::parse(u"postgresql://tinh:pw@10.0.0.5/danvan?connect_timeout=30"_s);
    QVERIFY2(address.ok(), qPrintable(address.error()));
    {
        const QSqlDatabase db = address->addConnection(
            u"address_test"_s, {u"connect_timeout=10"_s, u"application_name=danvan"_s});
        // libpq takes the last of a setting given twice: the address's own.
        QCOMPARE(db.connectOptions(),
                 u"connect_timeout=10;application_name=danvan;connect_timeout='30'"_s);
        QCOMPARE(db.hostName(), u"10.0.0.5"_s);
        QCOMPARE(db.databaseName(), u"danvan"_s);
        QCOMPARE(db.userName(), u"tinh"_s);
        QCOMPARE(db.password(), u"pw"_s);
        QCOMPARE(db.port(), -1);
    }
    QSqlDatabase::removeDatabase(u"address_test"_s);
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
