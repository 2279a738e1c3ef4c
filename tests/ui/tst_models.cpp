#include "CampaignRepository.h"
#include "Database.h"
#include "Schedule.h"
#include "ScheduleFilterModel.h"
#include "ScheduleModel.h"
#include "TestSupport.h"
#include "UnitFilterModel.h"
#include "UnitImporter.h"
#include "UnitRepository.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"
#include "VietnameseCollator.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// The item models of the window, on the Kiên Giang example, each under
/// QAbstractItemModelTester.
class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unitTreeShape();
    void repeatedNamesShowTheirParent();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void retiredUnitsHiddenUntilAsked();
    void scheduleRowsAndColumns();
    void scheduleSortsDatesAndVietnamese();
    void scheduleTintsOverdueAndDueSoon();
    void injectionIsSearchedAsText_data();
    void injectionIsSearchedAsText();

private:
    QStringList visibleNames(const QAbstractItemModel &model, const QModelIndex &parent = {}) const;

    QTemporaryDir m_dir;
    Database m_database;
    std::shared_ptr<const UnitTree> m_tree;
    QList<Level> m_levels;
    qint64 m_campaignId = 0;
};

void TestModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestSupport::createExample(m_database, m_dir));
    const auto units = UnitRepository(m_database).all();
    QVERIFY(units.ok());
    m_tree = std::make_shared<const UnitTree>(*units);
    m_levels = *UnitRepository(m_database).levels();
    const auto campaigns = CampaignRepository(m_database).all();
    QVERIFY(campaigns.ok());
    QCOMPARE(campaigns->size(), 1);
    m_campaignId = campaigns->first().id;
}

QStringList TestModels::visibleNames(const QAbstractItemModel &model,
                                     const QModelIndex &parent) const
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        names.append(index.data().toString());
        names.append(visibleNames(model, index));
    }
    return names;
}

void TestModels::unitTreeShape()
{
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(m_tree, m_levels);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex province = model.index(0, UnitTreeModel::Name);
    QCOMPARE(province.data().toString(), u"Tỉnh Kiên Giang"_s);
    QCOMPARE(model.index(0, UnitTreeModel::Code).data().toString(), u"91"_s);
    QCOMPARE(model.rowCount(province), 15);

    // Districts in Vietnamese order: "Huyện ..." before "Thành phố ...", and An Biên first.
    QStringList districts;
    for (int row = 0; row < model.rowCount(province); ++row)
        districts.append(model.index(row, 0, province).data().toString());
    QCOMPARE(districts.first(), u"Huyện An Biên"_s);
    QCOMPARE(districts.last(), u"Thành phố Rạch Giá"_s);
    QStringList sorted = districts;
    std::sort(sorted.begin(), sorted.end(), VietnameseCollator());
    QCOMPARE(districts, sorted);

    int communes = 0;
    for (int row = 0; row < model.rowCount(province); ++row)
        communes += model.rowCount(model.index(row, 0, province));
    QCOMPARE(communes, 145);

    const QModelIndex chauThanh =
        model.indexOfUnit(UnitRepository(m_database).byCode(u"905"_s)->id);
    QCOMPARE(chauThanh.data().toString(), u"Huyện Châu Thành"_s);
    QCOMPARE(chauThanh.parent(), province);
    QVERIFY(chauThanh.data(Qt::ToolTipRole).toString().contains(u"905"_s));
}

void TestModels::repeatedNamesShowTheirParent()
{
    UnitTreeModel model;
    model.setTree(m_tree, m_levels);
    const auto inChauThanh = UnitRepository(m_database).byCode(u"30898"_s);
    const auto inKienLuong = UnitRepository(m_database).byCode(u"30808"_s);
    QCOMPARE(model.indexOfUnit(inChauThanh->id).data().toString(),
             u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(model.indexOfUnit(inKienLuong->id).data().toString(),
             u"Xã Bình An (Huyện Kiên Lương)"_s);
    // A name that does not repeat is shown alone.
    const auto unique = UnitRepository(m_database).byCode(u"30883"_s);
    QCOMPARE(model.indexOfUnit(unique->id).data().toString(), u"Xã Mong Thọ A"_s);
}

void TestModels::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("mustShow");
    QTest::addColumn<QStringList>("mustHide");

    const QStringList binhAn{u"Xã Bình An (Huyện Châu Thành)"_s,
                             u"Xã Bình An (Huyện Kiên Lương)"_s};
    QTest::newRow("plain") << u"binh an"_s << binhAn << QStringList{u"Xã Bình Sơn"_s};
    QTest::newRow("capitals") << u"BINH AN"_s << binhAn << QStringList{u"Xã Bình Sơn"_s};
    QTest::newRow("accents") << u"bình an"_s << binhAn << QStringList{u"Xã Bình Giang"_s};
    QTest::newRow("both tone placements")
        << u"hoa an"_s << QStringList{u"Xã Hoà An"_s} << QStringList{u"Xã Hòa Hưng"_s};
    QTest::newRow("hoa finds Hòa and Hoà")
        << u"hoa hung"_s << QStringList{u"Xã Hòa Hưng"_s} << QStringList{u"Xã Hoà An"_s};
    QTest::newRow("đ as d") << u"dong ho"_s << QStringList{u"Phường Đông Hồ"_s}
                            << QStringList{u"Xã Đông Thái"_s};
    QTest::newRow("by code") << u"30898"_s << QStringList{u"Xã Bình An (Huyện Châu Thành)"_s}
                             << QStringList{u"Xã Bình An (Huyện Kiên Lương)"_s};
    QTest::newRow("parents stay") << u"binh an"_s
                                  << QStringList{u"Tỉnh Kiên Giang"_s, u"Huyện Châu Thành"_s}
                                  << QStringList{u"Huyện Gò Quao"_s};
}

void TestModels::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, search);
    QFETCH(QStringList, mustShow);
    QFETCH(QStringList, mustHide);

    UnitTreeModel model;
    model.setTree(m_tree, m_levels);
    UnitFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setSearchText(search);
    const QStringList shown = visibleNames(filter);
    for (const QString &name : mustShow)
        QVERIFY2(shown.contains(name), qPrintable(name));
    for (const QString &name : mustHide)
        QVERIFY2(!shown.contains(name), qPrintable(name));
    filter.setSearchText(QString());
    QCOMPARE(visibleNames(filter).size(), 161);
}

void TestModels::retiredUnitsHiddenUntilAsked()
{
    QList<Unit> units = *UnitRepository(m_database).all();
    for (Unit &unit : units) {
        if (unit.code == "30898"_L1)
            unit.validTo = QDate(2025, 6, 30);
    }
    UnitTreeModel model;
    model.setTree(std::make_shared<const UnitTree>(units), m_levels);
    UnitFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QVERIFY(!visibleNames(filter).contains(u"Xã Bình An (Huyện Châu Thành)"_s));
    QCOMPARE(visibleNames(filter).size(), 160);
    filter.setShowRetired(true);
    QVERIFY(visibleNames(filter).contains(u"Xã Bình An (Huyện Châu Thành)"_s));
    const qint64 id = UnitRepository(m_database).byCode(u"30898"_s)->id;
    QVERIFY(model.indexOfUnit(id).data(Qt::ToolTipRole).toString().contains(u"30/06/2025"_s));
    QVERIFY(model.indexOfUnit(id).data(Qt::FontRole).value<QFont>().italic());
}

void TestModels::scheduleRowsAndColumns()
{
    auto loaded = Schedule::load(m_database, *m_tree, m_campaignId);
    QVERIFY(loaded.ok());
    auto schedule = std::make_shared<Schedule>(*loaded);
    ScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchedule(schedule);
    schedule->evaluate(QDate(2020, 3, 25), 7);
    model.statusesChanged();
    QCOMPARE(model.rowCount(), 161);
    QCOMPARE(model.columnCount(), int(ScheduleModel::ColumnCount));

    const qint64 binhAn = UnitRepository(m_database).byCode(u"30898"_s)->id;
    const int row = model.rowOfUnit(binhAn);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ScheduleModel::Code).data().toString(), u"30898"_s);
    QCOMPARE(model.index(row, ScheduleModel::Parent).data().toString(), u"Huyện Châu Thành"_s);
    QVERIFY(!model.index(row, ScheduleModel::Pilot).data().toString().isEmpty());
    QVERIFY(
        model.index(row, ScheduleModel::Deadline).data().toString().startsWith(u"31/05/2020"_s));
    QCOMPARE(model.index(row, ScheduleModel::Deadline).data(ScheduleModel::SortRole).toDate(),
             QDate(2020, 5, 31));
    // The tooltip says where the deadline comes from and quotes the directive's phrase.
    QVERIFY(model.index(row, ScheduleModel::Deadline)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"tháng 5/2020"_s));

    const qint64 chauThanh = UnitRepository(m_database).byCode(u"905"_s)->id;
    const QString source = model.index(model.rowOfUnit(chauThanh), ScheduleModel::Deadline)
                               .data(Qt::ToolTipRole)
                               .toString();
    QVERIFY2(source.contains(u"Huyện Châu Thành"_s), qPrintable(source));

    // Pilots only where set.
    int pilots = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        pilots += !model.index(r, ScheduleModel::Pilot).data().toString().isEmpty();
    QCOMPARE(pilots, 2);
}

void TestModels::scheduleSortsDatesAndVietnamese()
{
    auto loaded = Schedule::load(m_database, *m_tree, m_campaignId);
    QVERIFY(loaded.ok());
    ScheduleModel model;
    model.setSchedule(std::make_shared<Schedule>(*loaded));
    ScheduleFilterModel sorted;
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sorted.setSourceModel(&model);

    sorted.sort(ScheduleModel::Deadline, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, ScheduleModel::Code).data().toString(), u"30898"_s); // 31/05
    QCOMPARE(sorted.index(1, ScheduleModel::Code).data().toString(), u"907"_s); // 10/06
    QCOMPARE(sorted.index(sorted.rowCount() - 1, ScheduleModel::Code).data().toString(), u"91"_s);
    for (int row = 1; row < sorted.rowCount(); ++row) {
        QVERIFY(
            sorted.index(row - 1, ScheduleModel::Deadline).data(ScheduleModel::SortRole).toDate()
            <= sorted.index(row, ScheduleModel::Deadline).data(ScheduleModel::SortRole).toDate());
    }

    sorted.sort(ScheduleModel::Parent, Qt::AscendingOrder);
    QStringList parents;
    for (int row = 0; row < sorted.rowCount(); ++row)
        parents.append(sorted.index(row, ScheduleModel::Parent).data().toString());
    QStringList expected = parents;
    std::stable_sort(expected.begin(), expected.end(), VietnameseCollator());
    QCOMPARE(parents, expected);

    // Default: the tree's order, the province first.
    sorted.sort(ScheduleModel::Unit, Qt::AscendingOrder);
    QCOMPARE(sorted.index(0, ScheduleModel::Code).data().toString(), u"91"_s);
    QCOMPARE(sorted.index(1, ScheduleModel::Unit).data().toString(), u"Huyện An Biên"_s);
}

void TestModels::scheduleTintsOverdueAndDueSoon()
{
    auto loaded = Schedule::load(m_database, *m_tree, m_campaignId);
    QVERIFY(loaded.ok());
    auto schedule = std::make_shared<Schedule>(*loaded);
    ScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchedule(schedule);
    const auto evaluate = [&](QDate day) {
        schedule->evaluate(day, 7);
        model.statusesChanged();
    };
    const int binhAn = model.rowOfUnit(UnitRepository(m_database).byCode(u"30898"_s)->id);
    const int province = model.rowOfUnit(UnitRepository(m_database).byCode(u"91"_s)->id);

    evaluate(QDate(2020, 3, 25));
    QVERIFY(!model.index(binhAn, 0).data(Qt::BackgroundRole).isValid());

    evaluate(QDate(2020, 5, 28));
    QCOMPARE(model.index(binhAn, 0).data(ScheduleModel::TimelinessRole).toInt(),
             int(Timeliness::DueSoon));
    const QVariant dueSoon = model.index(binhAn, 0).data(Qt::BackgroundRole);
    QVERIFY(dueSoon.isValid());

    evaluate(QDate(2020, 6, 1));
    QCOMPARE(model.index(binhAn, 0).data(ScheduleModel::TimelinessRole).toInt(),
             int(Timeliness::Overdue));
    const QVariant overdue = model.index(binhAn, 0).data(Qt::BackgroundRole);
    QVERIFY(overdue.isValid());
    QVERIFY(overdue != dueSoon);
    QVERIFY(!model.index(province, 0).data(Qt::BackgroundRole).isValid());
}

void TestModels::injectionIsSearchedAsText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("single quotes") << u"Đảng bộ '); DROP TABLE units; --"_s;
    QTest::newRow("double quotes and a semicolon")
        << u"Đảng bộ \"); DROP TABLE \"units\"; SELECT (\""_s;
}

void TestModels::injectionIsSearchedAsText()
{
    QFETCH(QString, name);

    // A unit named with SQL (imported from a file), searched for by that very text in the
    // unit tree and in the schedule: found as text, and every table still there.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(TestSupport::createExample(database, dir));
    const QStringList tables = database.connection().tables();
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    const QString path = TestSupport::writeFile(
        dir, u"injection.csv"_s,
        u"code,name,kind,parent_code\n91-X,\"%1\",đảng bộ,91\n"_s.arg(quoted).toUtf8());
    const auto imported = UnitImporter(database).importFile(path);
    QVERIFY2(imported, qPrintable(imported.error()));

    const auto units = UnitRepository(database).all();
    QVERIFY(units.ok());
    auto tree = std::make_shared<const UnitTree>(*units);
    UnitTreeModel model;
    model.setTree(tree, *UnitRepository(database).levels());
    UnitFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    const QString search = name.mid(name.indexOf(u' ') + 1); // the SQL without "Đảng bộ"
    filter.setSearchText(search);
    QVERIFY2(visibleNames(filter).contains(name), qPrintable(visibleNames(filter).join(u", "_s)));
    QCOMPARE(visibleNames(filter).size(), 2); // the province and the unit

    auto schedule = Schedule::load(database, *tree, CampaignRepository(database).all()->first().id);
    QVERIFY2(schedule.ok(), qPrintable(schedule.error()));
    ScheduleModel scheduleModel;
    scheduleModel.setSchedule(std::make_shared<Schedule>(*schedule));
    ScheduleFilterModel scheduleFilter;
    QAbstractItemModelTester scheduleTester(&scheduleFilter,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    scheduleFilter.setSourceModel(&scheduleModel);
    scheduleFilter.setSearchText(search);
    QCOMPARE(scheduleFilter.rowCount(), 1);
    QCOMPARE(scheduleFilter.index(0, ScheduleModel::Code).data().toString(), u"91-X"_s);
    QCOMPARE(scheduleFilter.index(0, ScheduleModel::Unit).data().toString(), name);

    QCOMPARE(database.connection().tables(), tables);
    QCOMPARE(UnitRepository(database).all()->size(), 162);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
