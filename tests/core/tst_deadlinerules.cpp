#include "CampaignRepository.h"
#include "Database.h"
#include "DeadlineRules.h"
#include "ExampleFixture.h"
#include "Transaction.h"
#include "UnitRepository.h"

#include "TestSupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

Period period(const QString &text)
{
    const Result<Period> parsed = Period::parse(text);
    if (!parsed)
        qFatal("test phrase not readable: %s", qPrintable(parsed.error()));
    return *parsed;
}

} // namespace

/// DeadlineRules on the Kiên Giang example: effective deadlines, overrides, pilots and what
/// is refused.
class TestDeadlineRules : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exampleDeadlines_data();
    void exampleDeadlines();
    void examplePilotsAndOverrides();
    void districtTightensCommunes_data();
    void districtTightensCommunes();
    void refusedEdits_data();
    void refusedEdits();
    void refusalNamesTheSetter();
    void unitOutsideCampaignRefused();
    void pilotRefusals_data();
    void pilotRefusals();
    void pilotAccepted();
    void tightestOnPathWins();
    void equalDeadlineNamesHigherUnit();
    void ownOverrideMayBeLoosenedWithinBound();
    void levelDeadlineChange();
    void describeSource();
    void levelConflicts_data();
    void levelConflicts();

    void rulesWithoutDatabase();
    void parentCycleDoesNotHang();

private:
    Result<DeadlineRules> rules() const;
    Deadline effective(const QString &code) const;
};

void TestDeadlineRules::init()
{
    QVERIFY(openExample());
}

void TestDeadlineRules::cleanup()
{
    closeExample();
}

Result<DeadlineRules> TestDeadlineRules::rules() const
{
    return CampaignRepository(*m_database).rules(m_campaignId);
}

Deadline TestDeadlineRules::effective(const QString &code) const
{
    const Result<DeadlineRules> current = rules();
    if (!current) {
        qWarning("%s", qPrintable(current.error()));
        return {};
    }
    return current->effective(idOf(code));
}

void TestDeadlineRules::exampleDeadlines_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<Deadline::Source>("source");
    QTest::addColumn<QString>("sourceCode");
    QTest::addColumn<QString>("text");

    using S = Deadline::Source;
    QTest::newRow("province 91") << u"91"_s << QDate(2020, 9, 20) << S::Campaign << u"91"_s
                                 << u"giữa tháng 9-2020"_s;
    QTest::newRow("Rạch Giá 899") << u"899"_s << QDate(2020, 7, 31) << S::Campaign << u"91"_s
                                  << u"cuối tháng 7-2020"_s;
    QTest::newRow("Kiên Lương 902")
        << u"902"_s << QDate(2020, 7, 31) << S::Campaign << u"91"_s << u"cuối tháng 7-2020"_s;
    QTest::newRow("Châu Thành 905, its own")
        << u"905"_s << QDate(2020, 6, 30) << S::Override << u"905"_s << u"cuối tháng 6/2020"_s;
    QTest::newRow("Gò Quao 907, pilot")
        << u"907"_s << QDate(2020, 6, 10) << S::Pilot << u"907"_s << u"đầu tháng 6-2020"_s;
    QTest::newRow("Bình An 30898, pilot")
        << u"30898"_s << QDate(2020, 5, 31) << S::Pilot << u"30898"_s << u"tháng 5/2020"_s;
    QTest::newRow("Minh Lương 30880 in Châu Thành")
        << u"30880"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s << u"cuối tháng 6-2020"_s;
    QTest::newRow("the other Bình An 30808")
        << u"30808"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s << u"cuối tháng 6-2020"_s;
    QTest::newRow("a commune of the pilot district")
        << u"30952"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s << u"cuối tháng 6-2020"_s;
}

void TestDeadlineRules::exampleDeadlines()
{
    QFETCH(QString, code);
    QFETCH(QDate, last);
    QFETCH(Deadline::Source, source);
    QFETCH(QString, sourceCode);
    QFETCH(QString, text);

    const Deadline deadline = effective(code);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline.last(), last);
    QCOMPARE(deadline.source, source);
    QCOMPARE(deadline.sourceUnitId, idOf(sourceCode));
    QCOMPARE(deadline.period.text(), text);
}

void TestDeadlineRules::examplePilotsAndOverrides()
{
    const Result<DeadlineRules> current = rules();
    QVERIFY2(current.ok(), qPrintable(current.error()));
    QVERIFY(current->takesPart(idOf(u"91"_s)));
    QVERIFY(current->takesPart(idOf(u"30808"_s)));
    QVERIFY(!current->takesPart(0));
    QVERIFY(!current->takesPart(987654));

    QVERIFY(current->isPilot(idOf(u"907"_s)));
    QVERIFY(current->isPilot(idOf(u"30898"_s)));
    QVERIFY(!current->isPilot(idOf(u"905"_s)));
    QVERIFY(!current->isPilot(idOf(u"30808"_s)));
    QCOMPARE(current->pilotDeadline(idOf(u"30898"_s)).last(), QDate(2020, 5, 31));
    QVERIFY(!current->pilotDeadline(idOf(u"30808"_s)).isValid());

    // Without its pilot deadline, Bình An would have the commune level's.
    const Deadline bound = current->boundFor(idOf(u"30898"_s), u"commune"_s, true);
    QCOMPARE(bound.last(), QDate(2020, 6, 30));
    QCOMPARE(bound.source, Deadline::Source::Campaign);
    // Châu Thành's district deadline, with and without its own override.
    QCOMPARE(current->boundFor(idOf(u"905"_s), u"district"_s, true).last(), QDate(2020, 6, 30));
    QCOMPARE(current->boundFor(idOf(u"905"_s), u"district"_s, false).last(), QDate(2020, 7, 31));

    const auto overrides = CampaignRepository(*m_database).overrides(m_campaignId);
    QVERIFY(overrides.ok());
    QCOMPARE(overrides->size(), 1);
    QCOMPARE(overrides->first().unitId, idOf(u"905"_s));
    QCOMPARE(overrides->first().level, u"district"_s);
    QCOMPARE(overrides->first().deadline.text(), u"cuối tháng 6/2020"_s);
    QCOMPARE(overrides->first().deadline.kind(), Period::Kind::LastTenDays);
}

void TestDeadlineRules::districtTightensCommunes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<Deadline::Source>("source");
    QTest::addColumn<QString>("sourceCode");

    using S = Deadline::Source;
    QTest::newRow("Minh Lương, Châu Thành")
        << u"30880"_s << QDate(2020, 6, 20) << S::Override << u"905"_s;
    QTest::newRow("Mong Thọ A, Châu Thành")
        << u"30883"_s << QDate(2020, 6, 20) << S::Override << u"905"_s;
    QTest::newRow("Thạnh Lộc, Châu Thành")
        << u"30901"_s << QDate(2020, 6, 20) << S::Override << u"905"_s;
    QTest::newRow("Bình An, Châu Thành: the pilot's May stays")
        << u"30898"_s << QDate(2020, 5, 31) << S::Pilot << u"30898"_s;
    QTest::newRow("Châu Thành itself: district level untouched")
        << u"905"_s << QDate(2020, 6, 30) << S::Override << u"905"_s;
    QTest::newRow("Bình An, Kiên Lương")
        << u"30808"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s;
    QTest::newRow("a commune of Gò Quao")
        << u"30952"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s;
    QTest::newRow("a ward of Rạch Giá")
        << u"30730"_s << QDate(2020, 6, 30) << S::Campaign << u"91"_s;
}

void TestDeadlineRules::districtTightensCommunes()
{
    QFETCH(QString, code);
    QFETCH(QDate, last);
    QFETCH(Deadline::Source, source);
    QFETCH(QString, sourceCode);

    const Result<void> set = CampaignRepository(*m_database)
                                 .setOverride(m_campaignId, idOf(u"905"_s), u"commune"_s,
                                              period(u"giữa tháng 6-2020"_s));
    QVERIFY2(set.ok(), qPrintable(set.error()));

    const Deadline deadline = effective(code);
    QCOMPARE(deadline.last(), last);
    QCOMPARE(deadline.source, source);
    QCOMPARE(deadline.sourceUnitId, idOf(sourceCode));
}

void TestDeadlineRules::refusedEdits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("district looser than the commune level")
        << u"905"_s << u"commune"_s << u"cuối tháng 8-2020"_s
        << QStringList{u"30/06/2020"_s, u"31/08/2020"_s};
    QTest::newRow("commune looser than the commune level")
        << u"30880"_s << u"commune"_s << u"01/07/2020"_s
        << QStringList{u"30/06/2020"_s, u"01/07/2020"_s};
    QTest::newRow("district looser than the district level")
        << u"907"_s << u"district"_s << u"cuối tháng 8-2020"_s << QStringList{u"31/07/2020"_s};
    QTest::newRow("province looser than its level")
        << u"91"_s << u"province"_s << u"cuối tháng 9-2020"_s << QStringList{u"20/09/2020"_s};
    QTest::newRow("district setting a province deadline")
        << u"905"_s << u"province"_s << u"đầu tháng 9-2020"_s << QStringList{u"Huyện Châu Thành"_s};
    QTest::newRow("commune setting a district deadline")
        << u"30880"_s << u"district"_s << u"đầu tháng 6-2020"_s
        << QStringList{u"Thị trấn Minh Lương"_s};
    QTest::newRow("level not in the campaign")
        << u"905"_s << u"hamlet"_s << u"đầu tháng 6-2020"_s << QStringList{u"hamlet"_s};
    QTest::newRow("empty deadline") << u"905"_s << u"commune"_s << QString() << QStringList();
}

void TestDeadlineRules::refusedEdits()
{
    QFETCH(QString, code);
    QFETCH(QString, level);
    QFETCH(QString, phrase);
    QFETCH(QStringList, mentions);

    const Period deadline = phrase.isEmpty() ? Period() : period(phrase);
    const qint64 unitId = idOf(code);

    // The rules refuse it...
    const Result<DeadlineRules> current = rules();
    QVERIFY(current.ok());
    const Result<void> checked = current->checkOverride(unitId, level, deadline, [this](qint64 id) {
        return UnitRepository(*m_database).byId(id)->name;
    });
    QVERIFY(!checked.ok());

    // ...and so does the repository, leaving the file as it was.
    const QString before = TestSupport::dump(*m_database);
    const Result<void> set =
        CampaignRepository(*m_database).setOverride(m_campaignId, unitId, level, deadline);
    QVERIFY(!set.ok());
    QVERIFY(!set.error().isEmpty());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(set.error().contains(mention), qPrintable(set.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
    QVERIFY(!m_database->inTransaction());
    QCOMPARE(effective(code).last(), current->effective(unitId).last());
}

void TestDeadlineRules::refusalNamesTheSetter()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(
        campaigns
            .setOverride(m_campaignId, idOf(u"905"_s), u"commune"_s, period(u"giữa tháng 6-2020"_s))
            .ok());
    const QString before = TestSupport::dump(*m_database);

    // Earlier than the directive's 30/06, but later than Châu Thành's 20/06.
    const Result<void> set = campaigns.setOverride(m_campaignId, idOf(u"30880"_s), u"commune"_s,
                                                   period(u"25/06/2020"_s));
    QVERIFY(!set.ok());
    QVERIFY2(set.error().contains(u"Huyện Châu Thành"_s), qPrintable(set.error()));
    QVERIFY2(set.error().contains(u"20/06/2020"_s), qPrintable(set.error()));
    QVERIFY2(set.error().contains(u"25/06/2020"_s), qPrintable(set.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);

    // A commune of another district is bound by the directive only.
    QVERIFY(
        campaigns.setOverride(m_campaignId, idOf(u"30808"_s), u"commune"_s, period(u"25/06/2020"_s))
            .ok());
    QCOMPARE(effective(u"30808"_s).last(), QDate(2020, 6, 25));
}

void TestDeadlineRules::unitOutsideCampaignRefused()
{
    // A commune created after the campaign started does not take part in it.
    Unit unit;
    unit.code = u"30999"_s;
    unit.name = u"Xã Bình Minh Mới"_s;
    unit.kind = u"xã"_s;
    unit.level = u"commune"_s;
    unit.parentId = idOf(u"905"_s);
    unit.validFrom = QDate(2021, 1, 1);
    qint64 newId = 0;
    {
        Transaction transaction(*m_database);
        QVERIFY(transaction.begin().ok());
        const Result<qint64> inserted = UnitRepository(*m_database).insert(unit);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        newId = *inserted;
        QVERIFY(transaction.commit().ok());
    }

    const Result<DeadlineRules> current = rules();
    QVERIFY(current.ok());
    QVERIFY(!current->takesPart(newId));
    QVERIFY(!current->effective(newId).isValid());

    CampaignRepository campaigns(*m_database);
    const QString before = TestSupport::dump(*m_database);
    const Result<void> set =
        campaigns.setOverride(m_campaignId, newId, u"commune"_s, period(u"giữa tháng 6-2020"_s));
    QVERIFY(!set.ok());
    QVERIFY2(set.error().contains(u"Xã Bình Minh Mới"_s), qPrintable(set.error()));
    const Result<void> pilot = campaigns.setPilot(m_campaignId, newId, period(u"tháng 5/2020"_s));
    QVERIFY(!pilot.ok());
    QVERIFY2(pilot.error().contains(u"Xã Bình Minh Mới"_s), qPrintable(pilot.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestDeadlineRules::pilotRefusals_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("commune later than the commune level")
        << u"30880"_s << u"cuối tháng 7-2020"_s << QStringList{u"30/06/2020"_s};
    QTest::newRow("Châu Thành later than its own deadline")
        << u"905"_s << u"cuối tháng 7-2020"_s
        << QStringList{u"30/06/2020"_s, u"Huyện Châu Thành"_s};
    QTest::newRow("district later than the district level")
        << u"899"_s << u"tháng 8/2020"_s << QStringList{u"31/07/2020"_s};
    QTest::newRow("no deadline") << u"30880"_s << QString() << QStringList();
}

void TestDeadlineRules::pilotRefusals()
{
    QFETCH(QString, code);
    QFETCH(QString, phrase);
    QFETCH(QStringList, mentions);

    const Period deadline = phrase.isEmpty() ? Period() : period(phrase);
    const QString before = TestSupport::dump(*m_database);
    const Result<void> set =
        CampaignRepository(*m_database).setPilot(m_campaignId, idOf(code), deadline);
    QVERIFY(!set.ok());
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(set.error().contains(mention), qPrintable(set.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);
    QVERIFY(!rules()->isPilot(idOf(code)));
}

void TestDeadlineRules::pilotAccepted()
{
    CampaignRepository campaigns(*m_database);
    // As late as the bound is allowed; earlier too.
    QVERIFY(campaigns.setPilot(m_campaignId, idOf(u"30880"_s), period(u"30/06/2020"_s)).ok());
    QVERIFY(campaigns.setPilot(m_campaignId, idOf(u"30883"_s), period(u"đầu tháng 6-2020"_s)).ok());

    const Deadline same = effective(u"30880"_s);
    QCOMPARE(same.last(), QDate(2020, 6, 30));
    QVERIFY(rules()->isPilot(idOf(u"30880"_s)));
    const Deadline earlier = effective(u"30883"_s);
    QCOMPARE(earlier.last(), QDate(2020, 6, 10));
    QCOMPARE(earlier.source, Deadline::Source::Pilot);
    QCOMPARE(earlier.sourceUnitId, idOf(u"30883"_s));

    QVERIFY(campaigns.removePilot(m_campaignId, idOf(u"30883"_s)).ok());
    QVERIFY(!rules()->isPilot(idOf(u"30883"_s)));
    QCOMPARE(effective(u"30883"_s).last(), QDate(2020, 6, 30));
    QCOMPARE(effective(u"30883"_s).source, Deadline::Source::Campaign);
}

void TestDeadlineRules::tightestOnPathWins()
{
    CampaignRepository campaigns(*m_database);
    const qint64 minhLuong = idOf(u"30880"_s);

    // The commune tightens its own deadline first...
    QVERIFY(
        campaigns.setOverride(m_campaignId, minhLuong, u"commune"_s, period(u"25/06/2020"_s)).ok());
    QCOMPARE(effective(u"30880"_s).last(), QDate(2020, 6, 25));
    QCOMPARE(effective(u"30880"_s).sourceUnitId, minhLuong);

    // ...then its district tightens the whole commune level below the commune's own date.
    QVERIFY(
        campaigns
            .setOverride(m_campaignId, idOf(u"905"_s), u"commune"_s, period(u"giữa tháng 6-2020"_s))
            .ok());
    Deadline deadline = effective(u"30880"_s);
    QCOMPARE(deadline.last(), QDate(2020, 6, 20));
    QCOMPARE(deadline.source, Deadline::Source::Override);
    QCOMPARE(deadline.sourceUnitId, idOf(u"905"_s));
    QCOMPARE(rules()->boundFor(minhLuong, u"commune"_s, true).last(), QDate(2020, 6, 20));

    // ...and then the province, tighter still.
    QVERIFY(
        campaigns
            .setOverride(m_campaignId, idOf(u"91"_s), u"commune"_s, period(u"đầu tháng 6-2020"_s))
            .ok());
    deadline = effective(u"30880"_s);
    QCOMPARE(deadline.last(), QDate(2020, 6, 10));
    QCOMPARE(deadline.sourceUnitId, idOf(u"91"_s));
    QCOMPARE(effective(u"30808"_s).last(), QDate(2020, 6, 10));
    // The pilot of May is tighter than all of them.
    QCOMPARE(effective(u"30898"_s).last(), QDate(2020, 5, 31));
    QCOMPARE(effective(u"30898"_s).source, Deadline::Source::Pilot);

    // Removing the tighter ones brings back the next on the path.
    QVERIFY(campaigns.removeOverride(m_campaignId, idOf(u"91"_s), u"commune"_s).ok());
    QCOMPARE(effective(u"30880"_s).last(), QDate(2020, 6, 20));
    QVERIFY(campaigns.removeOverride(m_campaignId, idOf(u"905"_s), u"commune"_s).ok());
    QCOMPARE(effective(u"30880"_s).last(), QDate(2020, 6, 25));
    QCOMPARE(effective(u"30880"_s).sourceUnitId, minhLuong);
}

void TestDeadlineRules::equalDeadlineNamesHigherUnit()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(
        campaigns.setOverride(m_campaignId, idOf(u"91"_s), u"commune"_s, period(u"20/06/2020"_s))
            .ok());
    QVERIFY(
        campaigns
            .setOverride(m_campaignId, idOf(u"905"_s), u"commune"_s, period(u"giữa tháng 6-2020"_s))
            .ok());
    const Deadline deadline = effective(u"30880"_s);
    QCOMPARE(deadline.last(), QDate(2020, 6, 20));
    QCOMPARE(deadline.sourceUnitId, idOf(u"91"_s));
}

void TestDeadlineRules::ownOverrideMayBeLoosenedWithinBound()
{
    // Châu Thành moves its own district conference from end of June to mid-July: still
    // within the directive's July, so allowed; the stored phrase is replaced.
    CampaignRepository campaigns(*m_database);
    const Result<void> set = campaigns.setOverride(m_campaignId, idOf(u"905"_s), u"district"_s,
                                                   period(u"giữa tháng 7-2020"_s));
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const Deadline deadline = effective(u"905"_s);
    QCOMPARE(deadline.last(), QDate(2020, 7, 20));
    QCOMPARE(deadline.period.text(), u"giữa tháng 7-2020"_s);
    const auto overrides = campaigns.overrides(m_campaignId);
    QVERIFY(overrides.ok());
    QCOMPARE(overrides->size(), 1);
}

void TestDeadlineRules::levelDeadlineChange()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(campaigns.setLevelDeadline(m_campaignId, u"commune"_s, period(u"giữa tháng 6-2020"_s))
                .ok());
    QCOMPARE(effective(u"30808"_s).last(), QDate(2020, 6, 20));
    QCOMPARE(effective(u"30808"_s).source, Deadline::Source::Campaign);
    QCOMPARE(effective(u"30898"_s).last(), QDate(2020, 5, 31));

    const QString before = TestSupport::dump(*m_database);
    const Result<void> unknown =
        campaigns.setLevelDeadline(m_campaignId, u"hamlet"_s, period(u"tháng 5/2020"_s));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(u"hamlet"_s), qPrintable(unknown.error()));
    QCOMPARE(TestSupport::dump(*m_database), before);

    // A level without a deadline: only what units set binds.
    QVERIFY(campaigns.setLevelDeadline(m_campaignId, u"commune"_s, Period()).ok());
    const Deadline none = effective(u"30808"_s);
    QVERIFY(!none.isValid());
    QCOMPARE(none.source, Deadline::Source::None);
    QVERIFY(
        campaigns
            .setOverride(m_campaignId, idOf(u"902"_s), u"commune"_s, period(u"cuối tháng 8-2020"_s))
            .ok());
    QCOMPARE(effective(u"30808"_s).last(), QDate(2020, 8, 31));
}

void TestDeadlineRules::describeSource()
{
    const auto names = [this](qint64 id) {
        return UnitRepository(*m_database).byId(id)->name;
    };
    const QString override = DeadlineRules::describeSource(effective(u"905"_s), names);
    QVERIFY2(override.contains(u"Huyện Châu Thành"_s), qPrintable(override));
    const QString campaign = DeadlineRules::describeSource(effective(u"899"_s), names);
    const QString pilot = DeadlineRules::describeSource(effective(u"907"_s), names);
    const QString none = DeadlineRules::describeSource(Deadline(), names);
    const QStringList all{override, campaign, pilot, none};
    for (const QString &text : all)
        QVERIFY(!text.isEmpty());
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void TestDeadlineRules::rulesWithoutDatabase()
{
    Campaign campaign;
    campaign.id = 1;
    campaign.name = u"Thử"_s;
    campaign.rootUnitId = 1;
    campaign.levels = {{u"province"_s, period(u"giữa tháng 9-2020"_s)},
                       {u"district"_s, period(u"cuối tháng 7-2020"_s)},
                       {u"commune"_s, period(u"cuối tháng 6-2020"_s)}};
    const auto conference = [](qint64 unit, qint64 parent, const QString &level) {
        Conference c;
        c.unitId = unit;
        c.parentUnitId = parent;
        c.level = level;
        return c;
    };
    const QList<Conference> conferences{
        conference(1, 0, u"province"_s), conference(2, 1, u"district"_s),
        conference(3, 1, u"district"_s), conference(21, 2, u"commune"_s),
        conference(22, 2, u"commune"_s), conference(31, 3, u"commune"_s),
    };
    const QList<DeadlineOverride> overrides{{2, u"commune"_s, period(u"giữa tháng 6-2020"_s)}};
    const QList<Pilot> pilots{{22, period(u"tháng 5/2020"_s)}};
    const DeadlineRules rules(campaign, conferences, overrides, pilots);
    const auto names = [](qint64 id) {
        return u"unit %1"_s.arg(id);
    };

    QCOMPARE(rules.effective(1).last(), QDate(2020, 9, 20));
    QCOMPARE(rules.effective(2).last(), QDate(2020, 7, 31));
    QCOMPARE(rules.effective(21).last(), QDate(2020, 6, 20));
    QCOMPARE(rules.effective(21).sourceUnitId, qint64(2));
    QCOMPARE(rules.effective(22).last(), QDate(2020, 5, 31));
    QCOMPARE(rules.effective(31).last(), QDate(2020, 6, 30));
    QVERIFY(!rules.effective(99).isValid());

    QVERIFY(rules.checkOverride(21, u"commune"_s, period(u"20/06/2020"_s), names).ok());
    const Result<void> looser =
        rules.checkOverride(21, u"commune"_s, period(u"21/06/2020"_s), names);
    QVERIFY(!looser.ok());
    QVERIFY2(looser.error().contains(u"unit 2"_s), qPrintable(looser.error()));
    QVERIFY(!rules.checkOverride(99, u"commune"_s, period(u"01/06/2020"_s), names).ok());
    QVERIFY(!rules.checkPilot(31, period(u"01/07/2020"_s), names).ok());
    QVERIFY(rules.checkPilot(31, period(u"30/06/2020"_s), names).ok());
}

void TestDeadlineRules::parentCycleDoesNotHang()
{
    Campaign campaign;
    campaign.id = 1;
    campaign.name = u"Thử"_s;
    campaign.levels = {{u"district"_s, period(u"cuối tháng 7-2020"_s)},
                       {u"commune"_s, period(u"cuối tháng 6-2020"_s)}};
    Conference a;
    a.unitId = 1;
    a.parentUnitId = 2;
    a.level = u"commune"_s;
    Conference b;
    b.unitId = 2;
    b.parentUnitId = 1;
    b.level = u"commune"_s;
    const QList<DeadlineOverride> overrides{{2, u"commune"_s, period(u"20/06/2020"_s)}};
    const DeadlineRules rules(campaign, {a, b}, overrides, {});
    QCOMPARE(rules.effective(1).last(), QDate(2020, 6, 20));
    QCOMPARE(rules.effective(2).last(), QDate(2020, 6, 20));
}

void TestDeadlineRules::levelConflicts_data()
{
    QTest::addColumn<QStringList>("deadlines"); // province, district, commune; empty: none
    QTest::addColumn<QStringList>("expected"); // "level>above" per warning, top first

    QTest::newRow("the directive's")
        << QStringList{u"giữa tháng 9-2020"_s, u"cuối tháng 7-2020"_s, u"cuối tháng 6-2020"_s}
        << QStringList();
    QTest::newRow("communes after districts")
        << QStringList{u"giữa tháng 9-2020"_s, u"cuối tháng 7-2020"_s, u"cuối tháng 8-2020"_s}
        << QStringList{u"commune>district"_s};
    QTest::newRow("the same day is no conflict")
        << QStringList{u"giữa tháng 9-2020"_s, u"cuối tháng 7-2020"_s, u"31/07/2020"_s}
        << QStringList();
    QTest::newRow("past a level without a deadline")
        << QStringList{u"giữa tháng 9-2020"_s, QString(), u"cuối tháng 9-2020"_s}
        << QStringList{u"commune>province"_s};
    // Each level against the earliest deadline above it.
    QTest::newRow("districts after the province, communes between")
        << QStringList{u"giữa tháng 9-2020"_s, u"cuối tháng 10-2020"_s, u"cuối tháng 9-2020"_s}
        << QStringList{u"district>province"_s, u"commune>province"_s};
}

void TestDeadlineRules::levelConflicts()
{
    QFETCH(QStringList, deadlines);
    QFETCH(QStringList, expected);

    Campaign campaign;
    const QStringList keys{u"province"_s, u"district"_s, u"commune"_s};
    for (int i = 0; i < keys.size(); ++i)
        campaign.levels.append(
            {keys.at(i), deadlines.at(i).isEmpty() ? Period() : period(deadlines.at(i))});
    QStringList found;
    for (const auto &conflict : DeadlineRules::levelConflicts(campaign))
        found.append(conflict.level + u'>' + conflict.above);
    QCOMPARE(found, expected);

    if (!expected.isEmpty()) {
        const auto conflict = DeadlineRules::levelConflicts(campaign).first();
        const QString text = DeadlineRules::describeConflict(
            conflict, [](const QString &key) { return u"<%1>"_s.arg(key); });
        QVERIFY2(text.contains(u"<%1>"_s.arg(conflict.level)), qPrintable(text));
        QVERIFY2(text.contains(u"<%1>"_s.arg(conflict.above)), qPrintable(text));
        QVERIFY2(text.contains(conflict.deadline.last().toString(u"dd/MM/yyyy"_s)),
                 qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestDeadlineRules)

#include "tst_deadlinerules.moc"
