#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "Database.h"
#include "Dialogs.h"
#include "ExemplarModel.h"
#include "ExemplarRepository.h"
#include "FreshExample.h"
#include "KeyInput.h"
#include "LineageRepository.h"
#include "MainWindow.h"
#include "ReportBuilder.h"
#include "RewardModel.h"
#include "RewardRepository.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitFilterModel.h"
#include "UnitRepository.h"
#include "UnitTree.h"
#include "UnitTreeModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The 2025 reorganisation in the window: the conversion table imported through File →
/// Import units, a unit found by an old name or code with where it went, the unit panel's
/// links to the units before and after it, and the records of the units before it.
class TestLineageWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importReportsWarnings();
    void searchByOldCodeShowsWhereItWent();
    void searchByOldNameInTheModel();
    void panelLinksToPredecessorsAndSuccessors();
    void historyOfThePredecessors();
    void exportByTodaysUnits();
    void registerPagesNameTodaysUnits();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QStringList shownNames(const QAbstractItemModel *model, const QModelIndex &parent = {}) const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
    QString m_importMessage;
};

void TestLineageWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLineageWindow::init()
{
    Translations::install(Translations::Language::English);
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // Thị trấn Minh Lương held its conference of 2016–2020.
    const qint64 minhLuong =
        TestSupport::unitIdOf(m_workspace->database(), u"30880"_s, QDate(2020, 2, 6));
    CampaignRepository campaigns(m_workspace->database());
    auto conference = campaigns.conference(m_workspace->campaignId(), minhLuong);
    QVERIFY(conference);
    Conference held = *conference;
    held.heldOn = QDate(2020, 5, 20);
    held.attendees = 95;
    QVERIFY(campaigns.saveConference(held));
    m_workspace->refresh(Workspace::Change::Schedule);

    // File → Import units, with the day the file states.
    const QString table = TestSupport::dataPath(u"conversion-2025.csv"_s);
    QTimer::singleShot(0, [table] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"importUnitsDialog"_s);
        auto *ownDay = dialog->findChild<QCheckBox *>(u"importOwnDay"_s);
        QVERIFY(ownDay && ownDay->isChecked());
        dialog->findChild<QLineEdit *>(u"importFile"_s)->setText(table);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(u"importUnitsAction"_s)->trigger();
    m_importMessage = MessageBox::lastText();
}

void TestLineageWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
    Translations::install(Translations::Language::Vietnamese);
}

QStringList TestLineageWindow::shownNames(const QAbstractItemModel *model,
                                          const QModelIndex &parent) const
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names.append(index.data().toString());
        names.append(shownNames(model, index));
    }
    return names;
}

void TestLineageWindow::importReportsWarnings()
{
    QVERIFY2(m_importMessage.contains(u"in force from 01/07/2025"_s), qPrintable(m_importMessage));
    QVERIFY2(m_importMessage.contains(u"What the file does not account for:"_s),
             qPrintable(m_importMessage));
    QVERIFY2(m_importMessage.contains(u"30999: Xã Vĩnh Lập"_s), qPrintable(m_importMessage));
    QVERIFY2(m_importMessage.contains(u"more (danvan-cli import-units lists them all)"_s),
             qPrintable(m_importMessage));
    // The tree shows the units in force: the new province and its communes.
    auto *tree = find<QTreeView>(u"unitTree"_s);
    QTRY_VERIFY(shownNames(tree->model()).contains(u"Tỉnh An Giang"_s));
    QVERIFY(!shownNames(tree->model()).contains(u"Tỉnh Kiên Giang"_s));
}

void TestLineageWindow::searchByOldCodeShowsWhereItWent()
{
    auto *search = find<QLineEdit>(u"unitSearch"_s);
    auto *tree = find<QTreeView>(u"unitTree"_s);
    search->setFocus();
    typeText(search, u"30808"_s);
    QTRY_VERIFY2(
        shownNames(tree->model()).contains(u"Xã Bình An (30808, Kiên Lương) → Xã Kiên Lương"_s),
        qPrintable(shownNames(tree->model()).join(u" | "_s)));
    search->clear();
    // An old name without accents: the new Xã Bình An for itself, and where the other went.
    typeText(search, u"binh an"_s);
    QTRY_VERIFY(shownNames(tree->model()).contains(u"Xã Bình An"_s));
    QVERIFY2(
        shownNames(tree->model()).contains(u"Xã Bình An (30808, Kiên Lương) → Xã Kiên Lương"_s),
        qPrintable(shownNames(tree->model()).join(u" | "_s)));
    // Choosing the row shows the unit in force.
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                             u"Xã Bình An (30808, Kiên Lương) → Xã Kiên Lương"_s, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setCurrentIndex(found.first());
    QTRY_COMPARE(find<QLabel>(u"panelTitle"_s)->text(), u"Xã Kiên Lương"_s);
}

void TestLineageWindow::searchByOldNameInTheModel()
{
    UnitTreeModel units;
    UnitFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&units);
    units.setTree(m_workspace->units(), m_workspace->levels());
    filter.setSearchText(u"Minh Luong"_s);
    const QStringList shown = shownNames(&filter);
    QVERIFY2(shown.contains(u"Thị trấn Minh Lương (30880, Châu Thành) → Xã Châu Thành"_s),
             qPrintable(shown.join(u" | "_s)));
    QCOMPARE(filter.matchCount(100), 1);
    // With the retired units shown, the old unit itself is found too, under its district.
    filter.setShowRetired(true);
    QVERIFY(shownNames(&filter).contains(u"Thị trấn Minh Lương"_s));
    QCOMPARE(filter.matchCount(100), 2);
    filter.setSearchText(QString());
    QVERIFY(!shownNames(&filter).join(u'|').contains(u"→"_s));
}

void TestLineageWindow::panelLinksToPredecessorsAndSuccessors()
{
    QVERIFY(m_window->showUnitByCode(u"30880"_s));
    auto *title = find<QLabel>(u"panelTitle"_s);
    auto *lineage = find<QLabel>(u"panelLineage"_s);
    QTRY_COMPARE(title->text(), u"Xã Châu Thành"_s);
    QVERIFY(lineage->isVisible());
    QVERIFY2(lineage->text().contains(u"Formed on 01/07/2025 from"_s), qPrintable(lineage->text()));
    QVERIFY2(lineage->text().contains(u"Thị trấn Minh Lương</a> (30880, whole)"_s),
             qPrintable(lineage->text()));
    QVERIFY2(lineage->text().contains(u"Xã Mong Thọ A</a> (30883, whole)"_s),
             qPrintable(lineage->text()));

    // Following a link (what a click on it sends) goes to the old unit, which says where it
    // went.
    const qint64 minhLuong =
        TestSupport::unitIdOf(m_workspace->database(), u"30880"_s, QDate(2025, 6, 30));
    QVERIFY(lineage->text().contains(u"href=\"%1\""_s.arg(minhLuong)));
    emit lineage->linkActivated(QString::number(minhLuong));
    QTRY_COMPARE(title->text(), u"Thị trấn Minh Lương"_s);
    QVERIFY2(lineage->text().contains(u"On 01/07/2025 went into"_s), qPrintable(lineage->text()));
    QVERIFY2(lineage->text().contains(u"Xã Châu Thành</a> (30880, whole)"_s),
             qPrintable(lineage->text()));
    QVERIFY2(find<QLabel>(u"panelDetails"_s)->text().contains(u"30/06/2025"_s),
             qPrintable(find<QLabel>(u"panelDetails"_s)->text()));
    // No lineage line for a unit with no units before or after it in the file: a new ward
    // of a province the example does not hold, and a district that ended.
    QVERIFY(m_window->showUnitByCode(u"20194"_s));
    QTRY_COMPARE(title->text(), u"Phường Hải Châu"_s);
    QVERIFY(!lineage->isVisible());
    QVERIFY(m_window->showUnitByCode(u"905"_s));
    QTRY_COMPARE(title->text(), u"Huyện Châu Thành"_s);
    QVERIFY(!lineage->isVisible());
}

void TestLineageWindow::historyOfThePredecessors()
{
    QVERIFY(m_window->showUnitByCode(u"30880"_s));
    auto *history = find<QWidget>(u"unitHistorySection"_s);
    auto *text = find<QLabel>(u"unitHistoryText"_s);
    QTRY_VERIFY(history->isVisible());
    // Each record under the unit it belongs to, and the campaign it belongs to.
    const QString shown = text->text();
    QVERIFY2(shown.contains(u"Thị trấn Minh Lương (30880, Châu Thành)"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Conference held on 20/05/2020, 95 attendee"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Xã Mong Thọ A (30883, Châu Thành)"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Dân vận khéo"_s), qPrintable(shown));
    // The name leads to the old unit.
    emit text->linkActivated(QString::number(
        TestSupport::unitIdOf(m_workspace->database(), u"30883"_s, QDate(2020, 1, 1))));
    QTRY_COMPARE(find<QLabel>(u"panelTitle"_s)->text(), u"Xã Mong Thọ A"_s);
    // A unit that came from none has no such section.
    QTRY_VERIFY(!history->isVisible());
}

void TestLineageWindow::exportByTodaysUnits()
{
    const QString path = m_dir->filePath(u"rewards.csv"_s);
    bool offered = false;
    QTimer::singleShot(0, [&offered] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"reportDialog"_s);
        auto *kind = dialog->findChild<QComboBox *>(u"reportKind"_s);
        auto *todaysUnits = dialog->findChild<QCheckBox *>(u"reportTodaysUnits"_s);
        QVERIFY(kind && todaysUnits);
        // Offered for the registers only.
        kind->setCurrentIndex(kind->findData(int(ReportBuilder::Kind::Schedule)));
        QVERIFY(todaysUnits->isHidden());
        kind->setCurrentIndex(kind->findData(int(ReportBuilder::Kind::Rewards)));
        QVERIFY(!todaysUnits->isHidden());
        offered = true;
        QTest::mouseClick(todaysUnits, Qt::LeftButton, {}, QPoint(4, todaysUnits->height() / 2));
        QVERIFY(todaysUnits->isChecked());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    FileDialog::setNextFileName(path);
    m_window->findChild<QAction *>(u"exportAction"_s)->trigger();
    QVERIFY(offered);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine());
    QVERIFY2(header.contains(u"\"At the conference of\",\"Today's unit\""_s), qPrintable(header));
}

void TestLineageWindow::registerPagesNameTodaysUnits()
{
    // A model commended and a reward given at Thị trấn Minh Lương's conference of 2020;
    // since 07/2025 its code names Xã Châu Thành, which carries it on.
    const qint64 minhLuong =
        TestSupport::unitIdOf(m_workspace->database(), u"30880"_s, QDate(2020, 2, 6));
    Exemplar exemplar;
    exemplar.campaignId = m_workspace->campaignId();
    exemplar.unitId = minhLuong;
    exemplar.recognisedBy = minhLuong;
    exemplar.name = u"Mô hình dân vận khéo ấp Minh Phong"_s;
    QVERIFY(ExemplarRepository(m_workspace->database()).save(exemplar));
    const auto forms =
        CatalogueRepository(m_workspace->database(), CatalogueRepository::Catalogue::RewardForms)
            .entries();
    QVERIFY(forms && !forms->isEmpty());
    Reward reward;
    reward.campaignId = m_workspace->campaignId();
    reward.unitId = minhLuong;
    reward.formId = forms->first().id;
    reward.recipients.append({0, Exemplar::Kind::Collective, u"Ấp Minh Phong"_s, 0, 0});
    QVERIFY(RewardRepository(m_workspace->database()).save(reward));
    m_workspace->refresh(Workspace::everything());

    const QString today =
        UnitRepository(m_workspace->database()).byCode(u"30880"_s, QDate::currentDate())->name;
    QCOMPARE(today, u"Xã Châu Thành"_s);
    for (const auto &[page, table, column] :
         {std::tuple{u"exemplars"_s, u"exemplarTable"_s, int(ExemplarModel::TodaysUnit)},
          std::tuple{u"rewards"_s, u"rewardTable"_s, int(RewardModel::TodaysUnit)}}) {
        QVERIFY(m_window->showPage(page));
        auto *view = find<QTableView>(table);
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY2(!view->isColumnHidden(column), qPrintable(table));
        QCOMPARE(view->model()->headerData(column, Qt::Horizontal).toString(), u"Today's unit"_s);
        bool found = false;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            if (index.siblingAtColumn(0).data().toString().contains(u"Minh Phong"_s)
                || view->model()
                       ->index(row, RewardModel::Recipients)
                       .data()
                       .toString()
                       .contains(u"Minh Phong"_s)) {
                QCOMPARE(index.data().toString(), today);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(table));
    }
}

QTEST_MAIN(TestLineageWindow)
#include "tst_lineagewindow.moc"
