#include "CampaignRepository.h"
#include "Database.h"
#include "ExampleFixture.h"
#include "Schedule.h"
#include "UnitRepository.h"
#include "UnitTree.h"

#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The ten grassroots units of Châu Thành (905) in the example.
const QStringList chauThanhCommunes{
    u"30880"_s, u"30883"_s, u"30886"_s, u"30887"_s, u"30889"_s,
    u"30892"_s, u"30893"_s, u"30895"_s, u"30898"_s, u"30901"_s,
};

// The example's fifteen district-level units.
const QStringList districts{
    u"899"_s, u"900"_s, u"902"_s, u"903"_s, u"904"_s, u"905"_s, u"906"_s, u"907"_s,
    u"908"_s, u"909"_s, u"910"_s, u"911"_s, u"912"_s, u"913"_s, u"914"_s,
};

bool mentionsNumber(const QString &text, int number)
{
    return QRegularExpression(u"(?<!\\d)%1(?!\\d)"_s.arg(number)).match(text).hasMatch();
}

} // namespace

/// Schedule: each conference's stage and standing against its deadline as of a day, and the
/// order of the levels, on the Kiên Giang example.
class TestSchedule : public QObject, private TestSupport::ExampleFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exampleRows();
    void timeliness_data();
    void timeliness();
    void stages_data();
    void stages();
    void counts_data();
    void counts();
    void dueSoonDaysChangesCounts();

    void districtBeforeItsCommunes();
    void districtAfterAllItsCommunes();
    void communeAfterItsDistrict();
    void districtNotYetHeldCountsHeldCommunes();
    void provinceBeforeItsDistricts();

    void timelinessText();

    void validate_data();
    void validate();
    void saveConferenceRefusesInvalid_data();
    void saveConferenceRefusesInvalid();
    void saveConferenceOutsideCampaign();
    void saveConferenceRoundTrip();

private:
    Result<Schedule> loadSchedule() const;
    /// Changes the conference of a unit and saves it.
    bool edit(const QString &code, const std::function<void(Conference &)> &change);
    bool hold(const QString &code, QDate heldOn);
    static const ScheduleRow &rowOf(const Schedule &schedule, qint64 unitId);
};

void TestSchedule::init()
{
    QVERIFY(openExample());
}

void TestSchedule::cleanup()
{
    closeExample();
}

Result<Schedule> TestSchedule::loadSchedule() const
{
    const auto units = UnitRepository(*m_database).all();
    if (!units)
        return Failure{units.error()};
    return Schedule::load(*m_database, UnitTree(*units), m_campaignId);
}

bool TestSchedule::edit(const QString &code, const std::function<void(Conference &)> &change)
{
    CampaignRepository campaigns(*m_database);
    auto conference = campaigns.conference(m_campaignId, idOf(code));
    if (!conference) {
        qWarning("%s", qPrintable(conference.error()));
        return false;
    }
    change(conference.value());
    if (auto saved = campaigns.saveConference(*conference); !saved) {
        qWarning("%s", qPrintable(saved.error()));
        return false;
    }
    return true;
}

bool TestSchedule::hold(const QString &code, QDate heldOn)
{
    return edit(code, [heldOn](Conference &conference) { conference.heldOn = heldOn; });
}

const ScheduleRow &TestSchedule::rowOf(const Schedule &schedule, qint64 unitId)
{
    const int row = schedule.rowOfUnit(unitId);
    if (row < 0)
        qFatal("no schedule row for unit %lld", unitId);
    return schedule.rows().at(row);
}

void TestSchedule::exampleRows()
{
    const Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    QCOMPARE(schedule->rows().size(), 161);
    QCOMPARE(schedule->campaign().id, m_campaignId);
    QCOMPARE(schedule->levels().size(), 3);
    QCOMPARE(schedule->level(u"district"_s).rank, 2);

    // Tree order: the province first, every row after its parent's.
    QCOMPARE(schedule->rows().first().unitCode, u"91"_s);
    for (int i = 1; i < schedule->rows().size(); ++i) {
        const ScheduleRow &row = schedule->rows().at(i);
        QVERIFY(schedule->rows().at(i - 1).treeIndex < row.treeIndex);
        QCOMPARE(schedule->rowOfUnit(row.conference.unitId), i);
        QVERIFY(schedule->rowOfUnit(row.conference.parentUnitId) < i);
    }
    QCOMPARE(schedule->rowOfUnit(987654), -1);

    const ScheduleRow &province = rowOf(*schedule, idOf(u"91"_s));
    QCOMPARE(province.children, 15);
    QCOMPARE(province.deadline.last(), QDate(2020, 9, 20));
    QVERIFY(province.parentName.isEmpty());

    const ScheduleRow &chauThanh = rowOf(*schedule, idOf(u"905"_s));
    QCOMPARE(chauThanh.children, 10);
    QCOMPARE(chauThanh.unitName, u"Huyện Châu Thành"_s);
    QCOMPARE(chauThanh.parentName, u"Tỉnh Kiên Giang"_s);
    QCOMPARE(chauThanh.deadline.last(), QDate(2020, 6, 30));
    QCOMPARE(chauThanh.deadline.source, Deadline::Source::Override);
    QVERIFY(!chauThanh.pilot);

    const ScheduleRow &goQuao = rowOf(*schedule, idOf(u"907"_s));
    QVERIFY(goQuao.pilot);
    QCOMPARE(goQuao.deadline.last(), QDate(2020, 6, 10));

    const ScheduleRow &binhAn = rowOf(*schedule, idOf(u"30898"_s));
    QVERIFY(binhAn.pilot);
    QCOMPARE(binhAn.unitCode, u"30898"_s);
    QCOMPARE(binhAn.unitName, u"Xã Bình An"_s);
    QCOMPARE(binhAn.unitLabel, u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(binhAn.parentName, u"Huyện Châu Thành"_s);
    QCOMPARE(binhAn.children, 0);
    QCOMPARE(binhAn.deadline.last(), QDate(2020, 5, 31));
    QCOMPARE(rowOf(*schedule, idOf(u"30808"_s)).unitLabel, u"Xã Bình An (Huyện Kiên Lương)"_s);
    QCOMPARE(rowOf(*schedule, idOf(u"30880"_s)).unitLabel, u"Thị trấn Minh Lương"_s);
}

void TestSchedule::timeliness_data()
{
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Timeliness>("timeliness");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("heldLate");
    QTest::addColumn<Conference::Stage>("stage");

    using T = Timeliness;
    using S = Conference::Stage;
    const QDate none;
    // Thị trấn Minh Lương, deadline 30/06/2020, due soon within 7 days.
    QTest::newRow("not held, deadline day")
        << none << QDate(2020, 6, 30) << T::DueSoon << 0 << false << S::NotScheduled;
    QTest::newRow("not held, day after")
        << none << QDate(2020, 7, 1) << T::Overdue << -1 << false << S::NotScheduled;
    QTest::newRow("not held, 7 days before")
        << none << QDate(2020, 6, 23) << T::DueSoon << 7 << false << S::NotScheduled;
    QTest::newRow("not held, 8 days before")
        << none << QDate(2020, 6, 22) << T::OnTime << 8 << false << S::NotScheduled;
    QTest::newRow("not held, March")
        << none << QDate(2020, 3, 25) << T::OnTime << 97 << false << S::NotScheduled;
    QTest::newRow("held on the deadline")
        << QDate(2020, 6, 30) << QDate(2020, 6, 30) << T::OnTime << 0 << false << S::Held;
    QTest::newRow("held on the deadline, seen later")
        << QDate(2020, 6, 30) << QDate(2020, 8, 1) << T::OnTime << 0 << false << S::Held;
    QTest::newRow("held early") << QDate(2020, 6, 20) << QDate(2020, 6, 25) << T::OnTime << 10
                                << false << S::Held;
    QTest::newRow("held a day late")
        << QDate(2020, 7, 1) << QDate(2020, 7, 1) << T::Overdue << -1 << true << S::Held;
    QTest::newRow("held late, seen later")
        << QDate(2020, 7, 1) << QDate(2020, 7, 20) << T::Overdue << -1 << true << S::Held;
    QTest::newRow("to be held late, seen on the deadline")
        << QDate(2020, 7, 1) << QDate(2020, 6, 30) << T::DueSoon << 0 << false << S::NotScheduled;
    QTest::newRow("held in May, seen the day before")
        << QDate(2020, 5, 20) << QDate(2020, 5, 19) << T::OnTime << 42 << false << S::NotScheduled;
}

void TestSchedule::timeliness()
{
    QFETCH(QDate, heldOn);
    QFETCH(QDate, asOf);
    QFETCH(Timeliness, timeliness);
    QFETCH(int, daysLeft);
    QFETCH(bool, heldLate);
    QFETCH(Conference::Stage, stage);

    if (heldOn.isValid())
        QVERIFY(hold(u"30880"_s, heldOn));
    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(asOf, 7);
    QCOMPARE(schedule->asOf(), asOf);
    QCOMPARE(schedule->dueSoonDays(), 7);

    const ScheduleRow &row = rowOf(*schedule, idOf(u"30880"_s));
    QCOMPARE(row.deadline.last(), QDate(2020, 6, 30));
    QCOMPARE(row.stage, stage);
    QCOMPARE(row.timeliness, timeliness);
    QCOMPARE(row.daysLeft, daysLeft);
    QCOMPARE(row.heldLate, heldLate);
}

void TestSchedule::stages_data()
{
    QTest::addColumn<QDate>("scheduledOn");
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QDate>("reportOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Conference::Stage>("stage");

    using S = Conference::Stage;
    const QDate none;
    const QDate scheduled(2020, 6, 15);
    const QDate held(2020, 6, 15);
    const QDate report(2020, 6, 18);
    QTest::newRow("nothing") << none << none << none << QDate(2020, 6, 1) << S::NotScheduled;
    QTest::newRow("scheduled, before the date")
        << scheduled << none << none << QDate(2020, 6, 1) << S::Scheduled;
    QTest::newRow("scheduled, date passed, not held")
        << scheduled << none << none << QDate(2020, 6, 20) << S::Scheduled;
    QTest::newRow("held, the day before")
        << scheduled << held << report << QDate(2020, 6, 14) << S::Scheduled;
    QTest::newRow("held, that day") << scheduled << held << report << QDate(2020, 6, 15) << S::Held;
    QTest::newRow("report, the day before")
        << scheduled << held << report << QDate(2020, 6, 17) << S::Held;
    QTest::newRow("report, that day")
        << scheduled << held << report << QDate(2020, 6, 18) << S::ReportReceived;
    QTest::newRow("report, later")
        << scheduled << held << report << QDate(2020, 9, 1) << S::ReportReceived;
    QTest::newRow("held without a scheduled date")
        << none << held << none << QDate(2020, 6, 16) << S::Held;
    QTest::newRow("held without a scheduled date, the day before")
        << none << held << none << QDate(2020, 6, 14) << S::NotScheduled;
    QTest::newRow("report on the day it was held")
        << none << held << held << QDate(2020, 6, 15) << S::ReportReceived;
}

void TestSchedule::stages()
{
    QFETCH(QDate, scheduledOn);
    QFETCH(QDate, heldOn);
    QFETCH(QDate, reportOn);
    QFETCH(QDate, asOf);
    QFETCH(Conference::Stage, stage);

    QVERIFY(edit(u"30883"_s, [&](Conference &conference) {
        conference.scheduledOn = scheduledOn;
        conference.heldOn = heldOn;
        conference.reportReceivedOn = reportOn;
    }));
    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(asOf, 7);
    const ScheduleRow &row = rowOf(*schedule, idOf(u"30883"_s));
    QCOMPARE(row.stage, stage);
    QCOMPARE(row.conference.stageOn(asOf), stage);
    QVERIFY(!Conference::stageName(stage).isEmpty());

    const Schedule::Counts counts = schedule->counts();
    const bool held =
        stage == Conference::Stage::Held || stage == Conference::Stage::ReportReceived;
    QCOMPARE(counts.held, held ? 1 : 0);
    QCOMPARE(counts.reportReceived, stage == Conference::Stage::ReportReceived ? 1 : 0);
    QCOMPARE(counts.scheduled, stage == Conference::Stage::Scheduled ? 1 : 0);
    QCOMPARE(counts.notScheduled, counts.total - counts.held - counts.scheduled);
}

void TestSchedule::counts_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<int>("onTime");
    QTest::addColumn<int>("dueSoon");
    QTest::addColumn<int>("overdue");

    // Nothing held. Deadlines: province 20/09; 13 districts 31/07, Châu Thành 30/06, Gò Quao
    // (pilot) 10/06; 144 communes 30/06, Bình An (pilot) 31/05.
    QTest::newRow("the example's day") << QDate(2020, 3, 25) << 7 << 161 << 0 << 0;
    QTest::newRow("late June") << QDate(2020, 6, 25) << 7 << 14 << 145 << 2;
    QTest::newRow("late June, 3 days") << QDate(2020, 6, 25) << 3 << 159 << 0 << 2;
    QTest::newRow("July 1st") << QDate(2020, 7, 1) << 7 << 14 << 0 << 147;
    QTest::newRow("late July") << QDate(2020, 7, 24) << 7 << 1 << 13 << 147;
    QTest::newRow("August") << QDate(2020, 8, 1) << 7 << 1 << 0 << 160;
    QTest::newRow("after the province's deadline") << QDate(2020, 9, 21) << 7 << 0 << 0 << 161;
}

void TestSchedule::counts()
{
    QFETCH(QDate, asOf);
    QFETCH(int, dueSoonDays);
    QFETCH(int, onTime);
    QFETCH(int, dueSoon);
    QFETCH(int, overdue);

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(asOf, dueSoonDays);
    const Schedule::Counts counts = schedule->counts();
    QCOMPARE(counts.total, 161);
    QCOMPARE(counts.held, 0);
    QCOMPARE(counts.reportReceived, 0);
    QCOMPARE(counts.orderWarnings, 0);
    QCOMPARE(counts.notScheduled + counts.scheduled, 161);
    QCOMPARE(counts.onTime, onTime);
    QCOMPARE(counts.dueSoon, dueSoon);
    QCOMPARE(counts.overdue, overdue);
    QCOMPARE(counts.onTime + counts.dueSoon + counts.overdue, counts.total);
}

void TestSchedule::dueSoonDaysChangesCounts()
{
    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    const QDate asOf(2020, 6, 25);
    schedule.value().evaluate(asOf, 7);
    const int wide = schedule->counts().dueSoon;
    QCOMPARE(rowOf(*schedule, idOf(u"30808"_s)).timeliness, Timeliness::DueSoon);

    // The same schedule evaluated again, with fewer due-soon days, without reloading.
    schedule.value().evaluate(asOf, 3);
    QCOMPARE(schedule->dueSoonDays(), 3);
    const int narrow = schedule->counts().dueSoon;
    QVERIFY(narrow < wide);
    QCOMPARE(rowOf(*schedule, idOf(u"30808"_s)).timeliness, Timeliness::OnTime);
    QCOMPARE(rowOf(*schedule, idOf(u"30808"_s)).daysLeft, 5);

    schedule.value().evaluate(asOf, 5);
    QCOMPARE(rowOf(*schedule, idOf(u"30808"_s)).timeliness, Timeliness::DueSoon);
}

void TestSchedule::districtBeforeItsCommunes()
{
    QVERIFY(hold(u"905"_s, QDate(2020, 6, 15)));
    for (const QString &code : chauThanhCommunes.mid(0, 3))
        QVERIFY(hold(code, QDate(2020, 6, 10)));

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(QDate(2020, 6, 20), 7);
    const ScheduleRow &district = rowOf(*schedule, idOf(u"905"_s));
    QVERIFY(district.orderWarning);
    QCOMPARE(district.children, 10);
    QCOMPARE(district.childrenHeld, 3);
    for (const QString &code : chauThanhCommunes)
        QVERIFY(!rowOf(*schedule, idOf(code)).orderWarning);
    QCOMPARE(schedule->counts().orderWarnings, 1);

    // Before the district's day, nothing is wrong yet.
    schedule.value().evaluate(QDate(2020, 6, 14), 7);
    QVERIFY(!rowOf(*schedule, idOf(u"905"_s)).orderWarning);
    QCOMPARE(rowOf(*schedule, idOf(u"905"_s)).childrenHeld, 3);
    QCOMPARE(schedule->counts().orderWarnings, 0);
}

void TestSchedule::districtAfterAllItsCommunes()
{
    QVERIFY(hold(u"905"_s, QDate(2020, 6, 15)));
    for (int i = 0; i < chauThanhCommunes.size(); ++i)
        QVERIFY(hold(chauThanhCommunes.at(i), QDate(2020, 6, 15).addDays(-i)));

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(QDate(2020, 6, 20), 7);
    const ScheduleRow &district = rowOf(*schedule, idOf(u"905"_s));
    QVERIFY(!district.orderWarning);
    QCOMPARE(district.childrenHeld, 10);
    QCOMPARE(schedule->counts().orderWarnings, 0);
}

void TestSchedule::communeAfterItsDistrict()
{
    QVERIFY(hold(u"905"_s, QDate(2020, 6, 15)));
    for (const QString &code : chauThanhCommunes.mid(0, 9))
        QVERIFY(hold(code, QDate(2020, 6, 12)));
    // The last commune holds its conference the day after the district's.
    QVERIFY(hold(chauThanhCommunes.at(9), QDate(2020, 6, 16)));

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    for (const QDate asOf : {QDate(2020, 6, 15), QDate(2020, 6, 16), QDate(2020, 7, 1)}) {
        schedule.value().evaluate(asOf, 7);
        const ScheduleRow &district = rowOf(*schedule, idOf(u"905"_s));
        QVERIFY2(district.orderWarning, qPrintable(asOf.toString(Qt::ISODate)));
        QCOMPARE(district.childrenHeld, 9);
    }
}

void TestSchedule::districtNotYetHeldCountsHeldCommunes()
{
    QVERIFY(hold(u"30880"_s, QDate(2020, 6, 10)));
    QVERIFY(hold(u"30883"_s, QDate(2020, 6, 20)));
    QVERIFY(edit(u"905"_s, [](Conference &c) { c.scheduledOn = QDate(2020, 6, 28); }));

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(QDate(2020, 6, 15), 7);
    QCOMPARE(rowOf(*schedule, idOf(u"905"_s)).childrenHeld, 1);
    QVERIFY(!rowOf(*schedule, idOf(u"905"_s)).orderWarning);
    QCOMPARE(rowOf(*schedule, idOf(u"905"_s)).stage, Conference::Stage::Scheduled);
    schedule.value().evaluate(QDate(2020, 6, 25), 7);
    QCOMPARE(rowOf(*schedule, idOf(u"905"_s)).childrenHeld, 2);
    QVERIFY(!rowOf(*schedule, idOf(u"905"_s)).orderWarning);
}

void TestSchedule::provinceBeforeItsDistricts()
{
    QCOMPARE(districts.size(), 15);
    for (const QString &code : districts.mid(0, 14))
        QVERIFY(hold(code, QDate(2020, 7, 25)));
    QVERIFY(hold(u"91"_s, QDate(2020, 9, 15)));

    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    QCOMPARE(rowOf(*schedule, idOf(u"91"_s)).children, 15);
    schedule.value().evaluate(QDate(2020, 9, 30), 7);
    QVERIFY(rowOf(*schedule, idOf(u"91"_s)).orderWarning);
    QCOMPARE(rowOf(*schedule, idOf(u"91"_s)).childrenHeld, 14);

    // The last district holds its conference before the province's: no warning on the province.
    QVERIFY(hold(districts.at(14), QDate(2020, 7, 30)));
    schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    schedule.value().evaluate(QDate(2020, 9, 30), 7);
    QVERIFY(!rowOf(*schedule, idOf(u"91"_s)).orderWarning);
    QCOMPARE(rowOf(*schedule, idOf(u"91"_s)).childrenHeld, 15);
}

void TestSchedule::timelinessText()
{
    QVERIFY(hold(u"30883"_s, QDate(2020, 7, 2)));
    Result<Schedule> schedule = loadSchedule();
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));

    schedule.value().evaluate(QDate(2020, 7, 12), 7);
    const QString overdue = Schedule::timelinessText(rowOf(*schedule, idOf(u"30880"_s)));
    QVERIFY2(mentionsNumber(overdue, 12), qPrintable(overdue));
    const QString late = Schedule::timelinessText(rowOf(*schedule, idOf(u"30883"_s)));
    QVERIFY2(mentionsNumber(late, 2), qPrintable(late));
    QVERIFY(late != overdue);

    schedule.value().evaluate(QDate(2020, 6, 27), 7);
    const QString soon = Schedule::timelinessText(rowOf(*schedule, idOf(u"30880"_s)));
    QVERIFY2(mentionsNumber(soon, 3), qPrintable(soon));
    schedule.value().evaluate(QDate(2020, 6, 30), 7);
    const QString today = Schedule::timelinessText(rowOf(*schedule, idOf(u"30880"_s)));
    QVERIFY(!today.isEmpty());
    QVERIFY(today != soon);
}

void TestSchedule::validate_data()
{
    QTest::addColumn<int>("attendees");
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QDate>("reportOn");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("mentions");

    const QDate none;
    QTest::newRow("nothing known") << -1 << none << none << true << QStringList();
    QTest::newRow("no attendees") << 0 << QDate(2020, 6, 5) << none << true << QStringList();
    QTest::newRow("attendees, report later")
        << 120 << QDate(2020, 6, 5) << QDate(2020, 6, 8) << true << QStringList();
    QTest::newRow("report the same day")
        << 80 << QDate(2020, 6, 5) << QDate(2020, 6, 5) << true << QStringList();
    QTest::newRow("negative attendees")
        << -2 << QDate(2020, 6, 5) << none << false << QStringList();
    QTest::newRow("report without held date")
        << 50 << none << QDate(2020, 6, 8) << false << QStringList();
    QTest::newRow("report before held") << 50 << QDate(2020, 6, 5) << QDate(2020, 6, 1) << false
                                        << QStringList{u"01/06/2020"_s, u"05/06/2020"_s};
}

void TestSchedule::validate()
{
    QFETCH(int, attendees);
    QFETCH(QDate, heldOn);
    QFETCH(QDate, reportOn);
    QFETCH(bool, valid);
    QFETCH(QStringList, mentions);

    Conference conference;
    conference.attendees = attendees;
    conference.heldOn = heldOn;
    conference.reportReceivedOn = reportOn;
    const Result<void> checked = conference.validate();
    QCOMPARE(checked.ok(), valid);
    QCOMPARE(checked.error().isEmpty(), valid);
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(checked.error().contains(mention), qPrintable(checked.error()));
}

void TestSchedule::saveConferenceRefusesInvalid_data()
{
    QTest::addColumn<int>("attendees");
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QDate>("reportOn");

    QTest::newRow("negative attendees") << -5 << QDate(2020, 6, 5) << QDate();
    QTest::newRow("report without held date") << 50 << QDate() << QDate(2020, 6, 8);
    QTest::newRow("report before held") << 50 << QDate(2020, 6, 5) << QDate(2020, 6, 1);
}

void TestSchedule::saveConferenceRefusesInvalid()
{
    QFETCH(int, attendees);
    QFETCH(QDate, heldOn);
    QFETCH(QDate, reportOn);

    CampaignRepository campaigns(*m_database);
    auto conference = campaigns.conference(m_campaignId, idOf(u"30898"_s));
    QVERIFY2(conference.ok(), qPrintable(conference.error()));
    const QString before = TestSupport::dump(*m_database);

    conference.value().venue = u"Hội trường xã"_s;
    conference.value().attendees = attendees;
    conference.value().heldOn = heldOn;
    conference.value().reportReceivedOn = reportOn;
    const Result<void> saved = campaigns.saveConference(*conference);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().isEmpty());
    QCOMPARE(TestSupport::dump(*m_database), before);
    QVERIFY(!m_database->inTransaction());
}

void TestSchedule::saveConferenceOutsideCampaign()
{
    CampaignRepository campaigns(*m_database);
    const QString before = TestSupport::dump(*m_database);
    Conference conference;
    conference.campaignId = m_campaignId;
    conference.unitId = 987654;
    conference.heldOn = QDate(2020, 6, 5);
    const Result<void> saved = campaigns.saveConference(conference);
    QVERIFY(!saved.ok());
    QCOMPARE(TestSupport::dump(*m_database), before);

    conference.campaignId = m_campaignId + 100;
    conference.unitId = idOf(u"30898"_s);
    QVERIFY(!campaigns.saveConference(conference).ok());
    QCOMPARE(TestSupport::dump(*m_database), before);
}

void TestSchedule::saveConferenceRoundTrip()
{
    CampaignRepository campaigns(*m_database);
    QVERIFY(edit(u"30898"_s, [](Conference &c) {
        c.scheduledOn = QDate(2020, 5, 18);
        c.venue = u"Hội trường UBND xã Bình An"_s;
        c.heldOn = QDate(2020, 5, 20);
        c.chair = u"Bí thư Đảng ủy xã"_s;
        c.attendees = 120;
        c.reportReceivedOn = QDate(2020, 5, 25);
        c.note = u"Hội nghị điểm cấp cơ sở"_s;
    }));
    const auto saved = campaigns.conference(m_campaignId, idOf(u"30898"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->unitId, idOf(u"30898"_s));
    QCOMPARE(saved->parentUnitId, idOf(u"905"_s));
    QCOMPARE(saved->level, u"commune"_s);
    QCOMPARE(saved->scheduledOn, QDate(2020, 5, 18));
    QCOMPARE(saved->venue, u"Hội trường UBND xã Bình An"_s);
    QCOMPARE(saved->heldOn, QDate(2020, 5, 20));
    QCOMPARE(saved->chair, u"Bí thư Đảng ủy xã"_s);
    QCOMPARE(saved->attendees, 120);
    QCOMPARE(saved->reportReceivedOn, QDate(2020, 5, 25));
    QCOMPARE(saved->note, u"Hội nghị điểm cấp cơ sở"_s);

    // Unknown attendees and cleared dates read back as unknown.
    QVERIFY(edit(u"30898"_s, [](Conference &c) {
        c.attendees = -1;
        c.reportReceivedOn = QDate();
        c.heldOn = QDate();
    }));
    const auto cleared = campaigns.conference(m_campaignId, idOf(u"30898"_s));
    QVERIFY(cleared.ok());
    QCOMPARE(cleared->attendees, -1);
    QVERIFY(!cleared->heldOn.isValid());
    QVERIFY(!cleared->reportReceivedOn.isValid());
    QCOMPARE(cleared->scheduledOn, QDate(2020, 5, 18));
}

QTEST_GUILESS_MAIN(TestSchedule)

#include "tst_schedule.moc"
