#include "PgServer.h"
#include "ServerAdmin.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::PgServer;

/// The rights of each office on a danvan server, enforced by PostgreSQL itself: a small
/// province (Tỉnh, two districts, their communes, a campaign with conferences, exemplars and
/// a reward, and a closed campaign) is created through ServerAdmin, then each office's role
/// tries to write through raw SQL with psql, as a clerk could, never through the program.
class TestServerRights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void initTwiceIsHarmless();
    void initRefusesAnotherProgramsDatabase();
    void initRefusesANewerVersion();
    void districtCannotChangeAnotherDistrictsRows_data();
    void districtCannotChangeAnotherDistrictsRows();
    void districtCannotInsertForAnotherDistrict_data();
    void districtCannotInsertForAnotherDistrict();
    void districtWritesItsOwnRows();
    void districtReadsEverything();
    void grantsCannotBeReadOrChanged_data();
    void grantsCannotBeReadOrChanged();
    void setRoleDoesNotEscalate_data();
    void setRoleDoesNotEscalate();
    void temporaryTablesDoNotStandInForOurs();
    void truncateIsRefused();
    void readOnlyRoleWritesNothing_data();
    void readOnlyRoleWritesNothing();
    void provinceWritesItsCampaignAndTheRegister();
    void districtCampaignOfItsOwn();
    void ungrantedRoleReadsNothing();
    void closedCampaignIsGuardedOnTheServer();
    void codeInForceTwiceIsRefusedOnTheServer();
    void rolesListsTheGrants();
    void grantPicksTheUnitInForceToday();
    void grantRefuses_data();
    void grantRefuses();
    void revokeTakesEverything();

private:
    /// Runs `statements` as `role` through psql and returns what it printed; on an error,
    /// `error` gets psql's message.
    QString as(const QString &role, const QString &statements, QString *error = nullptr);
    /// The admin's view of one value.
    QString value(const QString &select);
    qint64 unitId(const QString &code);

    PgServer m_server;
    QSqlDatabase m_admin;
    const QString m_db = u"rights"_s;
};

void TestServerRights::initTestCase()
{
    if (!m_server.start())
        QSKIP(qPrintable(m_server.skipReason()));
    QVERIFY(m_server.createDatabase(m_db));
    auto connected = ServerAdmin::connect(m_server.url(u"postgres"_s, m_db), u"admin"_s);
    QVERIFY2(connected, qPrintable(connected.error()));
    m_admin = *connected;
    const auto created = ServerAdmin::init(m_admin);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(*created, ServerAdmin::InitOutcome::Created);

    // Tỉnh Thử (91) with Huyện A (900: Xã A1, Xã A2) and Huyện B (901: Xã B1); code 30880 named
    // Thị trấn Cũ until 30/06/2025 and Xã Mới since. Campaign 1 of the province is open,
    // campaign 2 is closed.
    const QString seed = uR"(
INSERT INTO units (id, code, name, level, parent_id, valid_from, valid_to) VALUES
 (1, '91', 'Tỉnh Thử', 'province', NULL, NULL, NULL),
 (2, '900', 'Huyện A', 'district', 1, NULL, NULL),
 (3, '901', 'Huyện B', 'district', 1, NULL, NULL),
 (4, '30001', 'Xã A1', 'commune', 2, NULL, NULL),
 (5, '30002', 'Xã A2', 'commune', 2, NULL, NULL),
 (6, '30101', 'Xã B1', 'commune', 3, NULL, NULL),
 (7, '30880', 'Thị trấn Cũ', 'commune', 3, NULL, '2025-06-30'),
 (8, '30880', 'Xã Mới', 'commune', 1, '2025-07-01', NULL);
INSERT INTO campaigns (id, name, phase, root_unit_id, starts_on) VALUES
 (1, 'Tổng kết Dân vận khéo', '2016–2020', 1, '2020-01-01'),
 (2, 'Đợt cũ', '2011–2015', 1, '2015-01-01');
INSERT INTO campaign_levels (campaign_id, level, deadline_kind, deadline_last, deadline_text)
 VALUES (1, 'district', 'by', '2020-07-31', 'trước 31/7/2020');
INSERT INTO conferences (id, campaign_id, unit_id, parent_unit_id, level, venue) VALUES
 (1, 1, 1, NULL, 'province', 'Hội trường tỉnh'),
 (2, 1, 2, 1, 'district', 'Hội trường A'),
 (3, 1, 3, 1, 'district', 'Hội trường B'),
 (4, 1, 4, 2, 'commune', 'Nhà văn hóa A1'),
 (5, 1, 5, 2, 'commune', 'Nhà văn hóa A2'),
 (6, 1, 6, 3, 'commune', 'Nhà văn hóa B1'),
 (7, 2, 4, 2, 'commune', 'Đợt cũ A1'),
 (8, 2, 6, 3, 'commune', 'Đợt cũ B1');
INSERT INTO pilots (campaign_id, unit_id, deadline_kind, deadline_last, deadline_text)
 VALUES (1, 6, 'by', '2020-06-30', 'trước 30/6/2020');
INSERT INTO exemplars (id, campaign_id, unit_id, kind, name) VALUES
 (1, 1, 4, 'collective', 'Mô hình A1'),
 (2, 1, 6, 'collective', 'Mô hình B1');
INSERT INTO nominations (id, exemplar_id, from_unit_id, to_unit_id, status) VALUES
 (1, 2, 6, 3, 'proposed');
INSERT INTO rewards (id, campaign_id, unit_id, form_id, decision_number) VALUES
 (1, 1, 3, 1, '12-QĐ/HU');
INSERT INTO reward_recipients (id, reward_id, kind, name, unit_id) VALUES
 (1, 1, 'collective', 'Xã B1', 6);
INSERT INTO steering_groups (id, campaign_id, name) VALUES (1, 1, 'Tổ 1');
INSERT INTO steering_members (id, group_id, name) VALUES (1, 1, 'Nguyễn Văn Một');
INSERT INTO steering_assignments (campaign_id, unit_id, group_id) VALUES (1, 6, 1);
UPDATE campaigns SET closed = 1 WHERE id = 2;
SELECT danvan_sync_ids();
CREATE ROLE huyen_a LOGIN;
CREATE ROLE huyen_b LOGIN;
CREATE ROLE tinh LOGIN;
CREATE ROLE xem LOGIN;
CREATE ROLE la LOGIN;
)"_s;
    QString error;
    as(u"postgres"_s, seed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto &[role, code, readOnly] :
         {std::tuple{u"huyen_a"_s, u"900"_s, false}, std::tuple{u"huyen_b"_s, u"901"_s, false},
          std::tuple{u"tinh"_s, u"91"_s, false}, std::tuple{u"xem"_s, u"91"_s, true}}) {
        const auto granted = ServerAdmin::grant(m_admin, role, code, readOnly);
        QVERIFY2(granted, qPrintable(granted.error()));
    }
}

void TestServerRights::cleanupTestCase()
{
    if (m_admin.isValid()) {
        m_admin.close();
        m_admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"admin"_s);
    }
}

QString TestServerRights::as(const QString &role, const QString &statements, QString *error)
{
    const TestSupport::PsqlRun run = m_server.sql(role, m_db, statements);
    if (error)
        *error = run.ok() ? QString() : run.err.trimmed();
    else if (!run.ok())
        qWarning("%s: %s", qPrintable(role), qPrintable(run.err));
    return run.out.trimmed();
}

QString TestServerRights::value(const QString &select)
{
    QSqlQuery query(m_admin);
    if (!query.exec(select) || !query.next()) {
        qWarning("%s: %s", qPrintable(select), qPrintable(query.lastError().text()));
        return u"(failed)"_s;
    }
    return query.value(0).toString();
}

qint64 TestServerRights::unitId(const QString &code)
{
    return value(u"SELECT id FROM units WHERE code = '%1'"_s.arg(code)).toLongLong();
}

void TestServerRights::initTwiceIsHarmless()
{
    const QString before = value(u"SELECT count(*) FROM conferences"_s);
    const auto again = ServerAdmin::init(m_admin);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*again, ServerAdmin::InitOutcome::AlreadyCurrent);
    QCOMPARE(value(u"SELECT count(*) FROM conferences"_s), before);
    QCOMPARE(value(u"SELECT count(*) FROM levels"_s), u"3"_s);
    QCOMPARE(value(u"SELECT string_agg(version::text, ',') FROM danvan_schema"_s), u"4"_s);
    const auto roles = ServerAdmin::roles(m_admin);
    QVERIFY2(roles, qPrintable(roles.error()));
    QCOMPARE(roles->size(), 4);
}

void TestServerRights::initRefusesAnotherProgramsDatabase()
{
    QVERIFY(m_server.createDatabase(u"other"_s));
    QVERIFY(m_server.sql(u"postgres"_s, u"other"_s, u"CREATE TABLE invoices (id integer)"_s).ok());
    {
        auto connected = ServerAdmin::connect(m_server.url(u"postgres"_s, u"other"_s), u"other"_s);
        QVERIFY2(connected, qPrintable(connected.error()));
        QSqlDatabase other = *connected;
        const auto refused = ServerAdmin::init(other);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"invoices"_s), qPrintable(refused.error()));
        QSqlQuery query(other);
        QVERIFY(query.exec(u"SELECT to_regclass('public.danvan_schema') IS NULL, "
                           "to_regclass('public.units') IS NULL"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool());
        QVERIFY(query.value(1).toBool());
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
}

void TestServerRights::initRefusesANewerVersion()
{
    QVERIFY(m_server.createDatabase(u"newer"_s));
    {
        auto connected = ServerAdmin::connect(m_server.url(u"postgres"_s, u"newer"_s), u"newer"_s);
        QVERIFY2(connected, qPrintable(connected.error()));
        QSqlDatabase newer = *connected;
        QVERIFY(ServerAdmin::init(newer));
        QSqlQuery query(newer);
        QVERIFY(query.exec(u"UPDATE danvan_schema SET version = 5"_s));
        const auto refused = ServerAdmin::init(newer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"newer"_s), qPrintable(refused.error()));
        QVERIFY(query.exec(u"SELECT version FROM danvan_schema"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 5);
        const auto grant = ServerAdmin::grant(newer, u"huyen_a"_s, u"900"_s, false);
        QVERIFY(!grant);
        newer.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
}

void TestServerRights::districtCannotChangeAnotherDistrictsRows_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("check"); // read by the admin before and after
    // Huyện A (huyen_a) against the rows of Huyện B and its Xã B1.
    const QString conference = u"SELECT venue FROM conferences WHERE id = 6"_s;
    QTest::newRow("update B1's conference")
        << u"UPDATE conferences SET venue = 'hacked' WHERE id = 6 RETURNING id"_s << conference;
    QTest::newRow("update every conference")
        << u"UPDATE conferences SET venue = 'hacked' WHERE venue <> 'x' AND id = 6 RETURNING id"_s
        << conference;
    QTest::newRow("delete B1's conference")
        << u"DELETE FROM conferences WHERE id = 6 RETURNING id"_s
        << u"SELECT count(*) FROM conferences WHERE id = 6"_s;
    QTest::newRow("move B1's conference under A")
        << u"UPDATE conferences SET unit_id = 5 WHERE id = 6 RETURNING id"_s
        << u"SELECT unit_id FROM conferences WHERE id = 6"_s;
    QTest::newRow("update B1's exemplar")
        << u"UPDATE exemplars SET name = 'hacked' WHERE id = 2 RETURNING id"_s
        << u"SELECT name FROM exemplars WHERE id = 2"_s;
    QTest::newRow("delete B1's exemplar") << u"DELETE FROM exemplars WHERE id = 2 RETURNING id"_s
                                          << u"SELECT count(*) FROM exemplars"_s;
    QTest::newRow("delete B1's pilot") << u"DELETE FROM pilots WHERE unit_id = 6 RETURNING 1"_s
                                       << u"SELECT count(*) FROM pilots"_s;
    QTest::newRow("update B1's nomination")
        << u"UPDATE nominations SET status = 'selected' WHERE id = 1 RETURNING id"_s
        << u"SELECT status FROM nominations WHERE id = 1"_s;
    QTest::newRow("update B's reward")
        << u"UPDATE rewards SET decision_number = 'x' WHERE id = 1 RETURNING id"_s
        << u"SELECT decision_number FROM rewards WHERE id = 1"_s;
    QTest::newRow("delete B's reward recipient")
        << u"DELETE FROM reward_recipients WHERE id = 1 RETURNING id"_s
        << u"SELECT count(*) FROM reward_recipients"_s;
    QTest::newRow("move B1's steering assignment")
        << u"DELETE FROM steering_assignments WHERE unit_id = 6 RETURNING 1"_s
        << u"SELECT count(*) FROM steering_assignments"_s;
    QTest::newRow("rename the province's campaign")
        << u"UPDATE campaigns SET name = 'hacked' WHERE id = 1 RETURNING id"_s
        << u"SELECT name FROM campaigns WHERE id = 1"_s;
    QTest::newRow("change the district deadline")
        << u"UPDATE campaign_levels SET deadline_text = 'x' RETURNING 1"_s
        << u"SELECT deadline_text FROM campaign_levels"_s;
    QTest::newRow("rename a steering member")
        << u"UPDATE steering_members SET name = 'x' RETURNING 1"_s
        << u"SELECT name FROM steering_members"_s;
    QTest::newRow("rename Huyện B") << u"UPDATE units SET name = 'x' WHERE id = 3 RETURNING 1"_s
                                    << u"SELECT name FROM units WHERE id = 3"_s;
    QTest::newRow("rename its own unit")
        << u"UPDATE units SET name = 'x' WHERE id = 2 RETURNING 1"_s
        << u"SELECT name FROM units WHERE id = 2"_s;
    QTest::newRow("move Xã B1 under A")
        << u"UPDATE units SET parent_id = 2 WHERE id = 6 RETURNING 1"_s
        << u"SELECT parent_id FROM units WHERE id = 6"_s;
}

void TestServerRights::districtCannotChangeAnotherDistrictsRows()
{
    QFETCH(QString, statement);
    QFETCH(QString, check);
    const QString before = value(check);
    QString error;
    // Each row is visible (every office reads the whole campaign), but not to be written:
    // the statement finds no row it may change.
    const QString out = as(u"huyen_a"_s, statement, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out, QString());
    QCOMPARE(value(check), before);
}

void TestServerRights::districtCannotInsertForAnotherDistrict_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("count");
    QTest::newRow("conference of Huyện B's unit")
        << u"INSERT INTO conferences (campaign_id, unit_id, level) VALUES (1, 7, 'commune')"_s
        << u"SELECT count(*) FROM conferences"_s;
    QTest::newRow("exemplar of Xã B1")
        << u"INSERT INTO exemplars (campaign_id, unit_id, kind, name) "
           "VALUES (1, 6, 'individual', 'x')"_s
        << u"SELECT count(*) FROM exemplars"_s;
    QTest::newRow("nomination from Xã B1")
        << u"INSERT INTO nominations (exemplar_id, from_unit_id, status) "
           "VALUES (1, 6, 'proposed')"_s
        << u"SELECT count(*) FROM nominations"_s;
    QTest::newRow("reward of Huyện B")
        << u"INSERT INTO rewards (campaign_id, unit_id, form_id) VALUES (1, 3, 1)"_s
        << u"SELECT count(*) FROM rewards"_s;
    QTest::newRow("recipient of Huyện B's reward")
        << u"INSERT INTO reward_recipients (reward_id, kind, name) "
           "VALUES (1, 'individual', 'x')"_s
        << u"SELECT count(*) FROM reward_recipients"_s;
    QTest::newRow("pilot Xã B1's own deadline")
        << u"INSERT INTO deadline_overrides (campaign_id, unit_id, level, deadline_kind, "
           "deadline_last, deadline_text) VALUES (1, 6, 'commune', 'by', '2020-06-01', 'x')"_s
        << u"SELECT count(*) FROM deadline_overrides"_s;
    QTest::newRow("upsert over B1's conference")
        << u"INSERT INTO conferences (campaign_id, unit_id, level) VALUES (1, 6, 'commune') "
           "ON CONFLICT (campaign_id, unit_id) DO UPDATE SET venue = 'hacked'"_s
        << u"SELECT venue FROM conferences WHERE id = 6"_s;
    QTest::newRow("a unit") << u"INSERT INTO units (code, name, level, parent_id) "
                               "VALUES ('39999', 'Xã Lạ', 'commune', 2)"_s
                            << u"SELECT count(*) FROM units"_s;
    QTest::newRow("a campaign of the province")
        << u"INSERT INTO campaigns (name, root_unit_id, starts_on) VALUES ('x', 1, '2021-01-01')"_s
        << u"SELECT count(*) FROM campaigns"_s;
    QTest::newRow("a document of the province's campaign")
        << u"INSERT INTO campaign_documents (campaign_id, number) VALUES (1, 'x')"_s
        << u"SELECT count(*) FROM campaign_documents"_s;
    QTest::newRow("a setting") << u"INSERT INTO settings (key, value) VALUES ('office', 'x')"_s
                               << u"SELECT count(*) FROM settings"_s;
    QTest::newRow("a reward form") << u"INSERT INTO reward_forms (name) VALUES ('Huy hiệu')"_s
                                   << u"SELECT count(*) FROM reward_forms"_s;
}

void TestServerRights::districtCannotInsertForAnotherDistrict()
{
    QFETCH(QString, statement);
    QFETCH(QString, count);
    const QString before = value(count);
    QString error;
    as(u"huyen_a"_s, statement, &error);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QCOMPARE(value(count), before);
}

void TestServerRights::districtWritesItsOwnRows()
{
    QString error;
    // Its own conference and its communes' (as the program writes: RETURNING, ON CONFLICT).
    QCOMPARE(as(u"huyen_a"_s,
                u"UPDATE conferences SET venue = 'Hội trường mới' WHERE id = 2 RETURNING id"_s,
                &error),
             u"2"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(as(u"huyen_a"_s,
                u"INSERT INTO conferences (campaign_id, unit_id, level) VALUES (1, 4, 'commune') "
                "ON CONFLICT (campaign_id, unit_id) DO UPDATE SET held_on = '2020-06-15' "
                "RETURNING id, held_on"_s,
                &error),
             u"4|2020-06-15"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A new exemplar of Xã A2, its nomination up to Huyện A, then gone again.
    const QString id = as(u"huyen_a"_s,
                          u"INSERT INTO exemplars (campaign_id, unit_id, kind, name) "
                          "VALUES (1, 5, 'individual', 'Chị Lan') RETURNING id"_s,
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(id.toLongLong() > 2);
    as(u"huyen_a"_s,
       u"INSERT INTO nominations (exemplar_id, from_unit_id, to_unit_id, status) "
       "VALUES (%1, 5, 2, 'proposed')"_s.arg(id),
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        as(u"huyen_a"_s, u"DELETE FROM exemplars WHERE id = %1 RETURNING id"_s.arg(id), &error),
        id);
    QCOMPARE(value(u"SELECT count(*) FROM nominations WHERE exemplar_id = %1"_s.arg(id)), u"0"_s);
    // Its own deadline, a reward with its recipient, a steering assignment.
    as(u"huyen_a"_s,
       u"INSERT INTO deadline_overrides (campaign_id, unit_id, level, deadline_kind, "
       "deadline_last, deadline_text) VALUES (1, 2, 'district', 'by', '2020-06-30', "
       "'trước 30/6/2020');"
       "INSERT INTO rewards (id, campaign_id, unit_id, form_id) VALUES (50, 1, 2, 2);"
       "INSERT INTO reward_recipients (reward_id, kind, name, unit_id) "
       "VALUES (50, 'collective', 'Xã A1', 4);"
       "INSERT INTO steering_assignments (campaign_id, unit_id, group_id) VALUES (1, 4, 1)"_s,
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(value(u"SELECT count(*) FROM reward_recipients WHERE reward_id = 50"_s), u"1"_s);
    as(u"huyen_a"_s,
       u"DELETE FROM rewards WHERE id = 50; DELETE FROM steering_assignments WHERE unit_id = 4; "
       "DELETE FROM deadline_overrides WHERE unit_id = 2"_s,
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(value(u"SELECT count(*) FROM rewards WHERE id = 50"_s), u"0"_s);
    // Its own grant, for the program to grey out what it may not change.
    QCOMPARE(
        as(u"huyen_a"_s, u"SELECT unit_id, read_only, writes_register FROM danvan_my_grant()"_s),
        u"2|f|f"_s);
    QCOMPARE(as(u"huyen_a"_s,
                u"SELECT string_agg(u::text, ',' ORDER BY u) "
                "FROM danvan_writable_units() u"_s),
             u"2,4,5"_s);
}

void TestServerRights::districtReadsEverything()
{
    QCOMPARE(as(u"huyen_a"_s, u"SELECT count(*) FROM conferences"_s),
             value(u"SELECT count(*) FROM conferences"_s));
    QCOMPARE(as(u"huyen_b"_s, u"SELECT name FROM exemplars WHERE id = 1"_s), u"Mô hình A1"_s);
    // Vietnamese order on the server.
    QCOMPARE(as(u"huyen_a"_s,
                u"SELECT string_agg(name, ', ' ORDER BY name) FROM units "
                "WHERE level = 'commune' AND code LIKE '300%'"_s),
             u"Xã A1, Xã A2"_s);
}

void TestServerRights::grantsCannotBeReadOrChanged_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("read") << u"SELECT * FROM danvan_grants"_s << u"permission denied"_s;
    QTest::newRow("widen its own")
        << u"UPDATE danvan_grants SET unit_id = 1 WHERE role_name = 'huyen_a'"_s
        << u"permission denied"_s;
    QTest::newRow("add one") << u"INSERT INTO danvan_grants VALUES ('huyen_a2', 1, false)"_s
                             << u"permission denied"_s;
    QTest::newRow("take another's")
        << u"DELETE FROM danvan_grants WHERE role_name = 'huyen_b'"_s << u"permission denied"_s;
    QTest::newRow("grant a group") << u"GRANT danvan_writer TO xem"_s << u"admin option"_s;
    QTest::newRow("become a bypasser")
        << u"ALTER ROLE huyen_a BYPASSRLS"_s << u"must be superuser"_s;
    QTest::newRow("switch off the policies")
        << u"ALTER TABLE conferences DISABLE ROW LEVEL SECURITY"_s << u"must be owner"_s;
    QTest::newRow("drop a policy")
        << u"DROP POLICY conferences_update ON conferences"_s << u"must be owner"_s;
    QTest::newRow("the version") << u"UPDATE danvan_schema SET version = 1"_s
                                 << u"permission denied"_s;
    QTest::newRow("the ids") << u"SELECT setval('conferences_id_seq', 1)"_s
                             << u"permission denied"_s;
    QTest::newRow("a function of its own")
        << u"CREATE FUNCTION public.danvan_granted2() RETURNS boolean AS 'SELECT true' "
           "LANGUAGE sql"_s
        << u"permission denied"_s;
}

void TestServerRights::grantsCannotBeReadOrChanged()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    const QString before = value(u"SELECT string_agg(role_name || unit_id || read_only, ',' "
                                 "ORDER BY role_name) FROM danvan_grants"_s);
    QString error;
    as(u"huyen_a"_s, statement, &error);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(value(u"SELECT string_agg(role_name || unit_id || read_only, ',' "
                   "ORDER BY role_name) FROM danvan_grants"_s),
             before);
}

void TestServerRights::setRoleDoesNotEscalate_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("the province") << u"SET ROLE tinh"_s;
    QTest::newRow("the owner") << u"SET ROLE danvan_owner"_s;
    QTest::newRow("postgres") << u"SET ROLE postgres"_s;
    QTest::newRow("session authorization") << u"SET SESSION AUTHORIZATION tinh"_s;
}

void TestServerRights::setRoleDoesNotEscalate()
{
    QFETCH(QString, statement);
    QString error;
    as(u"huyen_a"_s, statement + u"; UPDATE conferences SET venue = 'hacked' WHERE id = 6"_s,
       &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    QCOMPARE(value(u"SELECT venue FROM conferences WHERE id = 6"_s), u"Nhà văn hóa B1"_s);
}

void TestServerRights::temporaryTablesDoNotStandInForOurs()
{
    // A role may make the group role its current one, and may shadow tables with temporary
    // ones; the rights still follow its login and the real grants.
    QString error;
    const QString out = as(u"huyen_a"_s,
                           u"SET ROLE danvan_writer;"
                           "CREATE TEMP TABLE danvan_grants (role_name text, unit_id bigint, "
                           "read_only boolean);"
                           "INSERT INTO danvan_grants VALUES ('huyen_a', 1, false);"
                           "CREATE TEMP TABLE units AS SELECT * FROM public.units;"
                           "UPDATE pg_temp.units SET parent_id = 2;"
                           "UPDATE conferences SET venue = 'hacked' WHERE id = 6 RETURNING id"_s,
                           &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out, QString());
    QCOMPARE(value(u"SELECT venue FROM conferences WHERE id = 6"_s), u"Nhà văn hóa B1"_s);
}

void TestServerRights::truncateIsRefused()
{
    for (const QString &role : {u"huyen_a"_s, u"tinh"_s}) {
        QString error;
        as(role, u"TRUNCATE conferences CASCADE"_s, &error);
        QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    }
    QCOMPARE(value(u"SELECT count(*) > 0 FROM conferences"_s), u"true"_s);
}

void TestServerRights::readOnlyRoleWritesNothing_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("update") << u"UPDATE conferences SET venue = 'x' WHERE id = 1"_s;
    QTest::newRow("insert") << u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s;
    QTest::newRow("delete") << u"DELETE FROM exemplars"_s;
    QTest::newRow("campaign") << u"UPDATE campaigns SET closed = 0"_s;
    QTest::newRow("unit") << u"UPDATE units SET name = 'x'"_s;
}

void TestServerRights::readOnlyRoleWritesNothing()
{
    QFETCH(QString, statement);
    QCOMPARE(as(u"xem"_s, u"SELECT count(*) FROM conferences"_s),
             value(u"SELECT count(*) FROM conferences"_s));
    const QString before = value(u"SELECT md5(string_agg(c::text, ',' ORDER BY id)) "
                                 "FROM conferences c"_s);
    QString error;
    as(u"xem"_s, statement, &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    // Even through the writers' group, were it given by mistake.
    QCOMPARE(value(u"SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM conferences c"_s),
             before);
    QCOMPARE(as(u"xem"_s, u"SELECT count(*) FROM danvan_writable_units()"_s), u"0"_s);
}

void TestServerRights::provinceWritesItsCampaignAndTheRegister()
{
    QString error;
    as(u"tinh"_s,
       u"UPDATE conferences SET chair = 'Đ/c Bí thư' WHERE campaign_id = 1;"
       "UPDATE campaigns SET note = 'Kế hoạch 12' WHERE id = 1;"
       "INSERT INTO campaign_documents (campaign_id, number) VALUES (1, '1029-CV/TU');"
       "UPDATE campaign_levels SET deadline_text = 'trước 31/7' WHERE campaign_id = 1;"
       "UPDATE steering_members SET phone = '0297' WHERE id = 1;"
       "UPDATE nominations SET status = 'selected' WHERE id = 1;"
       "INSERT INTO units (code, name, level, parent_id) VALUES ('30003', 'Xã A3', 'commune', 2);"
       "INSERT INTO settings (key, value) VALUES ('office_name', 'Ban Dân vận Tỉnh ủy');"
       "INSERT INTO unit_lineage (predecessor_id, successor_id, kind, on_date) "
       "VALUES (7, 8, 'whole', '2025-07-01')"_s,
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(value(u"SELECT count(*) FROM conferences WHERE campaign_id = 1 "
                   "AND chair = 'Đ/c Bí thư'"_s),
             u"6"_s);
    QCOMPARE(value(u"SELECT status FROM nominations WHERE id = 1"_s), u"selected"_s);
    // The new commune lies in Huyện A's subtree: Huyện A writes for it at once.
    as(u"huyen_a"_s,
       u"INSERT INTO conferences (campaign_id, unit_id, parent_unit_id, level) "
       "SELECT 1, id, 2, 'commune' FROM units WHERE code = '30003'"_s,
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(as(u"tinh"_s, u"SELECT writes_register FROM danvan_my_grant()"_s), u"t"_s);
}

void TestServerRights::districtCampaignOfItsOwn()
{
    // Huyện B makes a campaign of its own (Công văn 775): it writes all of it, Huyện A none.
    QString error;
    const QString id = as(u"huyen_b"_s,
                          u"INSERT INTO campaigns (name, root_unit_id, starts_on) "
                          "VALUES ('Đợt huyện B', 3, '2021-03-01') RETURNING id"_s,
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    as(u"huyen_b"_s,
       u"INSERT INTO campaign_levels (campaign_id, level) VALUES (%1, 'commune');"
       "INSERT INTO conferences (campaign_id, unit_id, level) VALUES (%1, 6, 'commune');"
       "INSERT INTO steering_groups (campaign_id, name) VALUES (%1, 'Tổ B')"_s.arg(id),
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        as(u"huyen_a"_s, u"UPDATE campaigns SET name = 'x' WHERE id = %1 RETURNING id"_s.arg(id)),
        QString());
    as(u"huyen_a"_s, u"INSERT INTO steering_groups (campaign_id, name) VALUES (%1, 'x')"_s.arg(id),
       &error);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    // Nor may Huyện B hand its campaign to the province's root, or take the province's.
    as(u"huyen_b"_s, u"UPDATE campaigns SET root_unit_id = 1 WHERE id = %1"_s.arg(id), &error);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QCOMPARE(as(u"huyen_b"_s, u"UPDATE campaigns SET root_unit_id = 3 WHERE id = 1 RETURNING id"_s),
             QString());
    // The province's role writes it too: the campaign's root lies in its subtree.
    QCOMPARE(
        as(u"tinh"_s, u"UPDATE campaigns SET phase = '2021' WHERE id = %1 RETURNING id"_s.arg(id)),
        id);
}

void TestServerRights::ungrantedRoleReadsNothing()
{
    QString error;
    as(u"la"_s, u"SELECT count(*) FROM units"_s, &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    as(u"la"_s, u"SELECT danvan_writable_units()"_s, &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    // A member of the groups without a grant in this database (granted in another one)
    // reads and writes nothing here.
    as(u"postgres"_s, u"GRANT danvan_writer TO la"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(as(u"la"_s, u"SELECT count(*) FROM conferences"_s, &error), u"0"_s);
    QCOMPARE(as(u"la"_s, u"UPDATE conferences SET venue = 'x' RETURNING id"_s, &error), QString());
    as(u"postgres"_s, u"REVOKE danvan_writer FROM la"_s, &error);
}

void TestServerRights::closedCampaignIsGuardedOnTheServer()
{
    QString error;
    // Huyện A may write Xã A1's conference, but not while its campaign is closed.
    as(u"huyen_a"_s, u"UPDATE conferences SET venue = 'x' WHERE id = 7"_s, &error);
    QVERIFY2(error.contains(u"danvan: closed campaign"_s), qPrintable(error));
    as(u"tinh"_s, u"DELETE FROM conferences WHERE id = 8"_s, &error);
    QVERIFY2(error.contains(u"danvan: closed campaign"_s), qPrintable(error));
    as(u"tinh"_s, u"INSERT INTO steering_groups (campaign_id, name) VALUES (2, 'x')"_s, &error);
    QVERIFY2(error.contains(u"danvan: closed campaign"_s), qPrintable(error));
    QCOMPARE(value(u"SELECT venue FROM conferences WHERE id = 7"_s), u"Đợt cũ A1"_s);
    // Reopened by the province, it can be changed again.
    as(u"tinh"_s,
       u"UPDATE campaigns SET closed = 0 WHERE id = 2;"
       "UPDATE conferences SET note = 'ghi chú' WHERE id = 8;"
       "UPDATE campaigns SET closed = 1 WHERE id = 2"_s,
       &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(value(u"SELECT note FROM conferences WHERE id = 8"_s), u"ghi chú"_s);
}

void TestServerRights::codeInForceTwiceIsRefusedOnTheServer()
{
    QString error;
    as(u"tinh"_s,
       u"INSERT INTO units (code, name, level, valid_from) "
       "VALUES ('30880', 'Xã Trùng', 'commune', '2026-01-01')"_s,
       &error);
    QVERIFY2(error.contains(u"danvan: code in force twice"_s), qPrintable(error));
    as(u"tinh"_s, u"UPDATE units SET valid_to = NULL WHERE id = 7"_s, &error);
    QVERIFY2(error.contains(u"danvan: code in force twice"_s), qPrintable(error));
    // Ending a unit earlier is always allowed.
    as(u"tinh"_s, u"UPDATE units SET valid_to = '2025-06-29' WHERE id = 7"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    as(u"tinh"_s, u"UPDATE units SET valid_to = '2025-06-30' WHERE id = 7"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestServerRights::rolesListsTheGrants()
{
    const auto roles = ServerAdmin::roles(m_admin);
    QVERIFY2(roles, qPrintable(roles.error()));
    QStringList listed;
    for (const ServerGrant &grant : *roles) {
        listed.append(u"%1 %2 %3 %4 %5"_s.arg(grant.role, grant.unitCode, grant.unitName)
                          .arg(grant.readOnly)
                          .arg(grant.canLogin));
    }
    QCOMPARE(listed,
             (QStringList{u"huyen_a 900 Huyện A 0 1"_s, u"huyen_b 901 Huyện B 0 1"_s,
                          u"tinh 91 Tỉnh Thử 0 1"_s, u"xem 91 Tỉnh Thử 1 1"_s}));
}

void TestServerRights::grantPicksTheUnitInForceToday()
{
    QString error;
    as(u"postgres"_s, u"CREATE ROLE xa_moi LOGIN"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // 30880 named Thị trấn Cũ until 30/06/2025, Xã Mới since 01/07/2025.
    auto granted = ServerAdmin::grant(m_admin, u"xa_moi"_s, u"30880"_s, false, QDate(2025, 6, 30));
    QVERIFY2(granted, qPrintable(granted.error()));
    QCOMPARE(granted->unitName, u"Thị trấn Cũ"_s);
    granted = ServerAdmin::grant(m_admin, u"XA_MOI"_s, u"30880"_s, false, QDate(2026, 1, 1));
    QVERIFY2(granted, qPrintable(granted.error()));
    QCOMPARE(granted->role, u"xa_moi"_s);
    QCOMPARE(granted->unitName, u"Xã Mới"_s);
    QCOMPARE(as(u"xa_moi"_s, u"SELECT unit_id FROM danvan_my_grant()"_s), u"8"_s);
    QVERIFY(ServerAdmin::revoke(m_admin, u"xa_moi"_s));
}

void TestServerRights::grantRefuses_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing role") << u"khong_co"_s << u"900"_s << u"CREATE ROLE"_s;
    QTest::newRow("superuser") << u"postgres"_s << u"900"_s << u"superuser"_s;
    QTest::newRow("group role") << u"danvan_writer"_s << u"900"_s << u"danvan_writer"_s;
    QTest::newRow("the owner") << u"danvan_owner"_s << u"900"_s << u"danvan_owner"_s;
    QTest::newRow("unknown code") << u"la"_s << u"12345"_s << u"12345"_s;
    QTest::newRow("empty role") << u""_s << u"900"_s << u"role"_s;
}

void TestServerRights::grantRefuses()
{
    QFETCH(QString, role);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const auto before = ServerAdmin::roles(m_admin);
    QVERIFY(before);
    const auto refused = ServerAdmin::grant(m_admin, role, code, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(expected), qPrintable(refused.error()));
    const auto after = ServerAdmin::roles(m_admin);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
}

void TestServerRights::revokeTakesEverything()
{
    QString error;
    as(u"postgres"_s, u"CREATE ROLE tam LOGIN"_s, &error);
    QVERIFY(ServerAdmin::grant(m_admin, u"tam"_s, u"900"_s, false));
    QCOMPARE(as(u"tam"_s, u"UPDATE conferences SET note = 'tạm' WHERE id = 4 RETURNING id"_s),
             u"4"_s);
    // Read-only now: the same update is refused.
    QVERIFY(ServerAdmin::grant(m_admin, u"tam"_s, u"900"_s, true));
    as(u"tam"_s, u"UPDATE conferences SET note = 'x' WHERE id = 4"_s, &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    const auto revoked = ServerAdmin::revoke(m_admin, u"tam"_s);
    QVERIFY2(revoked, qPrintable(revoked.error()));
    QVERIFY(*revoked);
    as(u"tam"_s, u"SELECT count(*) FROM conferences"_s, &error);
    QVERIFY2(error.contains(u"permission denied"_s), qPrintable(error));
    const auto again = ServerAdmin::revoke(m_admin, u"tam"_s);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!*again);
    const auto roles = ServerAdmin::roles(m_admin);
    QVERIFY(roles);
    for (const ServerGrant &grant : *roles)
        QVERIFY(grant.role != "tam"_L1);
}

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_serverrights.moc"
