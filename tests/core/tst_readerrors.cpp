#include "CampaignRepository.h"
#include "CampaignSummary.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "ExemplarRepository.h"
#include "RewardRepository.h"
#include "SteeringRepository.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// How many values the cut function has given since the last read began.
int valuesGiven = 0;

// cut_after_first(x): x the first time, then an error, as a disk that fails half-way
// through a list would give: the query has returned rows when it stops.
void cutAfterFirst(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (++valuesGiven > 1) {
        sqlite3_result_error(context, "read cut short", -1);
        return;
    }
    sqlite3_result_value(context, arguments[0]);
}

bool exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// Puts a view in the place of `table` that reads `column` through cut_after_first(), so
// that every query of the table fails once it has given one value of that column.
bool cutColumn(Database &database, const QString &table, const QString &column)
{
    QSqlQuery info(database.connection());
    if (!info.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        return false;
    QStringList columns;
    while (info.next()) {
        const QString name = info.value(1).toString();
        columns.append(name == column ? u"cut_after_first(%1) AS %1"_s.arg(name) : name);
    }
    info.finish();
    if (!columns.contains(u"cut_after_first(%1) AS %1"_s.arg(column)))
        return false;
    return exec(database, u"ALTER TABLE %1 RENAME TO %1_stored"_s.arg(table))
        && exec(database,
                u"CREATE VIEW %1 AS SELECT %2 FROM %1_stored"_s.arg(table, columns.join(u", "_s)));
}

using Read = std::function<Result<void>(Database &, qint64 campaignId)>;

template<typename T>
Result<void> done(const Result<T> &result)
{
    if (!result)
        return Failure{result.error()};
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Read)

/// A read that fails half-way through its rows is a failure, never a shorter list taken
/// for the whole: every list the repositories read through Query and the office's settings.
class TestReadErrors : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listCutShortFails_data();
    void listCutShortFails();
};

void TestReadErrors::init()
{
    QVERIFY(openExample());

    const QVariant handle = m_database->connection().driver()->handle();
    QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    // Innocuous, so that the view may call it although danvan does not trust the schema.
    QCOMPARE(sqlite3_create_function_v2(connection, "cut_after_first", 1,
                                        SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, cutAfterFirst,
                                        nullptr, nullptr, nullptr),
             SQLITE_OK);

    // Two rows at least in every table read below: the example has some, these add the rest
    // (an exemplar with two reward recipients, two rewards, two steering groups with two
    // members each and two units assigned, a second key date, a second own deadline).
    const QStringList rows{
        u"INSERT INTO campaign_dates (campaign_id, on_date, label) SELECT id, '2020-09-15', "
        "'Hội nghị cấp tỉnh' FROM campaigns"_s,
        u"INSERT INTO deadline_overrides SELECT campaign_id, unit_id, 'commune', 'day', NULL, "
        "'2020-06-20', '20/06/2020' FROM conferences WHERE level = 'district' ORDER BY unit_id "
        "DESC LIMIT 1"_s,
        u"INSERT INTO exemplars (id, campaign_id, unit_id, kind, name) SELECT 1, campaign_id, "
        "unit_id, 'collective', 'Mô hình dân vận khéo' FROM conferences LIMIT 1"_s,
        u"INSERT INTO rewards (id, campaign_id, unit_id, form_id, decision_date, issuer) SELECT "
        "1, campaign_id, unit_id, 1, '2020-06-01', 'Huyện ủy' FROM conferences WHERE level = "
        "'district' LIMIT 1"_s,
        u"INSERT INTO rewards (id, campaign_id, unit_id, form_id, decision_date, issuer) SELECT "
        "2, campaign_id, unit_id, 2, '2020-06-02', 'Tỉnh ủy' FROM conferences WHERE level = "
        "'province'"_s,
        u"INSERT INTO reward_recipients (reward_id, kind, name, exemplar_id, position) VALUES "
        "(1, 'collective', 'Ấp Vĩnh Lạc', 1, 1), (1, 'individual', 'Nguyễn Văn A', 1, 2)"_s,
        u"INSERT INTO steering_groups (id, campaign_id, name, position) SELECT n, id, 'Tổ ' || n, "
        "n FROM campaigns, (SELECT 1 AS n UNION SELECT 2)"_s,
        u"INSERT INTO steering_members (group_id, name, position) VALUES (1, 'Trần Văn B', 1), "
        "(1, 'Lê Thị C', 2)"_s,
        u"INSERT INTO steering_assignments (campaign_id, unit_id, group_id) SELECT campaign_id, "
        "unit_id, 1 FROM conferences WHERE level = 'commune' LIMIT 2"_s,
        u"INSERT INTO settings (key, value) VALUES ('due_soon_days', '10')"_s,
    };
    for (const QString &sql : rows)
        QVERIFY(exec(*m_database, sql));
}

void TestReadErrors::cleanup()
{
    closeExample();
}

void TestReadErrors::listCutShortFails_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Read>("read");

    const Read campaign = [](Database &database, qint64 id) {
        return done(CampaignRepository(database).byId(id));
    };
    QTest::newRow("campaign levels") << u"campaign_levels"_s << u"deadline_text"_s << campaign;
    QTest::newRow("campaign documents") << u"campaign_documents"_s << u"title"_s << campaign;
    QTest::newRow("campaign key dates") << u"campaign_dates"_s << u"label"_s << campaign;
    QTest::newRow("own deadlines")
        << u"deadline_overrides"_s << u"deadline_text"_s << Read([](Database &database, qint64 id) {
               return done(CampaignRepository(database).overrides(id));
           });
    QTest::newRow("pilots") << u"pilots"_s << u"deadline_text"_s
                            << Read([](Database &database, qint64 id) {
                                   return done(CampaignRepository(database).pilots(id));
                               });
    QTest::newRow("rewards") << u"rewards"_s << u"issuer"_s
                             << Read([](Database &database, qint64 id) {
                                    return done(RewardRepository(database).rewards(id));
                                });
    QTest::newRow("reward recipients")
        << u"reward_recipients"_s << u"name"_s << Read([](Database &database, qint64 id) {
               return done(RewardRepository(database).rewards(id));
           });
    QTest::newRow("rewards of a removed exemplar")
        << u"reward_recipients"_s << u"id"_s << Read([](Database &database, qint64) {
               // Removed and put back: what the removal reads is what is tested.
               Transaction putBack(database);
               if (auto begun = putBack.begin(); !begun)
                   return begun;
               return done(ExemplarRepository(database).remove(1));
           });
    QTest::newRow("steering groups")
        << u"steering_groups"_s << u"name"_s << Read([](Database &database, qint64 id) {
               return done(SteeringRepository(database).groups(id));
           });
    QTest::newRow("steering members")
        << u"steering_members"_s << u"name"_s << Read([](Database &database, qint64 id) {
               return done(SteeringRepository(database).groups(id));
           });
    QTest::newRow("steering assignments")
        << u"steering_assignments"_s << u"group_id"_s << Read([](Database &database, qint64 id) {
               return done(SteeringRepository(database).assignments(id));
           });
    QTest::newRow("fields of activity")
        << u"fields"_s << u"name"_s << Read([](Database &database, qint64) {
               return done(
                   CatalogueRepository(database, CatalogueRepository::Catalogue::Fields).entries());
           });
    QTest::newRow("levels") << u"levels"_s << u"name_en"_s << Read([](Database &database, qint64) {
        return done(UnitRepository(database).levels());
    });
    // The office's settings: a read error is not the default value.
    QTest::newRow("office settings")
        << u"settings"_s << u"value"_s << Read([](Database &database, qint64 id) {
               return done(CampaignSummary::build(database, id, QDate(2020, 6, 22)));
           });
}

void TestReadErrors::listCutShortFails()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(Read, read);

    const auto before = read(*m_database, m_campaignId);
    QVERIFY2(before, qPrintable(before.error()));

    QVERIFY(cutColumn(*m_database, table, column));
    valuesGiven = 0;
    const auto after = read(*m_database, m_campaignId);
    QVERIFY2(!after, "a list cut short was read as the whole list");
    QVERIFY2(after.error().contains(u"read cut short"_s), qPrintable(after.error()));
    QVERIFY2(after.error().contains(QDir::toNativeSeparators(m_database->filePath())),
             qPrintable(after.error()));
}

QTEST_GUILESS_MAIN(TestReadErrors)
#include "tst_readerrors.moc"
