#include "FreshExample.h"
#include "GettingStarted.h"
#include "Schedule.h"
#include "ScheduleFilterModel.h"
#include "ScheduleModel.h"
#include "ScheduleView.h"
#include "TestSupport.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/// The "Schedule" page on its own, over a workspace with the Kiên Giang example (161 units
/// taking part, as of 25/03/2020): its rows, its filters and counts, the unit it says is
/// chosen, and the way to a campaign in a file without one.
class TestScheduleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryUnitTakingPart();
    void filtersNarrowTheRows_data();
    void filtersNarrowTheRows();
    void searchFindsAUnit();
    void choosingARowSaysWhichUnit();
    void countsFollowTheDay();
    void fileWithoutCampaignShowsTheWay();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QTableView *table() const { return find<QTableView>(u"scheduleView"_s); }
    /// The schedule's rows for which `keep` holds.
    template<typename Keep>
    int rowsWhere(Keep keep) const
    {
        int count = 0;
        for (const ScheduleRow &row : m_workspace->schedule()->rows())
            count += keep(row) ? 1 : 0;
        return count;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ScheduleView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestScheduleView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(Translations::Language::English);
}

void TestScheduleView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = std::make_unique<Workspace>();
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    const auto opened = m_workspace->open(example.location, example.intent);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_workspace->setAsOf(QDate(2020, 3, 25));
    m_view = std::make_unique<ScheduleView>(*m_workspace);
    QVERIFY(table());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestScheduleView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestScheduleView::listsEveryUnitTakingPart()
{
    QCOMPARE(m_view->objectName(), u"schedulePage"_s);
    QCOMPARE(m_view->windowTitle(), u"Schedule"_s);
    QCOMPARE(m_workspace->schedule()->rows().size(), 161);
    QCOMPARE(table()->model()->rowCount(), 161);
    QCOMPARE(table()->model()->columnCount(), int(ScheduleModel::ColumnCount));
    QVERIFY(m_view->counts().startsWith(u"As of 25/03/2020: 161 units taking part"_s));
    QVERIFY(find<QLabel>(u"scheduleTitle"_s)->text().startsWith(u"Conference schedule"_s));
}

void TestScheduleView::filtersNarrowTheRows_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("status"); // ScheduleFilterModel::Status, or -1 for the pilots
    // The communes are due by 30/06/2020, the pilot Xã Bình An by 31/05/2020.
    QTest::newRow("overdue") << QDate(2020, 7, 1) << int(ScheduleFilterModel::Status::Overdue);
    QTest::newRow("due soon") << QDate(2020, 5, 28) << int(ScheduleFilterModel::Status::DueSoon);
    QTest::newRow("pilots only") << QDate(2020, 3, 25) << -1;
}

void TestScheduleView::filtersNarrowTheRows()
{
    QFETCH(QDate, asOf);
    QFETCH(int, status);
    m_workspace->setAsOf(asOf);
    QSignalSpy counted(m_view.get(), &ScheduleView::countsChanged);
    int expected = 0;
    if (status < 0) {
        find<QCheckBox>(u"pilotsOnly"_s)->setChecked(true);
        expected = rowsWhere([](const ScheduleRow &row) { return row.pilot; });
    } else {
        auto *combo = find<QComboBox>(u"statusFilter"_s);
        combo->setCurrentIndex(combo->findData(status));
        using Status = ScheduleFilterModel::Status;
        expected = rowsWhere([status](const ScheduleRow &row) {
            return row.timeliness
                == (Status(status) == Status::Overdue ? Timeliness::Overdue : Timeliness::DueSoon);
        });
    }
    QVERIFY(expected > 0 && expected < 161);
    QCOMPARE(table()->model()->rowCount(), expected);
    QVERIFY(!counted.isEmpty());
    QVERIFY2(m_view->counts().contains(u": %1 of 161 units shown"_s.arg(expected)),
             qPrintable(m_view->counts()));
}

void TestScheduleView::searchFindsAUnit()
{
    // Xã Bình An, without its accents.
    m_view->setSearchText(u"binh an"_s);
    QVERIFY(table()->model()->rowCount() >= 1);
    const qint64 binhAn = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    bool found = false;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        found |= table()->model()->index(row, 0).data(ScheduleModel::UnitIdRole) == binhAn;
    QVERIFY(found);
    m_view->setSearchText(u"30898"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
    m_view->setSearchText(QString());
    QCOMPARE(table()->model()->rowCount(), 161);
}

void TestScheduleView::choosingARowSaysWhichUnit()
{
    QSignalSpy chosen(m_view.get(), &ScheduleView::currentUnitChanged);
    const QModelIndex third = table()->model()->index(2, 0);
    table()->setCurrentIndex(third);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toLongLong(),
             third.data(ScheduleModel::UnitIdRole).toLongLong());
    QCOMPARE(m_view->selectedUnitIds(), {third.data(ScheduleModel::UnitIdRole).toLongLong()});

    // Chosen from elsewhere: selected without a word back, and again after a re-read.
    const qint64 binhAn = TestSupport::unitIdOf(m_workspace->database(), u"30898"_s);
    m_view->selectUnit(binhAn);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(table()->currentIndex().data(ScheduleModel::UnitIdRole).toLongLong(), binhAn);
    m_workspace->refresh(Workspace::Change::Schedule);
    QCOMPARE(table()->currentIndex().data(ScheduleModel::UnitIdRole).toLongLong(), binhAn);
}

void TestScheduleView::countsFollowTheDay()
{
    QSignalSpy counted(m_view.get(), &ScheduleView::countsChanged);
    m_workspace->setAsOf(QDate(2020, 7, 1));
    QVERIFY(!counted.isEmpty());
    QVERIFY2(m_view->counts().startsWith(u"As of 01/07/2020: 161 units taking part"_s),
             qPrintable(m_view->counts()));
}

void TestScheduleView::fileWithoutCampaignShowsTheWay()
{
    const auto empty = TestSupport::freshEmpty(*m_dir);
    QVERIFY(!empty.location.isEmpty());
    const auto opened = m_workspace->open(empty.location, empty.intent);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto *stack = table()->parentWidget();
    while (stack && !qobject_cast<QStackedWidget *>(stack))
        stack = stack->parentWidget();
    QVERIFY(stack);
    QCOMPARE(static_cast<QStackedWidget *>(stack)->currentWidget(),
             m_view->findChild<GettingStarted *>(u"gettingStarted"_s));
    QCOMPARE(m_view->counts(), u"0 units"_s);
    QCOMPARE(find<QLabel>(u"scheduleTitle"_s)->text(), u"Conference schedule"_s);
}

QTEST_MAIN(TestScheduleView)
#include "tst_scheduleview.moc"
