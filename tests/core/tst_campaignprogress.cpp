#include "CampaignProgress.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "Schedule.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The ten grassroots units of Châu Thành (905) in the example; 30898 is Xã Bình An, the
// pilot due by 31/05/2020.
const QStringList chauThanhCommunes{
    u"30880"_s, u"30883"_s, u"30886"_s, u"30887"_s, u"30889"_s,
    u"30892"_s, u"30893"_s, u"30895"_s, u"30898"_s, u"30901"_s,
};

// The example's fifteen district-level units.
const QStringList districtCodes{
    u"899"_s, u"900"_s, u"902"_s, u"903"_s, u"904"_s, u"905"_s, u"906"_s, u"907"_s,
    u"908"_s, u"909"_s, u"910"_s, u"911"_s, u"912"_s, u"913"_s, u"914"_s,
};

/// Conferences to record before a case: unit code → held date (and report date).
struct Holding
{
    QString code;
    QDate heldOn;
    QDate reportOn = {};
};
using Holdings = QList<Holding>;

/// Expected totals of one level: total, held, report received, due soon, overdue.
using Totals = QList<int>;

} // namespace

Q_DECLARE_METATYPE(Holdings)

/// CampaignProgress: the dashboard's and the progress report's summary of a schedule, on the
/// Kiên Giang example (deadlines: communes 30/06/2020, districts 31/07/2020 with Châu Thành
/// 30/06, province 20/09/2020; pilots Gò Quao 907 by 10/06 and Xã Bình An 30898 by 31/05).
class TestCampaignProgress : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void districtRows();
    void districtCounts_data();
    void districtCounts();
    void levelTotals_data();
    void levelTotals();
    void overdueList_data();
    void overdueList();
    void overdueHeldLateLast();
    void upcomingList_data();
    void upcomingList();
    void orderWarnings();
    void twoLevelCampaign();

private:
    bool record(const Holdings &holdings);
    /// The schedule of `campaignId` (the example's by default), evaluated as of `asOf`.
    std::unique_ptr<Schedule> schedule(QDate asOf, qint64 campaignId = 0) const;
};

void TestCampaignProgress::init()
{
    QVERIFY(openExample());
}

void TestCampaignProgress::cleanup()
{
    closeExample();
}

bool TestCampaignProgress::record(const Holdings &holdings)
{
    CampaignRepository campaigns(*m_database);
    for (const Holding &holding : holdings) {
        auto conference = campaigns.conference(m_campaignId, idOf(holding.code));
        if (!conference) {
            qWarning("%s", qPrintable(conference.error()));
            return false;
        }
        conference.value().heldOn = holding.heldOn;
        conference.value().reportReceivedOn = holding.reportOn;
        if (auto saved = campaigns.saveConference(*conference); !saved) {
            qWarning("%s", qPrintable(saved.error()));
            return false;
        }
    }
    return true;
}

std::unique_ptr<Schedule> TestCampaignProgress::schedule(QDate asOf, qint64 campaignId) const
{
    const auto units = UnitRepository(*m_database).all();
    if (!units) {
        qWarning("%s", qPrintable(units.error()));
        return nullptr;
    }
    auto loaded =
        Schedule::load(*m_database, UnitTree(*units), campaignId ? campaignId : m_campaignId);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error()));
        return nullptr;
    }
    auto result = std::make_unique<Schedule>(std::move(loaded.value()));
    result->evaluate(asOf, 7);
    return result;
}

void TestCampaignProgress::districtRows()
{
    const auto loaded = schedule(QDate(2020, 3, 25));
    QVERIFY(loaded);
    const CampaignProgress report(*loaded);
    QCOMPARE(report.asOf(), QDate(2020, 3, 25));
    QCOMPARE(report.upcomingDays(), CampaignProgress::DefaultUpcomingDays);
    QCOMPARE(report.districtLevel(), u"district"_s);

    const QList<CampaignProgress::District> &districts = report.districts();
    QCOMPARE(districts.size(), 15);
    QStringList codes;
    int communes = 0;
    for (int i = 0; i < districts.size(); ++i) {
        const CampaignProgress::District &district = districts.at(i);
        codes.append(district.code);
        communes += district.below;
        // Tree order, each entry pointing at its own schedule row.
        if (i > 0)
            QVERIFY(districts.at(i - 1).scheduleRow < district.scheduleRow);
        const ScheduleRow &row = loaded->rows().at(district.scheduleRow);
        QCOMPARE(row.conference.unitId, district.unitId);
        QCOMPARE(row.conference.level, u"district"_s);
        QCOMPARE(report.districtOfUnit(district.unitId), i);
        QCOMPARE(district.belowHeld, 0);
        QCOMPARE(district.belowOverdue, 0);
        QVERIFY(!district.heldOn.isValid());
    }
    QCOMPARE(districts.first().name, u"Huyện An Biên"_s);
    QCOMPARE(districts.last().name, u"Thành phố Rạch Giá"_s);
    QStringList sortedCodes = codes;
    sortedCodes.sort();
    QCOMPARE(sortedCodes, districtCodes);
    QCOMPARE(communes, 145);
    QCOMPARE(report.districtOfUnit(idOf(u"91"_s)), -1);
    QCOMPARE(report.districtOfUnit(idOf(u"30898"_s)), -1);

    const CampaignProgress::District &chauThanh =
        districts.at(report.districtOfUnit(idOf(u"905"_s)));
    QCOMPARE(chauThanh.code, u"905"_s);
    QCOMPARE(chauThanh.name, u"Huyện Châu Thành"_s);
    QCOMPARE(chauThanh.below, 10);
    QCOMPARE(chauThanh.deadline.last(), QDate(2020, 6, 30));
    QCOMPARE(chauThanh.stage, Conference::Stage::NotScheduled);
    QCOMPARE(chauThanh.timeliness, Timeliness::OnTime);
    QCOMPARE(districts.at(report.districtOfUnit(idOf(u"907"_s))).deadline.last(),
             QDate(2020, 6, 10));
    QCOMPARE(districts.at(report.districtOfUnit(idOf(u"899"_s))).deadline.last(),
             QDate(2020, 7, 31));
}

void TestCampaignProgress::districtCounts_data()
{
    QTest::addColumn<Holdings>("holdings");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("held");
    QTest::addColumn<int>("overdue");
    QTest::addColumn<Conference::Stage>("stage");
    QTest::addColumn<Timeliness>("timeliness");
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<bool>("orderWarning");

    using S = Conference::Stage;
    using T = Timeliness;
    const QDate none;
    const Holdings three{{u"30880"_s, QDate(2020, 6, 10)},
                         {u"30883"_s, QDate(2020, 6, 10)},
                         {u"30898"_s, QDate(2020, 5, 20), QDate(2020, 5, 25)}};
    Holdings threeAndLate = three;
    threeAndLate.append({u"30886"_s, QDate(2020, 7, 5)});
    Holdings allAndDistrict;
    for (const QString &code : chauThanhCommunes)
        allAndDistrict.append({code, code == u"30898"_s ? QDate(2020, 5, 20) : QDate(2020, 6, 20)});
    allAndDistrict.append({u"905"_s, QDate(2020, 6, 28), QDate(2020, 6, 29)});

    QTest::newRow("nothing held") << Holdings{} << QDate(2020, 3, 25) << 0 << 0 << S::NotScheduled
                                  << T::OnTime << none << false;
    QTest::newRow("three held, seen before")
        << three << QDate(2020, 6, 9) << 1 << 0 << S::NotScheduled << T::OnTime << none << false;
    QTest::newRow("three held") << three << QDate(2020, 6, 20) << 3 << 0 << S::NotScheduled
                                << T::OnTime << none << false;
    QTest::newRow("deadline day") << three << QDate(2020, 6, 30) << 3 << 0 << S::NotScheduled
                                  << T::DueSoon << none << false;
    QTest::newRow("July 1st") << three << QDate(2020, 7, 1) << 3 << 7 << S::NotScheduled
                              << T::Overdue << none << false;
    QTest::newRow("one held late") << threeAndLate << QDate(2020, 7, 10) << 4 << 7
                                   << S::NotScheduled << T::Overdue << none << false;
    // Xã Bình An, not held, is past its pilot deadline of 31/05.
    QTest::newRow("district before its communes")
        << Holdings{{u"30880"_s, QDate(2020, 6, 10)}, {u"905"_s, QDate(2020, 6, 15)}}
        << QDate(2020, 6, 20) << 1 << 1 << S::Held << T::OnTime << QDate(2020, 6, 15) << true;
    QTest::newRow("all, then the district")
        << allAndDistrict << QDate(2020, 7, 1) << 10 << 0 << S::ReportReceived << T::OnTime
        << QDate(2020, 6, 28) << false;
}

void TestCampaignProgress::districtCounts()
{
    QFETCH(Holdings, holdings);
    QFETCH(QDate, asOf);
    QFETCH(int, held);
    QFETCH(int, overdue);
    QFETCH(Conference::Stage, stage);
    QFETCH(Timeliness, timeliness);
    QFETCH(QDate, heldOn);
    QFETCH(bool, orderWarning);

    QVERIFY(record(holdings));
    const auto loaded = schedule(asOf);
    QVERIFY(loaded);
    const CampaignProgress report(*loaded);
    QCOMPARE(report.districts().size(), 15);
    const int index = report.districtOfUnit(idOf(u"905"_s));
    QVERIFY(index >= 0);
    const CampaignProgress::District &chauThanh = report.districts().at(index);
    QCOMPARE(chauThanh.below, 10);
    QCOMPARE(chauThanh.belowHeld, held);
    QCOMPARE(chauThanh.belowOverdue, overdue);
    QCOMPARE(chauThanh.stage, stage);
    QCOMPARE(chauThanh.timeliness, timeliness);
    QCOMPARE(chauThanh.heldOn, heldOn);
    QCOMPARE(chauThanh.orderWarning, orderWarning);

    // Only Châu Thành's communes were touched: the others count nothing held.
    for (const CampaignProgress::District &district : report.districts()) {
        if (district.unitId != chauThanh.unitId)
            QCOMPARE(district.belowHeld, 0);
    }
}

void TestCampaignProgress::levelTotals_data()
{
    QTest::addColumn<Holdings>("holdings");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Totals>("province");
    QTest::addColumn<Totals>("district");
    QTest::addColumn<Totals>("commune");

    // total, held, report received, due soon (7 days), overdue
    QTest::newRow("nothing held, March")
        << Holdings{} << QDate(2020, 3, 25) << Totals{1, 0, 0, 0, 0} << Totals{15, 0, 0, 0, 0}
        << Totals{145, 0, 0, 0, 0};
    // Bình An (31/05) and Gò Quao (10/06) overdue; Châu Thành and the communes due 30/06.
    QTest::newRow("nothing held, late June")
        << Holdings{} << QDate(2020, 6, 25) << Totals{1, 0, 0, 0, 0} << Totals{15, 0, 0, 1, 1}
        << Totals{145, 0, 0, 144, 1};
    QTest::newRow("pilots held on time")
        << Holdings{{u"30898"_s, QDate(2020, 5, 20), QDate(2020, 5, 25)},
                    {u"907"_s, QDate(2020, 6, 8)}}
        << QDate(2020, 6, 25) << Totals{1, 0, 0, 0, 0} << Totals{15, 1, 0, 1, 0}
        << Totals{145, 1, 1, 144, 0};
    QTest::newRow("held late counts held and overdue")
        << Holdings{{u"30880"_s, QDate(2020, 7, 2), QDate(2020, 7, 3)}} << QDate(2020, 7, 5)
        << Totals{1, 0, 0, 0, 0} << Totals{15, 0, 0, 0, 2} << Totals{145, 1, 1, 0, 145};
    // 10/06 is Gò Quao's deadline day: due soon.
    QTest::newRow("report not yet received on the day")
        << Holdings{{u"30880"_s, QDate(2020, 6, 2), QDate(2020, 6, 12)}} << QDate(2020, 6, 10)
        << Totals{1, 0, 0, 0, 0} << Totals{15, 0, 0, 1, 0} << Totals{145, 1, 0, 0, 1};
}

void TestCampaignProgress::levelTotals()
{
    QFETCH(Holdings, holdings);
    QFETCH(QDate, asOf);
    QFETCH(Totals, province);
    QFETCH(Totals, district);
    QFETCH(Totals, commune);

    QVERIFY(record(holdings));
    const auto loaded = schedule(asOf);
    QVERIFY(loaded);
    const CampaignProgress report(*loaded);
    const QList<CampaignProgress::LevelTotals> &levels = report.levelTotals();
    QCOMPARE(levels.size(), 3);
    const QList<std::pair<QString, Totals>> expected{
        {u"province"_s, province}, {u"district"_s, district}, {u"commune"_s, commune}};
    for (int i = 0; i < levels.size(); ++i) {
        const CampaignProgress::LevelTotals &totals = levels.at(i);
        QCOMPARE(totals.level.key, expected.at(i).first);
        QCOMPARE(totals.level.rank, i + 1);
        const Totals actual{totals.total, totals.held, totals.reportReceived, totals.dueSoon,
                            totals.overdue};
        QCOMPARE(actual, expected.at(i).second);
    }
}

void TestCampaignProgress::overdueList_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("firstCodes");
    QTest::addColumn<QList<int>>("firstDays");

    QTest::newRow("March") << QDate(2020, 3, 25) << 0 << QStringList{} << QList<int>{};
    QTest::newRow("Bình An's deadline day")
        << QDate(2020, 5, 31) << 0 << QStringList{} << QList<int>{};
    QTest::newRow("June 1st") << QDate(2020, 6, 1) << 1 << QStringList{u"30898"_s} << QList<int>{1};
    QTest::newRow("after Gò Quao's")
        << QDate(2020, 6, 11) << 2 << QStringList{u"30898"_s, u"907"_s} << QList<int>{11, 1};
    // Then the 144 other communes and Châu Thành, a day late, in tree order: Châu Thành's
    // row comes before its communes'.
    QTest::newRow("July 1st") << QDate(2020, 7, 1) << 147 << QStringList{u"30898"_s, u"907"_s}
                              << QList<int>{31, 21};
}

void TestCampaignProgress::overdueList()
{
    QFETCH(QDate, asOf);
    QFETCH(int, count);
    QFETCH(QStringList, firstCodes);
    QFETCH(QList<int>, firstDays);

    const auto loaded = schedule(asOf);
    QVERIFY(loaded);
    const CampaignProgress report(*loaded);
    const QList<CampaignProgress::OverdueEntry> &overdue = report.overdue();
    QCOMPARE(overdue.size(), count);
    for (int i = 0; i < firstCodes.size(); ++i) {
        QCOMPARE(overdue.at(i).code, firstCodes.at(i));
        QCOMPARE(overdue.at(i).daysOverdue, firstDays.at(i));
    }
    for (int i = 0; i < overdue.size(); ++i) {
        const CampaignProgress::OverdueEntry &entry = overdue.at(i);
        const ScheduleRow &row = loaded->rows().at(entry.scheduleRow);
        QCOMPARE(row.conference.unitId, entry.unitId);
        QCOMPARE(row.unitLabel, entry.label);
        QCOMPARE(row.conference.level, entry.level);
        QCOMPARE(entry.deadline, row.deadline.last());
        QCOMPARE(entry.daysOverdue, int(entry.deadline.daysTo(asOf)));
        QVERIFY(!entry.heldLate);
        if (i == 0)
            continue;
        // Most overdue first; equal days in tree order.
        const CampaignProgress::OverdueEntry &previous = overdue.at(i - 1);
        QVERIFY(previous.daysOverdue >= entry.daysOverdue);
        if (previous.daysOverdue == entry.daysOverdue)
            QVERIFY(previous.scheduleRow < entry.scheduleRow);
    }
    if (asOf == QDate(2020, 7, 1)) {
        QStringList codes;
        for (const CampaignProgress::OverdueEntry &entry : overdue)
            codes.append(entry.code);
        QVERIFY(codes.contains(u"905"_s));
        QVERIFY(!codes.contains(u"91"_s));
        QVERIFY(!codes.contains(u"899"_s));
        QVERIFY(codes.indexOf(u"905"_s) < codes.indexOf(u"30880"_s));
        QCOMPARE(overdue.at(codes.indexOf(u"30880"_s)).label, u"Thị trấn Minh Lương"_s);
    }
}

void TestCampaignProgress::overdueHeldLateLast()
{
    QVERIFY(record({{u"30898"_s, QDate(2020, 5, 20)},
                    {u"30880"_s, QDate(2020, 6, 29)},
                    {u"30883"_s, QDate(2020, 7, 3)},
                    {u"907"_s, QDate(2020, 6, 20)}}));
    const auto loaded = schedule(QDate(2020, 7, 5));
    QVERIFY(loaded);
    const CampaignProgress report(*loaded);
    const QList<CampaignProgress::OverdueEntry> &overdue = report.overdue();
    // 142 communes and Châu Thành not held, 5 days late; then those held late, the latest
    // first: Gò Quao 10 days after its 10/06, Xã Mong Thọ A 3 days after 30/06.
    QCOMPARE(overdue.size(), 145);
    for (int i = 0; i < 143; ++i) {
        QVERIFY(!overdue.at(i).heldLate);
        QCOMPARE(overdue.at(i).daysOverdue, 5);
    }
    QCOMPARE(overdue.at(143).code, u"907"_s);
    QVERIFY(overdue.at(143).heldLate);
    QCOMPARE(overdue.at(143).daysOverdue, 10);
    QCOMPARE(overdue.at(144).code, u"30883"_s);
    QVERIFY(overdue.at(144).heldLate);
    QCOMPARE(overdue.at(144).daysOverdue, 3);
    for (const CampaignProgress::OverdueEntry &entry : overdue) {
        QVERIFY(entry.code != u"30898"_s);
        QVERIFY(entry.code != u"30880"_s);
    }
}

void TestCampaignProgress::upcomingList_data()
{
    QTest::addColumn<Holdings>("holdings");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("daysLeft"); ///< of the last entry
    QTest::addColumn<QStringList>("first"); ///< the first entries' codes
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QStringList none;
    QTest::newRow("March") << Holdings{} << QDate(2020, 3, 25) << 14 << 0 << 0 << none << none
                           << QStringList{u"30898"_s};
    QTest::newRow("Bình An within 14 days")
        << Holdings{} << QDate(2020, 5, 25) << 14 << 1 << 6 << QStringList{u"30898"_s} << none
        << QStringList{u"907"_s};
    QTest::newRow("both pilots, soonest first")
        << Holdings{} << QDate(2020, 5, 28) << 14 << 2 << 13 << QStringList{u"30898"_s, u"907"_s}
        << none << none;
    QTest::newRow("a pilot held is not upcoming")
        << Holdings{{u"30898"_s, QDate(2020, 5, 27)}} << QDate(2020, 5, 28) << 14 << 1 << 13
        << QStringList{u"907"_s} << none << QStringList{u"30898"_s};
    QTest::newRow("held after the day is still upcoming")
        << Holdings{{u"30898"_s, QDate(2020, 5, 29)}} << QDate(2020, 5, 28) << 14 << 2 << 13
        << QStringList{u"30898"_s, u"907"_s} << none << none;
    // Every commune and Châu Thành's own conference, all due 30/06; the pilots are past.
    QTest::newRow("20/06: the communes and Châu Thành")
        << Holdings{} << QDate(2020, 6, 20) << 14 << 145 << 10 << none
        << QStringList{u"905"_s, u"30880"_s, u"30808"_s}
        << QStringList{u"30898"_s, u"907"_s, u"899"_s, u"91"_s};
    QTest::newRow("20/06, communes held are not")
        << Holdings{{u"30880"_s, QDate(2020, 6, 15)}, {u"30883"_s, QDate(2020, 6, 19)}}
        << QDate(2020, 6, 20) << 14 << 143 << 10 << none << QStringList{u"905"_s, u"30886"_s}
        << QStringList{u"30880"_s, u"30883"_s};
    QTest::newRow("20/06, 9 days")
        << Holdings{} << QDate(2020, 6, 20) << 9 << 0 << 0 << none << none << none;
    QTest::newRow("the deadline day counts") << Holdings{} << QDate(2020, 6, 30) << 0 << 145 << 0
                                             << none << QStringList{u"905"_s} << none;
    QTest::newRow("July: the other districts")
        << Holdings{} << QDate(2020, 7, 17) << 14 << 13 << 14 << none
        << QStringList{u"899"_s, u"914"_s} << QStringList{u"905"_s, u"907"_s};
}

void TestCampaignProgress::upcomingList()
{
    QFETCH(Holdings, holdings);
    QFETCH(QDate, asOf);
    QFETCH(int, days);
    QFETCH(int, count);
    QFETCH(int, daysLeft);
    QFETCH(QStringList, first);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    QVERIFY(record(holdings));
    const auto loaded = schedule(asOf);
    QVERIFY(loaded);
    const CampaignProgress report(*loaded, days);
    QCOMPARE(report.upcomingDays(), days);
    const QList<CampaignProgress::UpcomingEntry> &upcoming = report.upcoming();
    QCOMPARE(upcoming.size(), count);
    if (count > 0)
        QCOMPARE(upcoming.last().daysLeft, daysLeft);
    QStringList codes;
    for (const CampaignProgress::UpcomingEntry &entry : upcoming)
        codes.append(entry.code);
    QCOMPARE(codes.mid(0, first.size()), first);
    for (const QString &code : present)
        QVERIFY2(codes.contains(code), qPrintable(code));
    for (const QString &code : absent)
        QVERIFY2(!codes.contains(code), qPrintable(code));

    for (int i = 0; i < upcoming.size(); ++i) {
        const CampaignProgress::UpcomingEntry &entry = upcoming.at(i);
        const ScheduleRow &row = loaded->rows().at(entry.scheduleRow);
        QCOMPARE(row.conference.unitId, entry.unitId);
        QCOMPARE(row.unitCode, entry.code);
        QVERIFY(!row.conference.isHeldOn(asOf));
        QCOMPARE(entry.deadline, row.deadline.last());
        QCOMPARE(entry.daysLeft, int(asOf.daysTo(entry.deadline)));
        QVERIFY(entry.daysLeft >= 0 && entry.daysLeft <= days);
        QCOMPARE(entry.timeliness, row.timeliness);
        if (i == 0)
            continue;
        // The soonest first; equal deadlines in tree order.
        const CampaignProgress::UpcomingEntry &previous = upcoming.at(i - 1);
        QVERIFY(previous.daysLeft <= entry.daysLeft);
        if (previous.daysLeft == entry.daysLeft)
            QVERIFY(previous.scheduleRow < entry.scheduleRow);
    }
}

void TestCampaignProgress::orderWarnings()
{
    QVERIFY(record({{u"905"_s, QDate(2020, 6, 15)},
                    {u"30880"_s, QDate(2020, 6, 10)},
                    {u"30883"_s, QDate(2020, 6, 10)},
                    {u"30886"_s, QDate(2020, 6, 12)},
                    {u"30887"_s, QDate(2020, 6, 18)}}));

    const auto before = schedule(QDate(2020, 6, 14));
    QVERIFY(before);
    QVERIFY(CampaignProgress(*before).orderWarnings().isEmpty());

    const auto after = schedule(QDate(2020, 6, 20));
    QVERIFY(after);
    const CampaignProgress report(*after);
    QCOMPARE(report.orderWarnings().size(), 1);
    const CampaignProgress::OrderWarning &warning = report.orderWarnings().first();
    QCOMPARE(warning.unitId, idOf(u"905"_s));
    QCOMPARE(warning.code, u"905"_s);
    QCOMPARE(warning.label, u"Huyện Châu Thành"_s);
    QCOMPARE(warning.level, u"district"_s);
    QCOMPARE(warning.heldOn, QDate(2020, 6, 15));
    QCOMPARE(warning.below, 10);
    QCOMPARE(warning.belowHeldBefore, 3);
    // The district row counts what is held by the day, not by the district's date.
    const CampaignProgress::District &district =
        report.districts().at(report.districtOfUnit(idOf(u"905"_s)));
    QCOMPARE(district.belowHeld, 4);
    QVERIFY(district.orderWarning);
}

void TestCampaignProgress::twoLevelCampaign()
{
    // After 2025 there is no district level: the province and its communes.
    Campaign spec;
    spec.name = u"Tổng kết phong trào thi đua “Dân vận khéo” hai cấp"_s;
    spec.phase = u"2021–2025"_s;
    spec.rootUnitId = idOf(u"91"_s);
    spec.startsOn = QDate(2020, 2, 6);
    spec.levels = {{u"province"_s, Period::day(QDate(2020, 9, 20))},
                   {u"commune"_s, Period::day(QDate(2020, 6, 30))}};
    const auto created = CampaignRepository(*m_database).create(spec);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const auto loaded = schedule(QDate(2020, 7, 1), *created);
    QVERIFY(loaded);
    QCOMPARE(loaded->rows().size(), 146);
    const CampaignProgress report(*loaded);
    // The level above the communes is the province: its one row gathers all the communes.
    QCOMPARE(report.districtLevel(), u"province"_s);
    QCOMPARE(report.districts().size(), 1);
    QCOMPARE(report.districts().first().unitId, idOf(u"91"_s));
    QCOMPARE(report.districts().first().below, 145);
    QCOMPARE(report.districts().first().belowOverdue, 145);
    QCOMPARE(report.districtOfUnit(idOf(u"905"_s)), -1);

    QCOMPARE(report.levelTotals().size(), 2);
    QCOMPARE(report.levelTotals().at(0).level.key, u"province"_s);
    QCOMPARE(report.levelTotals().at(0).total, 1);
    QCOMPARE(report.levelTotals().at(0).overdue, 0);
    QCOMPARE(report.levelTotals().at(1).level.key, u"commune"_s);
    QCOMPARE(report.levelTotals().at(1).total, 145);
    QCOMPARE(report.levelTotals().at(1).overdue, 145);
    QCOMPARE(report.overdue().size(), 145);
    QVERIFY(report.upcoming().isEmpty());
    QVERIFY(report.orderWarnings().isEmpty());

    const auto june = schedule(QDate(2020, 6, 20), *created);
    QVERIFY(june);
    QCOMPARE(CampaignProgress(*june).upcoming().size(), 145);
}

QTEST_GUILESS_MAIN(TestCampaignProgress)
#include "tst_campaignprogress.moc"
