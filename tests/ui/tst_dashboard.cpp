#include "CampaignProgress.h"
#include "CampaignRepository.h"
#include "ConferenceEdits.h"
#include "DashboardView.h"
#include "DistrictProgressModel.h"
#include "FreshExample.h"
#include "OverdueModel.h"
#include "Schedule.h"
#include "ScheduleModel.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitTree.h"
#include "UpcomingModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// The ten grassroots units of Châu Thành (905) in the example; 30898 is Xã Bình An, the
// pilot due by 31/05/2020.
const QStringList chauThanhCommunes{
    u"30880"_s, u"30883"_s, u"30886"_s, u"30887"_s, u"30889"_s,
    u"30892"_s, u"30893"_s, u"30895"_s, u"30898"_s, u"30901"_s,
};

// Every dashboard model keeps the unit's id under the same role.
constexpr int unitIdRole = Qt::UserRole + 1;
static_assert(DistrictProgressModel::UnitIdRole == unitIdRole);
static_assert(OverdueModel::UnitIdRole == unitIdRole);
static_assert(UpcomingModel::UnitIdRole == unitIdRole);

enum class Activation { DoubleClick, Enter };

} // namespace

Q_DECLARE_METATYPE(Activation)

/// The "Overview" page on a new Kiên Giang example file: the district table, the overdue
/// and upcoming lists and the chart, following edits, undo and the "as of" day; activating
/// a row asks for its unit.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void districtTable();
    void countsFollowEditsAndUndo_data();
    void countsFollowEditsAndUndo();
    void hiddenPageCatchesUpWhenShown();
    void districtConferenceInWords();
    void chartHasEveryDistrict();
    void overdueList();
    void upcomingList();
    void tintedLikeTheSchedule_data();
    void tintedLikeTheSchedule();
    void activatingARowOpensTheUnit_data();
    void activatingARowOpensTheUnit();
    void doubleClickingABarOpensTheDistrict();
    void totalsAndOrderWarnings();
    void twoLevelCampaign();
    void noCampaignShowsASentence();
    void followsTheLanguage();
    void fitsBesideTheDocks_data();
    void fitsBesideTheDocks();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    /// Records the conference of each unit as held on `heldOn`, each as one edit.
    bool hold(const QStringList &codes, QDate heldOn);
    /// The row of a unit in a view's model, or -1.
    static int rowOf(const QAbstractItemModel *model, qint64 unitId);
    static QSet<qint64> unitIds(const QAbstractItemModel *model);
    /// The communes not yet held as of the workspace's day.
    QSet<qint64> communesNotHeld() const;
    QString districtText(const QString &code, int column) const;
    QHorizontalStackedBarSeries *chartSeries() const;
    void showView(QSize size);

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    DashboardView *m_view = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(Translations::Language::English);
}

void TestDashboard::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    m_workspace->setAsOf(QDate(2020, 3, 25));
    m_view = new DashboardView(*m_workspace);
    // As the clerk sees it: a page out of sight reads the schedule only when shown.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    for (const char *name : {"districtProgressView", "overdueView", "upcomingView"}) {
        auto *view = find<QTableView>(QString::fromLatin1(name));
        QVERIFY(view);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void TestDashboard::cleanup()
{
    m_testers.clear();
    delete m_view;
    m_view = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
    Translations::install(Translations::Language::English);
}

bool TestDashboard::hold(const QStringList &codes, QDate heldOn)
{
    for (const QString &code : codes) {
        const auto schedule = m_workspace->schedule();
        const int row = schedule->rowOfUnit(TestSupport::unitIdOf(m_workspace->database(), code));
        if (row < 0) {
            qWarning("no schedule row for %s", qPrintable(code));
            return false;
        }
        const ScheduleRow &scheduleRow = schedule->rows().at(row);
        Conference after = scheduleRow.conference;
        after.heldOn = heldOn;
        const auto done = m_workspace->execute(new EditConferenceCommand(
            *m_workspace, scheduleRow.conference, after, scheduleRow.unitLabel));
        if (!done) {
            qWarning("%s", qPrintable(done.error()));
            return false;
        }
    }
    return true;
}

int TestDashboard::rowOf(const QAbstractItemModel *model, qint64 unitId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(unitIdRole).toLongLong() == unitId)
            return row;
    }
    return -1;
}

QSet<qint64> TestDashboard::unitIds(const QAbstractItemModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(unitIdRole).toLongLong());
    return ids;
}

QSet<qint64> TestDashboard::communesNotHeld() const
{
    QSet<qint64> ids;
    const auto schedule = m_workspace->schedule();
    for (const ScheduleRow &row : schedule->rows()) {
        if (row.conference.level == "commune"_L1 && !row.conference.isHeldOn(schedule->asOf()))
            ids.insert(row.conference.unitId);
    }
    return ids;
}

QString TestDashboard::districtText(const QString &code, int column) const
{
    const QAbstractItemModel *model = find<QTableView>(u"districtProgressView"_s)->model();
    const int row = rowOf(model, TestSupport::unitIdOf(m_workspace->database(), code));
    if (row < 0) {
        qWarning("no district row for %s", qPrintable(code));
        return {};
    }
    return model->index(row, column).data().toString();
}

QHorizontalStackedBarSeries *TestDashboard::chartSeries() const
{
    auto *chartView = find<QChartView>(u"progressChart"_s);
    if (!chartView || chartView->chart()->series().size() != 1)
        return nullptr;
    return qobject_cast<QHorizontalStackedBarSeries *>(chartView->chart()->series().first());
}

void TestDashboard::showView(QSize size)
{
    m_view->resize(size);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDashboard::districtTable()
{
    QCOMPARE(m_view->windowTitle(), u"Overview"_s);
    auto *view = find<QTableView>(u"districtProgressView"_s);
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 15);
    QCOMPARE(model->columnCount(), int(DistrictProgressModel::ColumnCount));
    QCOMPARE(model->index(0, DistrictProgressModel::District).data().toString(),
             u"Huyện An Biên"_s);
    QCOMPARE(model->index(14, DistrictProgressModel::District).data().toString(),
             u"Thành phố Rạch Giá"_s);

    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::District), u"Huyện Châu Thành"_s);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Code), u"905"_s);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), u"0 / 10"_s);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Overdue), u"0"_s);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Deadline), u"30/06/2020"_s);
    QCOMPARE(districtText(u"907"_s, DistrictProgressModel::Deadline), u"10/06/2020"_s);
    QCOMPARE(districtText(u"899"_s, DistrictProgressModel::Deadline), u"31/07/2020"_s);

    // Every commune of the province is counted once.
    int communes = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QStringList held =
            model->index(row, DistrictProgressModel::Held).data().toString().split(u" / "_s);
        QCOMPARE(held.size(), 2);
        QCOMPARE(held.first(), u"0"_s);
        communes += held.last().toInt();
    }
    QCOMPARE(communes, 145);
}

void TestDashboard::countsFollowEditsAndUndo_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("held");
    QTest::addColumn<QString>("overdue");

    QTest::newRow("one commune") << QStringList{u"30880"_s} << QDate(2020, 5, 20)
                                 << QDate(2020, 5, 25) << u"1 / 10"_s << u"0"_s;
    QTest::newRow("three communes") << chauThanhCommunes.mid(0, 3) << QDate(2020, 5, 20)
                                    << QDate(2020, 5, 25) << u"3 / 10"_s << u"0"_s;
    QTest::newRow("all ten") << chauThanhCommunes << QDate(2020, 5, 20) << QDate(2020, 5, 25)
                             << u"10 / 10"_s << u"0"_s;
    QTest::newRow("held after the day does not count yet")
        << chauThanhCommunes.mid(0, 2) << QDate(2020, 6, 20) << QDate(2020, 5, 25) << u"0 / 10"_s
        << u"0"_s;
    // Xã Bình An, the pilot, is past its 31/05 deadline, so is every commune not held.
    QTest::newRow("July 1st: the others overdue")
        << chauThanhCommunes.mid(0, 4) << QDate(2020, 6, 20) << QDate(2020, 7, 1) << u"4 / 10"_s
        << u"6"_s;
    QTest::newRow("held late counts held and overdue")
        << QStringList{u"30898"_s} << QDate(2020, 6, 20) << QDate(2020, 6, 25) << u"1 / 10"_s
        << u"1"_s;
}

void TestDashboard::hiddenPageCatchesUpWhenShown()
{
    m_view->hide();
    QVERIFY(hold(chauThanhCommunes.mid(0, 2), QDate(2020, 3, 20)));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), u"2 / 10"_s);
    m_view->hide();
    m_workspace->undoStack()->undo();
    m_view->show();
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), u"1 / 10"_s);
}

void TestDashboard::countsFollowEditsAndUndo()
{
    QFETCH(QStringList, codes);
    QFETCH(QDate, heldOn);
    QFETCH(QDate, asOf);
    QFETCH(QString, held);
    QFETCH(QString, overdue);

    m_workspace->setAsOf(asOf);
    const QString heldBefore = districtText(u"905"_s, DistrictProgressModel::Held);
    const QString overdueBefore = districtText(u"905"_s, DistrictProgressModel::Overdue);
    QCOMPARE(heldBefore, u"0 / 10"_s);
    const QString otherBefore = districtText(u"907"_s, DistrictProgressModel::Held);

    QVERIFY(hold(codes, heldOn));
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), held);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Overdue), overdue);
    QCOMPARE(districtText(u"907"_s, DistrictProgressModel::Held), otherBefore);
    QCOMPARE(find<QTableView>(u"districtProgressView"_s)->model()->rowCount(), 15);

    // The chart follows too.
    const CampaignProgress *report = m_view->report();
    QVERIFY(report);
    // The bars go bottom up: the first district is the last bar.
    const int index =
        14 - report->districtOfUnit(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    QHorizontalStackedBarSeries *series = chartSeries();
    QVERIFY(series);
    QCOMPARE(int(series->barSets().at(0)->at(index)), held.section(u" / "_s, 0, 0).toInt());

    for (int i = 0; i < codes.size(); ++i)
        m_workspace->undoStack()->undo();
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), heldBefore);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Overdue), overdueBefore);
    QCOMPARE(int(chartSeries()->barSets().at(0)->at(index)), 0);

    for (int i = 0; i < codes.size(); ++i)
        m_workspace->undoStack()->redo();
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Held), held);
    QCOMPARE(districtText(u"905"_s, DistrictProgressModel::Overdue), overdue);
}

void TestDashboard::districtConferenceInWords()
{
    const QString notHeld = districtText(u"905"_s, DistrictProgressModel::OwnConference);
    QVERIFY2(notHeld.contains(Conference::stageName(Conference::Stage::NotScheduled)),
             qPrintable(notHeld));
    QVERIFY2(notHeld.contains(u"97 days left"_s), qPrintable(notHeld));

    // Châu Thành holds its conference before its communes: held on time, with a warning.
    m_workspace->setAsOf(QDate(2020, 6, 20));
    QVERIFY(hold({u"905"_s}, QDate(2020, 6, 15)));
    const QString held = districtText(u"905"_s, DistrictProgressModel::OwnConference);
    QVERIFY2(held.contains(Conference::stageName(Conference::Stage::Held)), qPrintable(held));
    QVERIFY2(held.contains(u"held on time"_s), qPrintable(held));
    QVERIFY2(held.contains(u"before its communes"_s), qPrintable(held));

    m_workspace->setAsOf(QDate(2020, 7, 1));
    const QString overdue = districtText(u"907"_s, DistrictProgressModel::OwnConference);
    QVERIFY2(overdue.contains(u"overdue by 21 days"_s), qPrintable(overdue));
}

void TestDashboard::chartHasEveryDistrict()
{
    QVERIFY(hold(chauThanhCommunes.mid(0, 3), QDate(2020, 3, 20)));
    QVERIFY(hold({u"30808"_s}, QDate(2020, 3, 21)));
    auto *chartView = find<QChartView>(u"progressChart"_s);
    QVERIFY(chartView);
    QHorizontalStackedBarSeries *series = chartSeries();
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 2);
    const QBarSet *held = series->barSets().at(0);
    const QBarSet *notHeld = series->barSets().at(1);
    QCOMPARE(held->label(), u"Held"_s);
    QCOMPARE(notHeld->label(), u"Not held"_s);

    const QList<QAbstractAxis *> axes = chartView->chart()->axes(Qt::Vertical, series);
    QCOMPARE(axes.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
    QVERIFY(categories);
    const QAbstractItemModel *table = find<QTableView>(u"districtProgressView"_s)->model();
    QCOMPARE(categories->count(), 15);
    QCOMPARE(held->count(), 15);
    QCOMPARE(notHeld->count(), 15);

    int heldTotal = 0;
    int communes = 0;
    for (int i = 0; i < categories->count(); ++i) {
        // One category per district, each summing to its communes; the table's first
        // district is the top bar, the last category.
        const int row = categories->count() - 1 - i;
        QCOMPARE(categories->at(i),
                 table->index(row, DistrictProgressModel::District).data().toString());
        const QStringList counts =
            table->index(row, DistrictProgressModel::Held).data().toString().split(u" / "_s);
        QCOMPARE(int(held->at(i)), counts.first().toInt());
        QCOMPARE(int(held->at(i) + notHeld->at(i)), counts.last().toInt());
        heldTotal += int(held->at(i));
        communes += int(held->at(i) + notHeld->at(i));
    }
    QCOMPARE(heldTotal, 4);
    QCOMPARE(communes, 145);
    QCOMPARE(categories->at(14), u"Huyện An Biên"_s);
    QCOMPARE(int(held->at(categories->categories().indexOf(u"Huyện Châu Thành"_s))), 3);
}

void TestDashboard::overdueList()
{
    QVERIFY(hold({u"30880"_s}, QDate(2020, 6, 20)));
    m_workspace->setAsOf(QDate(2020, 7, 1));
    auto *view = find<QTableView>(u"overdueView"_s);
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();

    // The communes not held, Châu Thành (its own 30/06) and Gò Quao (pilot, 10/06); the other
    // districts have until 31/07.
    QSet<qint64> expected = communesNotHeld();
    QCOMPARE(expected.size(), 144);
    expected.insert(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    expected.insert(TestSupport::unitIdOf(m_workspace->database(), u"907"_s));
    QCOMPARE(model->rowCount(), 146);
    QCOMPARE(unitIds(model), expected);

    // The most overdue first: Bình An (31/05), then Gò Quao (10/06).
    QCOMPARE(model->index(0, OverdueModel::Unit).data().toString(),
             u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(model->index(0, OverdueModel::Standing).data().toString(), u"overdue by 31 days"_s);
    QCOMPARE(model->index(0, OverdueModel::Deadline).data().toString(), u"31/05/2020"_s);
    QCOMPARE(model->index(0, OverdueModel::Parent).data().toString(), u"Huyện Châu Thành"_s);
    QCOMPARE(model->index(1, OverdueModel::Unit).data().toString(), u"Huyện Gò Quao"_s);
    QCOMPARE(model->index(1, OverdueModel::Standing).data().toString(), u"overdue by 21 days"_s);
    QCOMPARE(model->index(1, OverdueModel::Level).data().toString(), u"District and equivalent"_s);
    const int chauThanh = rowOf(model, TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    QCOMPARE(model->index(chauThanh, OverdueModel::Standing).data().toString(),
             u"overdue by 1 day"_s);
    QCOMPARE(model->index(chauThanh, OverdueModel::Deadline).data().toString(), u"30/06/2020"_s);

    auto *tabs = find<QTabWidget>(u"dashboardLists"_s);
    QVERIFY(tabs->tabText(tabs->indexOf(view)).contains(u"146"_s));

    // A commune held late stays on the list, last, as held late.
    QVERIFY(hold({u"30883"_s}, QDate(2020, 7, 1)));
    QCOMPARE(model->rowCount(), 146);
    QCOMPARE(model->index(145, OverdueModel::Unit).data(unitIdRole).toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"30883"_s));
    QCOMPARE(model->index(145, OverdueModel::Standing).data().toString(), u"held 1 day late"_s);
    QVERIFY(model->index(145, 0).data(OverdueModel::HeldLateRole).toBool());

    m_workspace->setAsOf(QDate(2020, 3, 25));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(tabs->tabText(tabs->indexOf(view)).contains(u"(0)"_s));
}

void TestDashboard::upcomingList()
{
    QVERIFY(hold({u"30880"_s}, QDate(2020, 6, 15)));
    m_workspace->setAsOf(QDate(2020, 6, 20));
    auto *view = find<QTableView>(u"upcomingView"_s);
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();

    // The communes due 30/06 not yet held (Bình An's 31/05 is past) and Châu Thành's own.
    QSet<qint64> expected = communesNotHeld();
    expected.remove(TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(expected.size(), 143);
    expected.insert(TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    QCOMPARE(model->rowCount(), 144);
    QCOMPARE(unitIds(model), expected);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, UpcomingModel::Deadline).data().toString(), u"30/06/2020"_s);
        QCOMPARE(model->index(row, UpcomingModel::DaysLeft).data().toString(), u"10 days left"_s);
        QCOMPARE(model->index(row, 0).data(UpcomingModel::DaysLeftRole).toInt(), 10);
    }
    auto *tabs = find<QTabWidget>(u"dashboardLists"_s);
    const QString title = tabs->tabText(tabs->indexOf(view));
    QVERIFY2(title.contains(u"14"_s) && title.contains(u"144"_s), qPrintable(title));

    // Holding one takes it off the list; undoing puts it back.
    QVERIFY(hold({u"30883"_s}, QDate(2020, 6, 19)));
    QCOMPARE(model->rowCount(), 143);
    QCOMPARE(rowOf(model, TestSupport::unitIdOf(m_workspace->database(), u"30883"_s)), -1);
    m_workspace->undoStack()->undo();
    QCOMPARE(model->rowCount(), 144);
    QVERIFY(rowOf(model, TestSupport::unitIdOf(m_workspace->database(), u"30883"_s)) >= 0);

    // Late May: the two pilots, the soonest first.
    m_workspace->setAsOf(QDate(2020, 5, 28));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(unitIdRole).toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(model->index(1, 0).data(unitIdRole).toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"907"_s));
}

void TestDashboard::tintedLikeTheSchedule_data()
{
    QTest::addColumn<QString>("viewName");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Timeliness>("timeliness");

    QTest::newRow("district on time")
        << u"districtProgressView"_s << u"905"_s << QDate(2020, 3, 25) << Timeliness::OnTime;
    QTest::newRow("district due soon")
        << u"districtProgressView"_s << u"905"_s << QDate(2020, 6, 25) << Timeliness::DueSoon;
    QTest::newRow("district overdue")
        << u"districtProgressView"_s << u"907"_s << QDate(2020, 6, 25) << Timeliness::Overdue;
    QTest::newRow("overdue commune")
        << u"overdueView"_s << u"30880"_s << QDate(2020, 7, 1) << Timeliness::Overdue;
    QTest::newRow("upcoming, not yet due soon")
        << u"upcomingView"_s << u"30880"_s << QDate(2020, 6, 20) << Timeliness::OnTime;
    QTest::newRow("upcoming, due soon")
        << u"upcomingView"_s << u"30880"_s << QDate(2020, 6, 25) << Timeliness::DueSoon;
}

void TestDashboard::tintedLikeTheSchedule()
{
    QFETCH(QString, viewName);
    QFETCH(QString, code);
    QFETCH(QDate, asOf);
    QFETCH(Timeliness, timeliness);

    m_workspace->setAsOf(asOf);
    ScheduleModel schedule;
    schedule.setSchedule(m_workspace->schedule());
    const int scheduleRow =
        schedule.rowOfUnit(TestSupport::unitIdOf(m_workspace->database(), code));
    QCOMPARE(schedule.index(scheduleRow, 0).data(ScheduleModel::TimelinessRole).toInt(),
             int(timeliness));

    const QAbstractItemModel *model = find<QTableView>(viewName)->model();
    const int row = rowOf(model, TestSupport::unitIdOf(m_workspace->database(), code));
    QVERIFY(row >= 0);
    for (int column = 0; column < model->columnCount(); ++column) {
        QCOMPARE(model->index(row, column).data(Qt::BackgroundRole),
                 schedule.index(scheduleRow, 0).data(Qt::BackgroundRole));
    }
    QCOMPARE(model->index(row, 0).data(Qt::BackgroundRole).isValid(),
             timeliness != Timeliness::OnTime);
}

void TestDashboard::activatingARowOpensTheUnit_data()
{
    QTest::addColumn<QString>("viewName");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Activation>("activation");

    QTest::newRow("district, double click")
        << u"districtProgressView"_s << u"905"_s << QDate(2020, 3, 25) << Activation::DoubleClick;
    QTest::newRow("district, Enter")
        << u"districtProgressView"_s << u"913"_s << QDate(2020, 3, 25) << Activation::Enter;
    QTest::newRow("overdue, double click")
        << u"overdueView"_s << u"30880"_s << QDate(2020, 7, 1) << Activation::DoubleClick;
    QTest::newRow("overdue, Enter")
        << u"overdueView"_s << u"905"_s << QDate(2020, 7, 1) << Activation::Enter;
    QTest::newRow("upcoming, double click")
        << u"upcomingView"_s << u"907"_s << QDate(2020, 5, 28) << Activation::DoubleClick;
    QTest::newRow("upcoming, Enter")
        << u"upcomingView"_s << u"30901"_s << QDate(2020, 6, 20) << Activation::Enter;
}

void TestDashboard::activatingARowOpensTheUnit()
{
    QFETCH(QString, viewName);
    QFETCH(QString, code);
    QFETCH(QDate, asOf);
    QFETCH(Activation, activation);

    m_workspace->setAsOf(asOf);
    showView(QSize(650, 600));
    auto *view = find<QTableView>(viewName);
    QVERIFY(view);
    if (auto *tabs = find<QTabWidget>(u"dashboardLists"_s); tabs->indexOf(view) >= 0)
        tabs->setCurrentWidget(view);
    QTRY_VERIFY(view->isVisible());

    const int row = rowOf(view->model(), TestSupport::unitIdOf(m_workspace->database(), code));
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row, 0);
    QSignalSpy spy(m_view, &DashboardView::unitActivated);
    if (activation == Activation::DoubleClick) {
        view->scrollTo(index);
        const QPoint centre = view->visualRect(index).center();
        QVERIFY(view->viewport()->rect().contains(centre));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(spy.count(), 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    } else {
        view->setFocus();
        view->setCurrentIndex(index);
        QCOMPARE(spy.count(), 0);
        QTest::keyClick(view, Qt::Key_Return);
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), code));
}

void TestDashboard::doubleClickingABarOpensTheDistrict()
{
    showView(QSize(650, 900));
    auto *chartView = find<QChartView>(u"progressChart"_s);
    QTRY_VERIFY(chartView->isVisible());
    QHorizontalStackedBarSeries *series = chartSeries();
    QVERIFY(series);
    const int index = 14
        - m_view->report()->districtOfUnit(
            TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
    // The middle of Châu Thành's bar: 10 communes, none held.
    const QPointF inChart = chartView->chart()->mapToPosition(QPointF(5, index), series);
    const QPoint inView = chartView->mapFromScene(chartView->chart()->mapToScene(inChart));
    QVERIFY(chartView->viewport()->rect().contains(inView));
    QSignalSpy spy(m_view, &DashboardView::unitActivated);
    QTest::mouseDClick(chartView->viewport(), Qt::LeftButton, {}, inView);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"905"_s));
}

void TestDashboard::totalsAndOrderWarnings()
{
    auto *summary = find<QLabel>(u"dashboardSummary"_s);
    auto *warnings = find<QLabel>(u"dashboardWarnings"_s);
    QVERIFY(summary && warnings);
    showView(QSize(650, 600));
    QVERIFY(summary->text().contains(u"25/03/2020"_s));
    QVERIFY2(summary->text().contains(u"0 of 145 held"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"0 of 15 held"_s));
    QVERIFY(summary->text().contains(u"Grassroots"_s));
    QVERIFY(!warnings->isVisible());

    m_workspace->setAsOf(QDate(2020, 6, 20));
    QVERIFY(hold(chauThanhCommunes.mid(0, 2), QDate(2020, 6, 10)));
    QVERIFY(hold({u"905"_s}, QDate(2020, 6, 15)));
    QVERIFY2(summary->text().contains(u"2 of 145 held"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"1 of 15 held"_s));
    // Bình An is past its pilot deadline, Gò Quao past its own.
    QVERIFY2(summary->text().contains(u"1 overdue"_s), qPrintable(summary->text()));
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(u"Huyện Châu Thành"_s), qPrintable(warnings->text()));
    QVERIFY(warnings->text().contains(u"2 of the 10"_s));

    // The name is a link to the district.
    QSignalSpy spy(m_view, &DashboardView::unitActivated);
    emit warnings->linkActivated(
        QString::number(TestSupport::unitIdOf(m_workspace->database(), u"905"_s)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"905"_s));

    m_workspace->undoStack()->undo();
    QVERIFY(!warnings->isVisible());
}

void TestDashboard::twoLevelCampaign()
{
    // After 2025: the province and its communes, no district level.
    Campaign spec;
    spec.name = u"Tổng kết phong trào thi đua “Dân vận khéo” hai cấp"_s;
    spec.phase = u"2021–2025"_s;
    spec.rootUnitId = TestSupport::unitIdOf(m_workspace->database(), u"91"_s);
    spec.startsOn = QDate(2020, 2, 6);
    spec.levels = {{u"province"_s, Period::day(QDate(2020, 9, 20))},
                   {u"commune"_s, Period::day(QDate(2020, 6, 30))}};
    const auto created = CampaignRepository(m_workspace->database()).create(spec);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_workspace->refresh(Workspace::Change::Campaigns);
    m_workspace->setCampaignId(*created);
    m_workspace->setAsOf(QDate(2020, 7, 1));
    showView(QSize(650, 600));

    // The level above the communes is the province: one row, its communes under it, and
    // no word of districts.
    auto *progress = find<QTableView>(u"districtProgressView"_s);
    QCOMPARE(progress->model()->rowCount(), 1);
    QCOMPARE(progress->model()->index(0, DistrictProgressModel::District).data().toString(),
             u"Tỉnh Kiên Giang"_s);
    QCOMPARE(progress->model()->headerData(DistrictProgressModel::District, Qt::Horizontal),
             u"Province"_s);
    QVERIFY(progress->isVisible());
    QVERIFY(find<QChartView>(u"progressChart"_s)->isVisible());
    QVERIFY(!find<QLabel>(u"dashboardNoDistricts"_s)->isVisible());
    for (const QLabel *label : m_view->findChildren<QLabel *>()) {
        if (label->isVisible())
            QVERIFY2(!label->text().contains(u"istrict"_s), qPrintable(label->text()));
    }
    QCOMPARE(find<QTableView>(u"overdueView"_s)->model()->rowCount(), 145);
    QVERIFY(find<QLabel>(u"dashboardSummary"_s)->text().contains(u"0 of 145 held"_s));

    // Back to the three-level campaign: the districts come back.
    m_workspace->setCampaignId(CampaignRepository(m_workspace->database()).all()->first().id);
    QCOMPARE(find<QTableView>(u"districtProgressView"_s)->model()->rowCount(), 15);
    QVERIFY(find<QTableView>(u"districtProgressView"_s)->isVisible());
    QVERIFY(!find<QLabel>(u"dashboardNoDistricts"_s)->isVisible());
}

void TestDashboard::noCampaignShowsASentence()
{
    showView(QSize(650, 600));
    auto *empty = find<QLabel>(u"dashboardEmpty"_s);
    QVERIFY(!empty->isVisible());
    QVERIFY(find<QTableView>(u"districtProgressView"_s)->isVisible());

    const QString example = m_workspace->filePath();
    const auto fresh = TestSupport::freshEmpty(*m_dir);
    QVERIFY(!fresh.location.isEmpty());
    QVERIFY(m_workspace->open(fresh.location, fresh.intent).ok());
    QVERIFY(!m_workspace->schedule());
    QVERIFY(m_view->report() == nullptr);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->text().isEmpty());
    QVERIFY(!find<QTableView>(u"districtProgressView"_s)->isVisible());
    for (const char *name : {"districtProgressView", "overdueView", "upcomingView"})
        QCOMPARE(find<QTableView>(QString::fromLatin1(name))->model()->rowCount(), 0);

    QVERIFY(m_workspace->open(example, Workspace::OpenIntent::Existing).ok());
    QVERIFY(!empty->isVisible());
    QCOMPARE(find<QTableView>(u"districtProgressView"_s)->model()->rowCount(), 15);
}

void TestDashboard::followsTheLanguage()
{
    auto *summary = find<QLabel>(u"dashboardSummary"_s);
    QVERIFY(summary->text().contains(u"Grassroots"_s));
    const QAbstractItemModel *model = find<QTableView>(u"overdueView"_s)->model();
    m_workspace->setAsOf(QDate(2020, 7, 1));
    QCOMPARE(model->index(0, OverdueModel::Standing).data().toString(), u"overdue by 31 days"_s);

    Translations::install(Translations::Language::Vietnamese);
    QTRY_VERIFY2(summary->text().contains(u"Cấp cơ sở"_s), qPrintable(summary->text()));
    // The schedule's words are already in Vietnamese.
    QVERIFY(model->index(0, OverdueModel::Standing).data().toString() != u"overdue by 31 days"_s);

    Translations::install(Translations::Language::English);
    QTRY_VERIFY(summary->text().contains(u"Grassroots"_s));
    QCOMPARE(m_view->windowTitle(), u"Overview"_s);
}

void TestDashboard::fitsBesideTheDocks_data()
{
    QTest::addColumn<qreal>("fontScale");

    QTest::newRow("normal font") << 1.0;
    QTest::newRow("large font") << 1.5;
}

void TestDashboard::fitsBesideTheDocks()
{
    QFETCH(qreal, fontScale);

    Translations::install(Translations::Language::Vietnamese);
    // Large fonts as the clerk sets them for the whole desktop.
    const QFont normal = QApplication::font();
    const auto restoreFont = qScopeGuard([normal] { QApplication::setFont(normal); });
    QFont font = normal;
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(font);
    m_workspace->setAsOf(QDate(2020, 7, 1));
    // What the page gets at 1366×768 beside the two docks.
    showView(QSize(650, 600));
    QTRY_VERIFY(find<QLabel>(u"dashboardSummary"_s)->text().contains(u"Cấp cơ sở"_s));

    // The page never asks for more than it gets: what does not fit scrolls.
    QVERIFY(m_view->minimumSizeHint().width() <= 650);
    QVERIFY(m_view->minimumSizeHint().height() <= 600);
    auto *scroll = find<QScrollArea>(u"dashboardScroll"_s);
    QVERIFY(scroll);
    // Each table shows at least five rows, and the chart a readable bar per district.
    for (const char *name : {"districtProgressView", "overdueView"}) {
        auto *view = find<QTableView>(QString::fromLatin1(name));
        const int rowHeight = view->verticalHeader()->defaultSectionSize();
        QVERIFY(rowHeight >= view->fontMetrics().height());
        QVERIFY2(view->viewport()->height() >= 5 * rowHeight,
                 qPrintable(u"%1: %2 < 5 × %3"_s.arg(QString::fromLatin1(name))
                                .arg(view->viewport()->height())
                                .arg(rowHeight)));
    }
    auto *chartView = find<QChartView>(u"progressChart"_s);
    QVERIFY(chartView->height() >= 15 * chartView->fontMetrics().height());
    // The district's names are not cut: the widest fits in its column.
    auto *districts = find<QTableView>(u"districtProgressView"_s);
    int widest = 0;
    for (int row = 0; row < districts->model()->rowCount(); ++row) {
        widest = std::max(
            widest,
            districts->fontMetrics().horizontalAdvance(
                districts->model()->index(row, DistrictProgressModel::District).data().toString()));
    }
    QVERIFY(districts->columnWidth(DistrictProgressModel::District) >= widest);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
