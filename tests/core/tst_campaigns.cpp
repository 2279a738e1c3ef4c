#include "CampaignRepository.h"
#include "CampaignSpec.h"
#include "CampaignSummary.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "Query.h"
#include "SteeringRepository.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "UnitImporter.h"
#include "UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// Campaigns of one's own: created from a description (a province's, a district office's,
/// a two-level one), carried over to the next phase, units left out and added, renamed,
/// closed and deleted, and every refusal leaving the file as it was.
class TestCampaigns : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void provinceCampaign();
    void partyCommitteeCountsAsDistrictLevel();
    void districtOfficeCampaign();
    void twoLevelCampaign();
    void nextPhaseFromTheExample();
    void nextPhaseTakesUnitsAsTheyAreAtItsStart();
    void refusals_data();
    void refusals();
    void leftOutUnitsStayOutAfterAnImport();
    void addAndRemoveParticipants();
    void removingAUnitWithResultsIsRefused();
    void closedCampaignIsReadOnly();
    void deleteAndRestoreGiveTheSameFile();
    void exportedDescriptionCreatesTheSameCampaign();
    void shiftedPhrases_data();
    void shiftedPhrases();

private:
    qint64 createFrom(const QByteArray &json);
    QByteArray exampleJson() const;
    QStringList participantCodes(qint64 campaignId) const;
};

namespace {

// A description with only what is required, over the example's units.
QByteArray describe(const QString &root, const QString &levels, const QString &extra = {})
{
    return u"{\"name\": \"Tổng kết\", \"phase\": \"2016–2020\", \"root\": \"%1\", "
           "\"starts_on\": \"2020-02-06\", \"levels\": [%2]%3}"_s.arg(root, levels, extra)
               .toUtf8();
}

QJsonObject campaignSummary(Database &database, qint64 campaignId)
{
    const auto json = CampaignSummary::build(database, campaignId, QDate(2020, 6, 30));
    if (!json)
        qWarning("%s", qPrintable(json.error()));
    return json ? json->value("campaigns"_L1).toArray().first().toObject() : QJsonObject();
}

} // namespace

void TestCampaigns::init()
{
    QVERIFY(openExample());
}

void TestCampaigns::cleanup()
{
    closeExample();
}

qint64 TestCampaigns::createFrom(const QByteArray &json)
{
    const auto spec = CampaignSpec::fromJson(json, u"campaign.json"_s);
    if (!spec) {
        qWarning("%s", qPrintable(spec.error()));
        return 0;
    }
    const auto id = spec->create(*m_database);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id ? *id : 0;
}

QByteArray TestCampaigns::exampleJson() const
{
    QFile file(u":/example/kiengiang-2016-2020.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestCampaigns::participantCodes(qint64 campaignId) const
{
    QStringList codes;
    const auto conferences = CampaignRepository(*m_database).conferences(campaignId);
    for (const Conference &conference : conferences.value())
        codes.append(UnitRepository(*m_database).byId(conference.unitId)->code);
    codes.sort();
    return codes;
}

void TestCampaigns::provinceCampaign()
{
    const qint64 id = createFrom(
        describe(u"91"_s,
                 u"{\"level\": \"province\", \"deadline\": \"giữa tháng 9-2020\"}, {\"level\": "
                 "\"district\", \"deadline\": \"cuối tháng 7-2020\"}, {\"level\": \"commune\", "
                 "\"deadline\": \"cuối tháng 6-2020\"}"_s));
    QVERIFY(id > 1);
    const QJsonObject summary = campaignSummary(*m_database, id);
    QCOMPARE(summary.value("root_code"_L1).toString(), u"91"_s);
    QCOMPARE(summary.value("conferences"_L1).toObject().value("total"_L1).toInt(), 161);
    const auto conference = CampaignRepository(*m_database).conference(id, idOf(u"30898"_s));
    QVERIFY(conference);
    QCOMPARE(conference->parentUnitId, idOf(u"905"_s));
    QCOMPARE(CampaignRepository(*m_database).conference(id, idOf(u"905"_s))->parentUnitId,
             idOf(u"91"_s));
}

void TestCampaigns::partyCommitteeCountsAsDistrictLevel()
{
    UnitImporter importer(*m_database);
    QVERIFY(importer.importFile(TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)));
    const qint64 id = createFrom(describe(
        u"91"_s,
        u"{\"level\": \"province\"}, {\"level\": \"district\"}, {\"level\": \"commune\"}"_s));
    QVERIFY(id > 0);
    const auto committee = CampaignRepository(*m_database).conference(id, idOf(u"91-DBKCQ"_s));
    QVERIFY2(committee, qPrintable(committee.error()));
    QCOMPARE(committee->level, u"district"_s);
    QCOMPARE(committee->parentUnitId, idOf(u"91"_s));
    QCOMPARE(CampaignRepository(*m_database).conference(id, idOf(u"91-DBKCQ-VPTU"_s))->parentUnitId,
             idOf(u"91-DBKCQ"_s));
}

void TestCampaigns::districtOfficeCampaign()
{
    // Châu Thành's own plan (Công văn 775): the district and its communes, Bình An the
    // commune pilot in May, the district conference by the end of June.
    const qint64 id = createFrom(
        describe(u"905"_s,
                 u"{\"level\": \"district\", \"deadline\": \"cuối tháng 6/2020\"}, {\"level\": "
                 "\"commune\", \"deadline\": \"cuối tháng 6-2020\"}"_s,
                 u", \"pilots\": [{\"unit\": \"30898\", \"deadline\": \"tháng 5/2020\"}]"_s));
    QVERIFY(id > 0);
    QCOMPARE(participantCodes(id).size(), 11);
    QVERIFY(participantCodes(id).contains(u"905"_s));
    QVERIFY(!participantCodes(id).contains(u"91"_s));
    QVERIFY(!participantCodes(id).contains(u"907"_s));
    CampaignRepository campaigns(*m_database);
    QCOMPARE(campaigns.conference(id, idOf(u"905"_s))->parentUnitId, 0);
    QCOMPARE(campaigns.conference(id, idOf(u"30898"_s))->parentUnitId, idOf(u"905"_s));
    const auto rules = campaigns.rules(id);
    QVERIFY(rules);
    QCOMPARE(rules->effective(idOf(u"30898"_s)).last(), QDate(2020, 5, 31));
    QCOMPARE(rules->effective(idOf(u"30898"_s)).source, Deadline::Source::Pilot);
    QCOMPARE(rules->effective(idOf(u"905"_s)).last(), QDate(2020, 6, 30));
    QCOMPARE(rules->effective(idOf(u"30880"_s)).last(), QDate(2020, 6, 30));

    const QJsonObject summary = campaignSummary(*m_database, id);
    QCOMPARE(summary.value("levels"_L1).toArray(), QJsonArray({u"district"_s, u"commune"_s}));
    QCOMPARE(summary.value("root_code"_L1).toString(), u"905"_s);
}

void TestCampaigns::twoLevelCampaign()
{
    // A new file with the structure since 07/2025: communes directly under the province.
    Database database;
    QVERIFY(database.open(m_dir->filePath(u"two-levels.sqlite"_s),
                          Database::OpenMode::CreateIfMissing));
    UnitImporter importer(database);
    importer.setEffectiveDate(QDate(2025, 7, 1));
    QVERIFY(importer.importFile(TestSupport::dataPath(u"register-kg-two-levels.csv"_s)));
    auto spec = CampaignSpec::fromJson(
        u"{\"name\": \"Tổng kết 2021–2025\", \"root\": \"91\", \"starts_on\": \"2025-08-01\", "
        "\"levels\": [{\"level\": \"province\", \"deadline\": \"giữa tháng 10-2025\"}, "
        "{\"level\": \"commune\", \"deadline\": \"cuối tháng 9-2025\"}]}"_s.toUtf8(),
        u"two-levels.json"_s);
    QVERIFY2(spec, qPrintable(spec.error()));
    const auto id = spec->create(database);
    QVERIFY2(id, qPrintable(id.error()));
    const auto conferences = CampaignRepository(database).conferences(*id);
    QVERIFY(conferences);
    QCOMPARE(conferences->size(), 6); // the province and its five communes
    const qint64 province = UnitRepository(database).byCode(u"91"_s)->id;
    for (const Conference &conference : *conferences) {
        if (conference.unitId != province) {
            QCOMPARE(conference.level, u"commune"_s);
            QCOMPARE(conference.parentUnitId, province);
        }
    }
}

void TestCampaigns::nextPhaseFromTheExample()
{
    // A steering group to carry over, following a district and a commune.
    SteeringGroup group;
    group.campaignId = 1;
    group.name = u"Tổ chỉ đạo số 1"_s;
    group.members = {{0, u"Lê Thị C"_s, u"Phó Trưởng Ban"_s, u"0912 345 678"_s}};
    group.unitIds = {idOf(u"905"_s), idOf(u"30898"_s)};
    QVERIFY(SteeringRepository(*m_database).save(group));

    const auto source = CampaignSpec::fromDatabase(*m_database, 1);
    QVERIFY2(source, qPrintable(source.error()));
    const auto units = UnitRepository(*m_database).all();
    const auto next =
        source->nextPhase(u"Tổng kết 2021–2025"_s, u"2021–2025"_s, QDate(2025, 2, 10), 5, *units);
    QVERIFY2(next, qPrintable(next.error()));
    QCOMPARE(next->campaign.levels.size(), 3);
    QCOMPARE(next->campaign.levels.at(0).deadline.text(), u"giữa tháng 9-2025"_s);
    QCOMPARE(next->campaign.levels.at(1).deadline.last(), QDate(2025, 7, 31));
    QCOMPARE(next->campaign.levels.at(2).deadline.text(), u"cuối tháng 6-2025"_s);
    QVERIFY(next->pilots.isEmpty());
    QVERIFY(next->overrides.isEmpty());
    QCOMPARE(next->campaign.documents.size(), 3);
    QVERIFY(next->campaign.keyDates.isEmpty());

    const auto id = next->create(*m_database);
    QVERIFY2(id, qPrintable(id.error()));
    const auto created = CampaignRepository(*m_database).byId(*id);
    QCOMPARE(created->name, u"Tổng kết 2021–2025"_s);
    QCOMPARE(created->rootUnitId, idOf(u"91"_s));
    QCOMPARE(participantCodes(*id), participantCodes(1));
    const auto groups = SteeringRepository(*m_database).groups(*id);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().members.first().name, u"Lê Thị C"_s);
    QCOMPARE(groups->first().unitIds.size(), 2);
    // The first campaign is as it was.
    QCOMPARE(CampaignRepository(*m_database).pilots(1)->size(), 2);
}

void TestCampaigns::nextPhaseTakesUnitsAsTheyAreAtItsStart()
{
    // Xã Bình An (Châu Thành) merged away in 2024; a new commune since 2023.
    Unit binhAn = *UnitRepository(*m_database).byId(idOf(u"30898"_s));
    binhAn.validTo = QDate(2024, 12, 31);
    QVERIFY(UnitRepository(*m_database).update(binhAn));
    Unit created;
    created.code = u"30999"_s;
    created.name = u"Xã Tân Mới"_s;
    created.kind = u"xã"_s;
    created.level = u"commune"_s;
    created.parentId = idOf(u"905"_s);
    created.validFrom = QDate(2023, 1, 1);
    {
        Transaction transaction(*m_database);
        QVERIFY(transaction.begin());
        QVERIFY(UnitRepository(*m_database).insert(created));
        QVERIFY(transaction.commit());
    }
    SteeringGroup group;
    group.campaignId = 1;
    group.name = u"Tổ 1"_s;
    group.unitIds = {idOf(u"30898"_s), idOf(u"30880"_s)};
    QVERIFY(SteeringRepository(*m_database).save(group));

    const auto source = CampaignSpec::fromDatabase(*m_database, 1);
    QVERIFY2(source, qPrintable(source.error()));
    const auto next = source->nextPhase(u"2021–2025"_s, QString(), QDate(2025, 2, 10), 5,
                                        UnitRepository(*m_database).all().value());
    QVERIFY(next);
    QCOMPARE(next->steeringGroups.first().unitCodes, QStringList{u"30880"_s});
    const auto id = next->create(*m_database);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(!participantCodes(*id).contains(u"30898"_s));
    QVERIFY(participantCodes(*id).contains(u"30999"_s));
    QVERIFY(participantCodes(1).contains(u"30898"_s));
    QVERIFY(!participantCodes(1).contains(u"30999"_s));
}

void TestCampaigns::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QString levels3 = u"{\"level\": \"province\", \"deadline\": \"giữa tháng 9-2020\"}, "
                            "{\"level\": \"district\", \"deadline\": \"cuối tháng 7-2020\"}, "
                            "{\"level\": \"commune\", \"deadline\": \"cuối tháng 6-2020\"}"_s;
    QTest::newRow("unknown field")
        << describe(u"91"_s, levels3, u", \"deadlines\": []"_s) << u"campaign.json: deadlines: "_s;
    QTest::newRow("unknown field in a level")
        << describe(u"91"_s, u"{\"level\": \"province\", \"dealine\": \"x\"}"_s)
        << u"levels[0].dealine"_s;
    QTest::newRow("bad phrase") << describe(
        u"91"_s, u"{\"level\": \"province\", \"deadline\": \"cuối tháng 13-2020\"}"_s)
                                << u"levels[0].deadline"_s;
    QTest::newRow("unknown level")
        << describe(u"91"_s, u"{\"level\": \"huyện\"}"_s) << u"levels[0].level"_s;
    QTest::newRow("unknown unit") << describe(u"99"_s, levels3) << u"root: "_s;
    QTest::newRow("unknown pilot")
        << describe(u"91"_s, levels3,
                    u", \"pilots\": [{\"unit\": \"99999\", \"deadline\": \"tháng 5/2020\"}]"_s)
        << u"pilots[0].unit: "_s;
    QTest::newRow("looser pilot") << describe(
        u"91"_s, levels3,
        u", \"pilots\": [{\"unit\": \"30898\", \"deadline\": \"tháng 7/2020\"}]"_s)
                                  << u"pilots[0].deadline: "_s;
    QTest::newRow("looser own deadline")
        << describe(u"91"_s, levels3,
                    u", \"overrides\": [{\"unit\": \"905\", \"level\": \"commune\", "
                    "\"deadline\": \"tháng 8/2020\"}]"_s)
        << u"overrides[0].deadline: "_s;
    QTest::newRow("date") << QByteArray(R"({"name": "x", "root": "91", "starts_on": "06/02/2020",
                                          "levels": [{"level": "province"}]})")
                          << u"starts_on: "_s;
    QTest::newRow("missing name") << QByteArray(R"({"root": "91", "starts_on": "2020-02-06",
                                                  "levels": [{"level": "province"}]})")
                                  << u"name: "_s;
    QTest::newRow("root below the first level")
        << describe(u"905"_s, levels3) << u"Huyện Châu Thành"_s;
    QTest::newRow("levels out of order")
        << describe(u"91"_s,
                    u"{\"level\": \"province\"}, {\"level\": \"commune\"}, "
                    "{\"level\": \"district\"}"_s)
        << u"campaign.json"_s;
    QTest::newRow("root left out")
        << describe(u"91"_s, levels3, u", \"exclude\": [\"91\"]"_s) << u"exclude[0]: "_s;
    QTest::newRow("steering unit not taking part")
        << describe(u"905"_s, u"{\"level\": \"district\"}, {\"level\": \"commune\"}"_s,
                    u", \"steering_groups\": [{\"name\": \"Tổ 1\", \"units\": [\"30898\", "
                    "\"30808\"]}]"_s)
        << u"steering_groups[0].units[1]: "_s;
    QTest::newRow("office key") << describe(u"91"_s, levels3,
                                            u", \"office\": {\"doc_sign\": \"x\"}"_s)
                                << u"office.doc_sign"_s;
}

void TestCampaigns::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString before = TestSupport::dump(*m_database);
    const auto spec = CampaignSpec::fromJson(json, u"campaign.json"_s);
    Result<qint64> created =
        spec ? spec->create(*m_database) : Result<qint64>(Failure{spec.error()});
    QVERIFY(!created);
    QVERIFY2(created.error().contains(expected), qPrintable(created.error()));
    QVERIFY2(created.error().startsWith(u"campaign.json"_s), qPrintable(created.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestCampaigns::leftOutUnitsStayOutAfterAnImport()
{
    const qint64 id = createFrom(describe(
        u"91"_s,
        u"{\"level\": \"province\"}, {\"level\": \"district\"}, {\"level\": \"commune\"}"_s,
        u", \"exclude\": [\"30898\", \"907\"]"_s));
    QVERIFY(id > 0);
    QVERIFY(!participantCodes(id).contains(u"30898"_s));
    QVERIFY(!participantCodes(id).contains(u"907"_s));
    // The communes of the district left out belong to the province's conference.
    const auto below907 = CampaignRepository(*m_database).conferences(id);
    int attachedToProvince = 0;
    for (const Conference &conference : *below907) {
        if (conference.level == "commune"_L1 && conference.parentUnitId == idOf(u"91"_s))
            ++attachedToProvince;
    }
    QVERIFY(attachedToProvince > 0);
    QCOMPARE(participantCodes(id).size(), 159);

    UnitImporter importer(*m_database);
    QVERIFY(importer.importFile(TestSupport::dataPath(u"hierarchy-kg-party.csv"_s)));
    QVERIFY(!participantCodes(id).contains(u"30898"_s));
    QVERIFY(!participantCodes(id).contains(u"907"_s));
    QVERIFY(participantCodes(id).contains(u"91-DBKCQ"_s));
}

void TestCampaigns::addAndRemoveParticipants()
{
    CampaignRepository campaigns(*m_database);
    const QString before = TestSupport::dump(*m_database);
    // Leaving Châu Thành out attaches its communes to the province; its own deadline goes
    // with it, and comes back with the undo.
    const auto removed = campaigns.removeParticipant(1, idOf(u"905"_s));
    QVERIFY2(removed, qPrintable(removed.error()));
    QCOMPARE(removed->rowCount(u"deadline_overrides"_s), 1);
    QCOMPARE(campaigns.conference(1, idOf(u"30898"_s))->parentUnitId, idOf(u"91"_s));
    QVERIFY(campaigns.exclusions(1)->contains(idOf(u"905"_s)));
    QVERIFY(campaigns.restoreParticipant(1, idOf(u"905"_s), *removed));
    QCOMPARE(TestSupport::dump(*m_database), before);

    // Added again by hand after being left out: the communes come back under it.
    QVERIFY(campaigns.removeParticipant(1, idOf(u"905"_s)));
    QVERIFY(campaigns.addParticipant(1, idOf(u"905"_s)));
    QCOMPARE(campaigns.conference(1, idOf(u"30898"_s))->parentUnitId, idOf(u"905"_s));
    QVERIFY(!campaigns.exclusions(1)->contains(idOf(u"905"_s)));

    // Twice is refused; so is the root, and a unit of a level that does not take part.
    QVERIFY(!campaigns.addParticipant(1, idOf(u"905"_s)));
    const auto root = campaigns.removeParticipant(1, idOf(u"91"_s));
    QVERIFY(!root);
    QVERIFY2(root.error().contains(u"Tỉnh Kiên Giang"_s), qPrintable(root.error()));
}

void TestCampaigns::removingAUnitWithResultsIsRefused()
{
    CampaignRepository campaigns(*m_database);
    Conference conference = *campaigns.conference(1, idOf(u"30880"_s));
    conference.venue = u"Hội trường"_s;
    QVERIFY(campaigns.saveConference(conference));
    const QString before = TestSupport::dump(*m_database);
    const auto removed = campaigns.removeParticipant(1, idOf(u"30880"_s));
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"results"_s) || removed.error().contains(u"kết quả"_s),
             qPrintable(removed.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestCampaigns::closedCampaignIsReadOnly()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(campaigns.setClosed(1, true));
    QVERIFY(campaigns.byId(1)->closed);
    const QString before = TestSupport::dump(*m_database);

    Conference conference = *campaigns.conference(1, idOf(u"30880"_s));
    conference.attendees = 80;
    const auto saved = campaigns.saveConference(conference);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"closed"_s) || saved.error().contains(u"đóng"_s),
             qPrintable(saved.error()));
    QVERIFY(!campaigns.setPilot(1, idOf(u"30880"_s), Period::day(QDate(2020, 5, 1))));
    QVERIFY(!campaigns.setLevelDeadline(1, u"commune"_s, Period::day(QDate(2020, 6, 1))));
    SteeringGroup group;
    group.campaignId = 1;
    group.name = u"Tổ 1"_s;
    QVERIFY(!SteeringRepository(*m_database).save(group));
    QVERIFY(!campaigns.removeParticipant(1, idOf(u"30880"_s)));
    QCOMPARE(TestSupport::dump(*m_database), before);
    // Still read in full.
    QCOMPARE(campaignSummary(*m_database, 1).value("conferences"_L1).toObject().value("total"_L1),
             161);

    QVERIFY(campaigns.setClosed(1, false));
    QVERIFY(campaigns.saveConference(conference));
}

void TestCampaigns::deleteAndRestoreGiveTheSameFile()
{
    CampaignRepository campaigns(*m_database);
    SteeringGroup group;
    group.campaignId = 1;
    group.name = u"Tổ 1"_s;
    group.members = {{0, u"Lê Thị C"_s, QString(), QString()}};
    group.unitIds = {idOf(u"905"_s)};
    QVERIFY(SteeringRepository(*m_database).save(group));
    Conference conference = *campaigns.conference(1, idOf(u"30898"_s));
    conference.heldOn = QDate(2020, 5, 20);
    QVERIFY(campaigns.saveConference(conference));
    QVERIFY(campaigns.setClosed(1, true));
    const QString before = TestSupport::dump(*m_database);

    const auto contents = campaigns.contents(1);
    QVERIFY(contents);
    QCOMPARE(contents->conferences, 161);
    QCOMPARE(contents->conferencesWithResults, 1);
    QCOMPARE(contents->steeringGroups, 1);
    QCOMPARE(contents->documents, 3);

    const auto removed = campaigns.remove(1);
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(campaigns.all()->isEmpty());
    Query count(*m_database, u"SELECT count(*) FROM conferences"_s);
    QVERIFY(count.execSingle());
    QCOMPARE(count.integer(0), 0);
    count.finish();
    const auto restored = campaigns.restore(*removed, 1, true);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestCampaigns::exportedDescriptionCreatesTheSameCampaign()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(campaigns.removeParticipant(1, idOf(u"30808"_s)));
    SteeringGroup group;
    group.campaignId = 1;
    group.name = u"Tổ 1"_s;
    group.unitIds = {idOf(u"905"_s)};
    QVERIFY(SteeringRepository(*m_database).save(group));
    const auto spec = CampaignSpec::fromDatabase(*m_database, 1);
    QVERIFY2(spec, qPrintable(spec.error()));
    const QByteArray json = spec->toJson();

    Database other;
    QVERIFY(other.open(m_dir->filePath(u"other.sqlite"_s), Database::OpenMode::CreateIfMissing));
    QFile units(u":/example/kiengiang-2020-register.csv"_s);
    QVERIFY(units.open(QIODevice::ReadOnly));
    QVERIFY(UnitImporter(other).import(&units, u"register.csv"_s));
    const auto read = CampaignSpec::fromJson(json, u"exported.json"_s);
    QVERIFY2(read, qPrintable(read.error()));
    const auto id = read->create(other);
    QVERIFY2(id, qPrintable(id.error()));

    QJsonObject expected = campaignSummary(*m_database, 1);
    QJsonObject actual = campaignSummary(other, *id);
    expected.remove(u"id"_s);
    actual.remove(u"id"_s);
    QCOMPARE(actual, expected);
    QCOMPARE(CampaignSpec::fromDatabase(other, *id)->toJson(), json);
}

void TestCampaigns::shiftedPhrases_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("years");
    QTest::addColumn<QString>("shifted");
    QTest::addColumn<QDate>("last");
    QTest::newRow("end of month") << u"cuối tháng 6-2020"_s << 5 << u"cuối tháng 6-2025"_s
                                  << QDate(2025, 6, 30);
    QTest::newRow("quarter") << u"quý II/2020"_s << 5 << u"quý II/2025"_s << QDate(2025, 6, 30);
    QTest::newRow("before a day") << u"trước ngày 15/10/2020"_s << 5 << u"trước ngày 15/10/2025"_s
                                  << QDate(2025, 10, 14);
    QTest::newRow("leap day") << u"29/02/2020"_s << 4 << u"29/02/2024"_s << QDate(2024, 2, 29);
    QTest::newRow("month") << u"tháng 5 năm 2020"_s << 1 << u"tháng 5 năm 2021"_s
                           << QDate(2021, 5, 31);
}

void TestCampaigns::shiftedPhrases()
{
    QFETCH(QString, phrase);
    QFETCH(int, years);
    QFETCH(QString, shifted);
    QFETCH(QDate, last);
    const auto period = Period::parse(phrase, 2020);
    QVERIFY(period);
    const auto moved = period->shiftedByYears(years);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->text(), shifted);
    QCOMPARE(moved->last(), last);
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
