#include "CampaignRepository.h"
#include "CampaignSpec.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "ExemplarRepository.h"
#include "NominationChain.h"
#include "ReportBuilder.h"
#include "RewardRepository.h"
#include "TestSupport.h"
#include "UnitRepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// In the Kiên Giang example: the province, the district of Châu Thành and its commune
// Bình An.
const QString provinceCode = u"91"_s;
const QString districtCode = u"905"_s;
const QString communeCode = u"30898"_s;

const QString national = u"national"_s;

} // namespace

/// A nomination goes up one level at a time, following the campaign's own levels: three
/// levels (commune → district → province → national), two levels since 07/2025 (commune →
/// province → national), and a district office's own campaign, whose district sends on to
/// the province above it (commune → district → province → national). The repository, the
/// register's rules on who holds an exemplar and the exemplars report all follow it. A
/// unit's panel reads only the unit's part of the register, which is exactly the rows of
/// the whole register that concern the unit.
class TestNominationChain : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void goesUpTheCampaignsOwnLevels_data();
    void goesUpTheCampaignsOwnLevels();
    void unitsOffTheChainCannotNominate();
    void aUnitsPartOfTheRegister();

private:
    QString codeOf(qint64 unitId) const;
    /// The example's campaign for an empty description; otherwise a new one made from it.
    qint64 campaignFrom(const QByteArray &json);
};

void TestNominationChain::init()
{
    QVERIFY(openExample());
}

void TestNominationChain::cleanup()
{
    closeExample();
}

QString TestNominationChain::codeOf(qint64 id) const
{
    if (id == 0)
        return national;
    const auto unit = UnitRepository(*m_database).byId(id);
    return unit ? unit->code : u"?"_s;
}

qint64 TestNominationChain::campaignFrom(const QByteArray &json)
{
    if (json.isEmpty()) {
        const auto campaigns = CampaignRepository(*m_database).all();
        return campaigns && !campaigns->isEmpty() ? campaigns->first().id : 0;
    }
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

void TestNominationChain::goesUpTheCampaignsOwnLevels_data()
{
    QTest::addColumn<QByteArray>("campaign");
    QTest::addColumn<QStringList>("path");

    QTest::newRow("three levels, 2016–2020")
        << QByteArray() << QStringList{districtCode, provinceCode, national};
    QTest::newRow("two levels, since 07/2025")
        << QByteArray(R"({"name": "Tổng kết giai đoạn 2021–2025", "root": "91",
                          "starts_on": "2025-08-01",
                          "levels": [{"level": "province"}, {"level": "commune"}]})")
        << QStringList{provinceCode, national};
    QTest::newRow("a district office's own campaign")
        << QByteArray(R"({"name": "Tổng kết của huyện Châu Thành", "root": "905",
                          "starts_on": "2020-02-06",
                          "levels": [{"level": "district"}, {"level": "commune"}]})")
        << QStringList{districtCode, provinceCode, national};
}

void TestNominationChain::goesUpTheCampaignsOwnLevels()
{
    QFETCH(QByteArray, campaign);
    QFETCH(QStringList, path);
    const qint64 campaignId = campaignFrom(campaign);
    QVERIFY(campaignId > 0);

    // What the commune's conference commended, put forward by each holder in turn and
    // selected by each level it reaches.
    ExemplarRepository repository(*m_database);
    Exemplar exemplar;
    exemplar.campaignId = campaignId;
    exemplar.unitId = TestSupport::unitIdOf(*m_database, communeCode);
    exemplar.recognisedBy = exemplar.unitId;
    exemplar.name = u"Mô hình “Dân vận khéo” xây dựng cầu giao thông nông thôn"_s;
    const auto saved = repository.save(exemplar);
    QVERIFY2(saved, qPrintable(saved.error()));
    exemplar.id = *saved;

    QStringList went;
    qint64 from = exemplar.unitId;
    for (int step = 0; step < 5; ++step) {
        const auto nominated = repository.nominate(exemplar.id, from);
        QVERIFY2(nominated, qPrintable(nominated.error()));
        went.append(codeOf(nominated->toUnitId));
        QVERIFY(repository.setNominationStatus(nominated->id, Nomination::Status::Selected, {}));
        if (nominated->toUnitId == 0)
            break;
        from = nominated->toUnitId;
    }
    QCOMPARE(went, path);

    // The chain itself says the same, unit by unit.
    const auto chain = NominationChain::load(*m_database, campaignId);
    QVERIFY2(chain, qPrintable(chain.error()));
    QString unit = communeCode;
    for (const QString &next : path) {
        const auto target = chain->targetOf(TestSupport::unitIdOf(*m_database, unit));
        QVERIFY2(target, qPrintable(unit));
        QCOMPARE(codeOf(*target), next);
        unit = next;
    }

    // Who holds it now and how far it went: the last unit before the national level.
    const auto steps = repository.nominations(campaignId);
    QVERIFY2(steps, qPrintable(steps.error()));
    QCOMPARE(steps->size(), path.size());
    QCOMPARE(codeOf(NominationChain::holderOf(exemplar, *steps)), path.at(path.size() - 2));
    const auto furthest = NominationChain::furthest(*steps);
    QVERIFY(furthest);
    QCOMPARE(furthest->toUnitId, 0);

    // The exemplars report says where it went last.
    const auto report = ReportBuilder::build(ReportBuilder::Kind::Exemplars, *m_database,
                                             campaignId, QDate(2025, 12, 31));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->parts.first().rowCount, 1);
    QCOMPARE(report->parts.first().row(0).cells.at(8).toString(),
             ReportBuilder::tr("to %1: %2")
                 .arg(ReportBuilder::tr("the national level"),
                      Nomination::statusName(Nomination::Status::Selected).toLower()));
}

void TestNominationChain::unitsOffTheChainCannotNominate()
{
    // In the district office's campaign: a commune of another district takes no part and is
    // not on the chain; the province above the district is, and sends to the national level.
    const qint64 campaignId = campaignFrom(
        R"({"name": "Tổng kết của huyện Châu Thành", "root": "905", "starts_on": "2020-02-06",
            "levels": [{"level": "district"}, {"level": "commune"}]})");
    QVERIFY(campaignId > 0);
    const auto chain = NominationChain::load(*m_database, campaignId);
    QVERIFY2(chain, qPrintable(chain.error()));
    QCOMPARE(chain->targetOf(TestSupport::unitIdOf(*m_database, provinceCode)),
             std::optional<qint64>(0));
    QCOMPARE(chain->unitAboveRoot(), TestSupport::unitIdOf(*m_database, provinceCode));

    const auto units = UnitRepository(*m_database).all();
    QVERIFY(units);
    const qint64 district = TestSupport::unitIdOf(*m_database, districtCode);
    qint64 elsewhere = 0;
    for (const Unit &unit : *units) {
        if (unit.level == u"commune"_s && unit.parentId != district) {
            elsewhere = unit.id;
            break;
        }
    }
    QVERIFY(elsewhere > 0);
    QVERIFY(!chain->targetOf(elsewhere));

    Exemplar exemplar;
    exemplar.campaignId = campaignId;
    exemplar.unitId = elsewhere;
    exemplar.name = u"Điển hình ở huyện khác"_s;
    ExemplarRepository repository(*m_database);
    const auto saved = repository.save(exemplar);
    QVERIFY2(saved, qPrintable(saved.error()));
    const auto refused = repository.nominate(*saved, elsewhere);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(
                 CampaignRepository::tr("%1 does not take part in campaign number %2.")
                     .arg(UnitRepository(*m_database).byId(elsewhere)->name)
                     .arg(campaignId)),
             qPrintable(refused.error()));
}

void TestNominationChain::aUnitsPartOfTheRegister()
{
    const qint64 campaignId = campaignFrom({});
    QVERIFY(campaignId > 0);
    const qint64 province = TestSupport::unitIdOf(*m_database, provinceCode);
    const qint64 district = TestSupport::unitIdOf(*m_database, districtCode);
    const qint64 commune = TestSupport::unitIdOf(*m_database, communeCode);
    // Another commune of the same district, and another district of the province.
    const auto units = UnitRepository(*m_database).all();
    QVERIFY(units);
    qint64 neighbour = 0;
    qint64 otherDistrict = 0;
    for (const Unit &unit : *units) {
        if (!neighbour && unit.parentId == district && unit.id != commune)
            neighbour = unit.id;
        if (!otherDistrict && unit.parentId == province && unit.id != district)
            otherDistrict = unit.id;
    }
    QVERIFY(neighbour > 0 && otherDistrict > 0);

    ExemplarRepository repository(*m_database);
    const auto add = [&](const QString &name, qint64 unitId) {
        Exemplar exemplar;
        exemplar.campaignId = campaignId;
        exemplar.unitId = unitId;
        exemplar.recognisedBy = unitId;
        exemplar.name = name;
        const auto saved = repository.save(exemplar);
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        exemplar.id = saved ? *saved : 0;
        return exemplar;
    };
    // The commune's model goes up to the province; its neighbour's waits at the district;
    // the district's own stays there; another district's has nothing to do with them.
    const Exemplar bridge = add(u"Mô hình “Dân vận khéo” xây cầu"_s, commune);
    const Exemplar road = add(u"Mô hình làm đường giao thông nông thôn"_s, neighbour);
    const Exemplar own = add(u"Nguyễn Văn Ân"_s, district);
    const Exemplar elsewhere = add(u"Trần Thị Đào"_s, otherDistrict);
    // And one the commune put forward before its entry was changed to the neighbour's
    // conference: the commune's nomination stays in the commune's part.
    Exemplar moved = add(u"Lê Văn Dũng"_s, commune);
    QVERIFY(bridge.id && road.id && own.id && elsewhere.id && moved.id);
    const auto first = repository.nominate(bridge.id, commune);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(repository.setNominationStatus(first->id, Nomination::Status::Selected, {}));
    QVERIFY(repository.nominate(bridge.id, district));
    QVERIFY(repository.nominate(road.id, neighbour));
    QVERIFY(repository.nominate(moved.id, commune));
    moved.unitId = neighbour;
    moved.recognisedBy = neighbour;
    QVERIFY(repository.save(moved));

    const auto names = [](const QList<Exemplar> &exemplars) {
        QStringList list;
        for (const Exemplar &exemplar : exemplars)
            list.append(exemplar.name);
        list.sort();
        return list;
    };
    const auto read = [&](qint64 unitId) {
        const auto exemplars = repository.exemplarsOfUnit(campaignId, unitId);
        if (!exemplars)
            qWarning("%s", qPrintable(exemplars.error()));
        return exemplars ? names(*exemplars) : QStringList{u"(failed)"_s};
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(read(commune), sorted({bridge.name, moved.name}));
    QCOMPARE(read(neighbour), sorted({road.name, moved.name}));
    QCOMPARE(read(district), sorted({moved.name, bridge.name, road.name, own.name}));
    QCOMPARE(read(province), QStringList{bridge.name});
    QCOMPARE(read(otherDistrict), QStringList{elsewhere.name});

    // Exactly the rows of the whole register that concern the unit, for every unit with a
    // row: commended there, or put forward from or to it, with every step of these.
    const auto all = repository.exemplars(campaignId);
    const auto steps = repository.nominations(campaignId);
    QVERIFY(all && steps);
    for (qint64 unitId : {province, district, commune, neighbour, otherDistrict}) {
        QSet<qint64> concerned;
        for (const Exemplar &exemplar : *all) {
            if (exemplar.recognisedBy == unitId)
                concerned.insert(exemplar.id);
        }
        for (const Nomination &step : *steps) {
            if (step.fromUnitId == unitId || step.toUnitId == unitId)
                concerned.insert(step.exemplarId);
        }
        QList<qint64> expectedExemplars;
        for (const Exemplar &exemplar : *all) {
            if (concerned.contains(exemplar.id))
                expectedExemplars.append(exemplar.id);
        }
        QList<qint64> expectedSteps;
        for (const Nomination &step : *steps) {
            if (concerned.contains(step.exemplarId))
                expectedSteps.append(step.id);
        }
        const auto exemplars = repository.exemplarsOfUnit(campaignId, unitId);
        const auto nominations = repository.nominationsOfUnit(campaignId, unitId);
        QVERIFY2(exemplars, qPrintable(exemplars.error()));
        QVERIFY2(nominations, qPrintable(nominations.error()));
        QList<qint64> exemplarIds;
        for (const Exemplar &exemplar : *exemplars)
            exemplarIds.append(exemplar.id);
        QList<qint64> stepIds;
        for (const Nomination &step : *nominations)
            stepIds.append(step.id);
        QCOMPARE(exemplarIds, expectedExemplars);
        QCOMPARE(stepIds, expectedSteps);
    }
    // Another campaign's rows are not the unit's in this one.
    const qint64 other = campaignFrom(
        R"({"name": "Tổng kết giai đoạn 2021–2025", "root": "91", "starts_on": "2025-08-01",
            "levels": [{"level": "province"}, {"level": "commune"}]})");
    QVERIFY(other > 0);
    const auto none = repository.exemplarsOfUnit(other, district);
    QVERIFY(none && none->isEmpty());

    // The rewards given at one unit's conference, and none of another's.
    RewardRepository rewards(*m_database);
    const auto forms =
        CatalogueRepository(*m_database, CatalogueRepository::Catalogue::RewardForms).entries();
    QVERIFY(forms && !forms->isEmpty());
    for (qint64 unitId : {district, district, otherDistrict}) {
        Reward reward;
        reward.campaignId = campaignId;
        reward.unitId = unitId;
        reward.formId = forms->first().id;
        reward.decisionNumber = u"%1-QĐ/HU"_s.arg(unitId);
        reward.recipients = {{0, Exemplar::Kind::Collective, u"Ấp Phước Lộc"_s, commune, 0}};
        const auto saved = rewards.save(reward);
        QVERIFY2(saved, qPrintable(saved.error()));
    }
    const auto ofDistrict = rewards.rewardsOfUnit(campaignId, district);
    QVERIFY2(ofDistrict, qPrintable(ofDistrict.error()));
    QCOMPARE(ofDistrict->size(), 2);
    for (const Reward &reward : *ofDistrict) {
        QCOMPARE(reward.unitId, district);
        QCOMPARE(reward.recipients.size(), 1);
        QCOMPARE(reward.recipients.first().name, u"Ấp Phước Lộc"_s);
    }
    QCOMPARE(rewards.rewardsOfUnit(campaignId, province)->size(), 0);
    QCOMPARE(rewards.rewardsOfUnit(other, district)->size(), 0);
}

QTEST_GUILESS_MAIN(TestNominationChain)
#include "tst_nominationchain.moc"
