#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleData.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString campaignName = u"Tổng kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2016–2020"_s;

qint64 unitId(Database &database, const QString &code)
{
    const auto unit = UnitRepository(database).byCode(code);
    if (!unit)
        qWarning("%s", qPrintable(unit.error()));
    return unit ? unit->id : -1;
}

QString codeOf(Database &database, qint64 id)
{
    const auto unit = UnitRepository(database).byId(id);
    return unit ? unit->code : QString();
}

} // namespace

/// ExampleData: the Kiên Giang 2016-2020 example, built once into a new database per test
/// function (the checks only read it).
class TestExampleData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unitCounts();
    void province();
    void districts_data();
    void districts();
    void twoBinhAn_data();
    void twoBinhAn();
    void campaign();
    void documents();
    void levelDeadlines_data();
    void levelDeadlines();
    void pilotsAndOverride();
    void effectiveDeadlines_data();
    void effectiveDeadlines();
    void conferences();

    void buildTwice();
    void failedBuildLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_campaignId = 0;
};

void TestExampleData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const auto opened =
        m_database->open(m_dir->filePath(u"example.sqlite"_s), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    const auto built = ExampleData::build(*m_database);
    QVERIFY2(built, qPrintable(built.error()));
    m_campaignId = *built;
}

void TestExampleData::cleanup()
{
    m_database.reset();
    m_dir.reset();
    m_campaignId = 0;
}

void TestExampleData::unitCounts()
{
    const auto counts = UnitRepository(*m_database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"province"_s), 1);
    QCOMPARE(counts->activeByLevel.value(u"district"_s), 15);
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
    QCOMPARE(counts->retired, 0);

    const auto all = UnitRepository(*m_database).all();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 161);
    for (const Unit &unit : *all) {
        QCOMPARE(unit.source, u"register"_s);
        QVERIFY2(unit.isActiveOn(QDate(2020, 3, 25)), qPrintable(unit.code));
    }
}

void TestExampleData::province()
{
    const auto unit = UnitRepository(*m_database).byCode(u"91"_s);
    QVERIFY2(unit, qPrintable(unit.error()));
    QCOMPARE(unit->name, u"Tỉnh Kiên Giang"_s);
    QCOMPARE(unit->kind, u"tỉnh"_s);
    QCOMPARE(unit->level, u"province"_s);
    QCOMPARE(unit->parentId, 0);
}

void TestExampleData::districts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("communes");

    // The list: 15 district-level units, 145 communes in all.
    QTest::newRow("899") << u"899"_s << u"Thành phố Rạch Giá"_s << u"thành phố"_s << 12;
    QTest::newRow("900") << u"900"_s << u"Thành phố Hà Tiên"_s << u"thành phố"_s << 7;
    QTest::newRow("902") << u"902"_s << u"Huyện Kiên Lương"_s << u"huyện"_s << 8;
    QTest::newRow("903") << u"903"_s << u"Huyện Hòn Đất"_s << u"huyện"_s << 14;
    QTest::newRow("904") << u"904"_s << u"Huyện Tân Hiệp"_s << u"huyện"_s << 11;
    QTest::newRow("905") << u"905"_s << u"Huyện Châu Thành"_s << u"huyện"_s << 10;
    QTest::newRow("906") << u"906"_s << u"Huyện Giồng Riềng"_s << u"huyện"_s << 19;
    QTest::newRow("907") << u"907"_s << u"Huyện Gò Quao"_s << u"huyện"_s << 11;
    QTest::newRow("908") << u"908"_s << u"Huyện An Biên"_s << u"huyện"_s << 9;
    QTest::newRow("909") << u"909"_s << u"Huyện An Minh"_s << u"huyện"_s << 11;
    QTest::newRow("910") << u"910"_s << u"Huyện Vĩnh Thuận"_s << u"huyện"_s << 8;
    QTest::newRow("911") << u"911"_s << u"Huyện Phú Quốc"_s << u"huyện"_s << 10;
    QTest::newRow("912") << u"912"_s << u"Huyện Kiên Hải"_s << u"huyện"_s << 4;
    QTest::newRow("913") << u"913"_s << u"Huyện U Minh Thượng"_s << u"huyện"_s << 6;
    QTest::newRow("914") << u"914"_s << u"Huyện Giang Thành"_s << u"huyện"_s << 5;
}

void TestExampleData::districts()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(int, communes);

    const auto unit = UnitRepository(*m_database).byCode(code);
    QVERIFY2(unit, qPrintable(unit.error()));
    QCOMPARE(unit->name, name);
    QCOMPARE(unit->kind, kind);
    QCOMPARE(unit->level, u"district"_s);
    QCOMPARE(codeOf(*m_database, unit->parentId), u"91"_s);

    const auto all = UnitRepository(*m_database).all();
    QVERIFY2(all, qPrintable(all.error()));
    const auto children = std::count_if(all->cbegin(), all->cend(), [&unit](const Unit &other) {
        return other.parentId == unit->id && other.level == "commune"_L1 && other.code.size() == 5;
    });
    QCOMPARE(int(children), communes);
}

void TestExampleData::twoBinhAn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("districtCode");
    QTest::addColumn<QString>("districtName");

    QTest::newRow("Kiên Lương") << u"30808"_s << u"902"_s << u"Huyện Kiên Lương"_s;
    QTest::newRow("Châu Thành") << u"30898"_s << u"905"_s << u"Huyện Châu Thành"_s;
}

void TestExampleData::twoBinhAn()
{
    QFETCH(QString, code);
    QFETCH(QString, districtCode);
    QFETCH(QString, districtName);

    UnitRepository units(*m_database);
    const auto unit = units.byCode(code);
    QVERIFY2(unit, qPrintable(unit.error()));
    QCOMPARE(unit->name, u"Xã Bình An"_s);
    QCOMPARE(unit->kind, u"xã"_s);
    QCOMPARE(unit->level, u"commune"_s);
    const auto district = units.byId(unit->parentId);
    QVERIFY2(district, qPrintable(district.error()));
    QCOMPARE(district->code, districtCode);
    QCOMPARE(district->name, districtName);
}

void TestExampleData::campaign()
{
    CampaignRepository campaigns(*m_database);
    const auto all = campaigns.all();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 1);
    const Campaign &campaign = all->first();
    QCOMPARE(campaign.id, m_campaignId);
    QCOMPARE(campaign.name, campaignName);
    QCOMPARE(campaign.phase, u"2016–2020"_s);
    QCOMPARE(campaign.rootUnitId, unitId(*m_database, u"91"_s));
    QCOMPARE(campaign.startsOn, QDate(2020, 2, 6));
    QCOMPARE(campaign.levelKeys(), (QList<QString>{u"province"_s, u"district"_s, u"commune"_s}));

    QCOMPARE(campaign.keyDates.size(), 1);
    QCOMPARE(campaign.keyDates.first().date, QDate(2020, 10, 15));
    QVERIFY2(campaign.keyDates.first().label.contains(u"15/10/1930"_s),
             qPrintable(campaign.keyDates.first().label));
}

void TestExampleData::documents()
{
    const auto campaign = CampaignRepository(*m_database).byId(m_campaignId);
    QVERIFY2(campaign, qPrintable(campaign.error()));
    const QList<CampaignDocument> &documents = campaign->documents;
    QCOMPARE(documents.size(), 3);

    QCOMPARE(documents.at(0).number, u"80-CV/TU"_s);
    QCOMPARE(documents.at(0).issuedOn, QDate(2016, 3, 11));
    QCOMPARE(documents.at(1).number, u"1029-CV/TU"_s);
    QCOMPARE(documents.at(1).issuedOn, QDate(2020, 2, 6));
    QVERIFY(documents.at(1).issuer.contains(u"Tỉnh ủy Kiên Giang"_s));
    // Châu Thành's Công văn 775: the articles give no date.
    QCOMPARE(documents.at(2).number, u"775"_s);
    QVERIFY(!documents.at(2).issuedOn.isValid());
    QVERIFY(documents.at(2).issuer.contains(u"Châu Thành"_s));
}

void TestExampleData::levelDeadlines_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("text");

    QTest::newRow("province") << u"province"_s << QDate(2020, 9, 20) << u"giữa tháng 9-2020"_s;
    QTest::newRow("district") << u"district"_s << QDate(2020, 7, 31) << u"cuối tháng 7-2020"_s;
    QTest::newRow("commune") << u"commune"_s << QDate(2020, 6, 30) << u"cuối tháng 6-2020"_s;
}

void TestExampleData::levelDeadlines()
{
    QFETCH(QString, level);
    QFETCH(QDate, last);
    QFETCH(QString, text);

    const auto campaign = CampaignRepository(*m_database).byId(m_campaignId);
    QVERIFY2(campaign, qPrintable(campaign.error()));
    const Period deadline = campaign->deadlineFor(level);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.last(), last);
    QCOMPARE(deadline.text(), text);
}

void TestExampleData::pilotsAndOverride()
{
    CampaignRepository campaigns(*m_database);
    const auto pilots = campaigns.pilots(m_campaignId);
    QVERIFY2(pilots, qPrintable(pilots.error()));
    QHash<QString, Period> pilotByCode;
    for (const Pilot &pilot : *pilots)
        pilotByCode.insert(codeOf(*m_database, pilot.unitId), pilot.deadline);
    QCOMPARE(pilotByCode.size(), 2);
    QCOMPARE(pilotByCode.value(u"907"_s).last(), QDate(2020, 6, 10));
    QCOMPARE(pilotByCode.value(u"907"_s).text(), u"đầu tháng 6-2020"_s);
    QCOMPARE(pilotByCode.value(u"30898"_s).last(), QDate(2020, 5, 31));
    QCOMPARE(pilotByCode.value(u"30898"_s).text(), u"tháng 5/2020"_s);

    const auto overrides = campaigns.overrides(m_campaignId);
    QVERIFY2(overrides, qPrintable(overrides.error()));
    QCOMPARE(overrides->size(), 1);
    const DeadlineOverride &own = overrides->first();
    QCOMPARE(codeOf(*m_database, own.unitId), u"905"_s);
    QCOMPARE(own.level, u"district"_s);
    QCOMPARE(own.deadline.last(), QDate(2020, 6, 30));
}

void TestExampleData::effectiveDeadlines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<Deadline::Source>("source");

    QTest::newRow("province") << u"91"_s << QDate(2020, 9, 20) << Deadline::Source::Campaign;
    QTest::newRow("a district") << u"902"_s << QDate(2020, 7, 31) << Deadline::Source::Campaign;
    QTest::newRow("Châu Thành, its own deadline")
        << u"905"_s << QDate(2020, 6, 30) << Deadline::Source::Override;
    QTest::newRow("Gò Quao, pilot") << u"907"_s << QDate(2020, 6, 10) << Deadline::Source::Pilot;
    QTest::newRow("a commune of Châu Thành")
        << u"30880"_s << QDate(2020, 6, 30) << Deadline::Source::Campaign;
    QTest::newRow("Bình An of Châu Thành, pilot")
        << u"30898"_s << QDate(2020, 5, 31) << Deadline::Source::Pilot;
    QTest::newRow("Bình An of Kiên Lương")
        << u"30808"_s << QDate(2020, 6, 30) << Deadline::Source::Campaign;
}

void TestExampleData::effectiveDeadlines()
{
    QFETCH(QString, code);
    QFETCH(QDate, last);
    QFETCH(Deadline::Source, source);

    const auto rules = CampaignRepository(*m_database).rules(m_campaignId);
    QVERIFY2(rules, qPrintable(rules.error()));
    const Deadline deadline = rules->effective(unitId(*m_database, code));
    QCOMPARE(deadline.last(), last);
    QCOMPARE(deadline.source, source);
}

void TestExampleData::conferences()
{
    const auto conferences = CampaignRepository(*m_database).conferences(m_campaignId);
    QVERIFY2(conferences, qPrintable(conferences.error()));
    QCOMPARE(conferences->size(), 161);

    // As of 25/03/2020 nothing is planned or held yet.
    QHash<QString, int> perLevel;
    const qint64 province = unitId(*m_database, u"91"_s);
    for (const Conference &conference : *conferences) {
        ++perLevel[conference.level];
        QVERIFY(!conference.heldOn.isValid());
        QVERIFY(!conference.scheduledOn.isValid());
        QVERIFY(!conference.reportReceivedOn.isValid());
        QCOMPARE(conference.attendees, -1);
        const auto unit = UnitRepository(*m_database).byId(conference.unitId);
        QVERIFY2(unit, qPrintable(unit.error()));
        QCOMPARE(conference.level, unit->level);
        // Each conference hangs under the one of the unit above.
        if (conference.level == "province"_L1)
            QCOMPARE(conference.parentUnitId, 0);
        else if (conference.level == "district"_L1)
            QCOMPARE(conference.parentUnitId, province);
        else
            QCOMPARE(conference.parentUnitId, unit->parentId);
    }
    QCOMPARE(perLevel.value(u"province"_s), 1);
    QCOMPARE(perLevel.value(u"district"_s), 15);
    QCOMPARE(perLevel.value(u"commune"_s), 145);
}

void TestExampleData::buildTwice()
{
    // Nothing stops a second build into the same file (the CLI refuses `init` on an
    // existing file instead). The register import matches every unit by code, so no unit
    // is duplicated and the first campaign is untouched; the campaign itself is created
    // again, as a second one over the same units.
    CampaignRepository campaigns(*m_database);
    const auto firstConferences = campaigns.conferences(m_campaignId);
    QVERIFY2(firstConferences, qPrintable(firstConferences.error()));
    const auto unitsBefore = UnitRepository(*m_database).all();
    QVERIFY2(unitsBefore, qPrintable(unitsBefore.error()));

    const auto second = ExampleData::build(*m_database);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(*second != m_campaignId);

    const auto unitsAfter = UnitRepository(*m_database).all();
    QVERIFY2(unitsAfter, qPrintable(unitsAfter.error()));
    QCOMPARE(unitsAfter->size(), unitsBefore->size());
    const auto counts = UnitRepository(*m_database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QCOMPARE(counts->activeByLevel.value(u"commune"_s), 145);
    QCOMPARE(counts->retired, 0);

    const auto all = campaigns.all();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const auto again = campaigns.conferences(m_campaignId);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->size(), firstConferences->size());
    const auto secondConferences = campaigns.conferences(*second);
    QVERIFY2(secondConferences, qPrintable(secondConferences.error()));
    QCOMPARE(secondConferences->size(), 161);
    // A unit now takes part in two campaigns, so the CLI asks which one.
    const auto ofBinhAn = campaigns.campaignsOfUnit(unitId(*m_database, u"30898"_s));
    QVERIFY2(ofBinhAn, qPrintable(ofBinhAn.error()));
    QCOMPARE(ofBinhAn->size(), 2);
}

void TestExampleData::failedBuildLeavesNothing()
{
    // A new file whose campaigns table refuses every insert: the units are imported first,
    // then creating the campaign fails, and the whole build must be rolled back.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    const auto opened =
        database.open(dir.filePath(u"broken.sqlite"_s), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened.error()));
    {
        QSqlQuery trigger(database.connection());
        QVERIFY2(trigger.exec(u"CREATE TRIGGER no_campaigns BEFORE INSERT ON campaigns "
                              "BEGIN SELECT RAISE(ABORT, 'no campaigns in this test'); END"_s),
                 qPrintable(trigger.lastError().text()));
    }
    const QString before = TestSupport::dump(database);

    const auto built = ExampleData::build(database);
    QVERIFY(!built);
    QVERIFY2(built.error().contains(u"no campaigns in this test"_s), qPrintable(built.error()));
    QCOMPARE(TestSupport::dump(database), before);
    const auto counts = UnitRepository(database).counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    QVERIFY(counts->activeByLevel.isEmpty());
    QVERIFY(!database.inTransaction());
}

QTEST_GUILESS_MAIN(TestExampleData)

#include "tst_exampledata.moc"
