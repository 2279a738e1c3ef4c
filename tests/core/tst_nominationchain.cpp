#include "CampaignRepository.h"
#include "CampaignSpec.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "ExemplarRepository.h"
#include "NominationChain.h"
#include "ReportBuilder.h"
#include "TestSupport.h"
#include "UnitRepository.h"

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
/// register's rules on who holds an exemplar and the exemplars report all follow it.
class TestNominationChain : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void goesUpTheCampaignsOwnLevels_data();
    void goesUpTheCampaignsOwnLevels();
    void unitsOffTheChainCannotNominate();

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

QTEST_GUILESS_MAIN(TestNominationChain)
#include "tst_nominationchain.moc"
