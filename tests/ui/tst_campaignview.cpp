#include "CampaignRepository.h"
#include "CampaignView.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "Period.h"
#include "Schedule.h"
#include "SpecialDeadlineModel.h"
#include "TestSupport.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The campaign page, driven offscreen on the Kiên Giang example: its documents, the levels'
/// deadlines typed as directives write them, and the units' own deadlines and pilots.
class TestCampaignView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCampaign();
    void documentsOfTheExample_data();
    void documentsOfTheExample();
    void documentAddedEditedRemovedAndUndone();
    void unreadableDocumentDateRefusedInTheDialog();
    void levelDeadlineTypedInPlace();
    void unreadablePhraseRefusedInPlace_data();
    void unreadablePhraseRefusedInPlace();
    void levelDeadlineAfterTheLevelAboveWarns();
    void ownDeadlinesAndPilotsListed();
    void pilotMarkRemovedAndUndone();
    void unitOpensFromTheList();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static void replaceText(QWidget *widget, const QString &text);
    void whenDialogShows(const QString &name, std::function<void(QDialog *)> drive);
    int specialRow(qint64 unitId, bool pilot) const;
    Campaign storedCampaign() const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    CampaignView *m_view = nullptr;
};

void TestCampaignView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCampaignView::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    QVERIFY(TestSupport::openFreshExample(*m_workspace, *m_dir));
    m_workspace->setAsOf(QDate(2020, 3, 25));
    m_view = new CampaignView(*m_workspace);
    m_view->resize(650, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    for (const char *name : {"documentView", "specialDeadlineView"}) {
        auto *view = find<QTableView>(QString::fromLatin1(name));
        QVERIFY(view);
        new QAbstractItemModelTester(view->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, view);
    }
}

void TestCampaignView::cleanup()
{
    delete m_view;
    m_view = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestCampaignView::replaceText(QWidget *widget, const QString &text)
{
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    typeText(widget, text);
}

void TestCampaignView::whenDialogShows(const QString &name, std::function<void(QDialog *)> drive)
{
    QTimer::singleShot(0, this, [name, drive] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name) {
            if (dialog)
                dialog->reject();
            QFAIL(qPrintable(u"expected the dialog %1"_s.arg(name)));
        }
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

int TestCampaignView::specialRow(qint64 unit, bool pilot) const
{
    const QAbstractItemModel *model = find<QTableView>(u"specialDeadlineView"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(SpecialDeadlineModel::UnitIdRole).toLongLong() == unit
            && index.data(SpecialDeadlineModel::PilotRole).toBool() == pilot)
            return row;
    }
    return -1;
}

Campaign TestCampaignView::storedCampaign() const
{
    const auto campaign =
        CampaignRepository(m_workspace->database()).byId(m_workspace->campaignId());
    return campaign ? *campaign : Campaign{};
}

void TestCampaignView::showsTheCampaign()
{
    QCOMPARE(m_view->windowTitle(), u"Campaign"_s);
    QVERIFY(find<QLabel>(u"campaignTitle"_s)->text().contains(u"Dân vận khéo"_s));
    const QString details = find<QLabel>(u"campaignDetails"_s)->text();
    QVERIFY2(details.contains(u"2016–2020"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Tỉnh Kiên Giang"_s), qPrintable(details));
    QVERIFY2(details.contains(u"06/02/2020"_s), qPrintable(details));
    const QString keyDates = find<QLabel>(u"campaignKeyDates"_s)->text();
    QVERIFY2(keyDates.contains(u"15/10/2020"_s), qPrintable(keyDates));
    QVERIFY(keyDates.contains(u"90 năm"_s));
    // The three levels, each with the directive's phrase and its last day.
    const QList<std::pair<QString, QString>> levels{{u"province"_s, u"20/09/2020"_s},
                                                    {u"district"_s, u"31/07/2020"_s},
                                                    {u"commune"_s, u"30/06/2020"_s}};
    for (const auto &[level, last] : levels) {
        auto *phrase = find<QLineEdit>(u"levelDeadline_"_s + level);
        QVERIFY(phrase);
        QCOMPARE(phrase->text(), storedCampaign().deadlineFor(level).text());
        QVERIFY2(find<QLabel>(u"levelDeadlineShown_"_s + level)->text().contains(last),
                 qPrintable(level));
    }
    QCOMPARE(find<QLineEdit>(u"levelDeadline_commune"_s)->text(), u"cuối tháng 6-2020"_s);
}

void TestCampaignView::documentsOfTheExample_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("issuer");
    QTest::newRow("80") << 0 << u"80-CV/TU"_s << u"11/03/2016"_s
                        << u"Ban Thường vụ Tỉnh ủy Kiên Giang"_s;
    QTest::newRow("1029") << 1 << u"1029-CV/TU"_s << u"06/02/2020"_s
                          << u"Ban Thường vụ Tỉnh ủy Kiên Giang"_s;
    QTest::newRow("775, no date") << 2 << u"775"_s << QString()
                                  << u"Ban Thường vụ Huyện ủy Châu Thành"_s;
}

void TestCampaignView::documentsOfTheExample()
{
    QFETCH(int, row);
    QFETCH(QString, number);
    QFETCH(QString, date);
    QFETCH(QString, issuer);
    const QAbstractItemModel *model = find<QTableView>(u"documentView"_s)->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(row, 0).data().toString(), number);
    QCOMPARE(model->index(row, 1).data().toString(), date);
    QCOMPARE(model->index(row, 2).data().toString(), issuer);
    QVERIFY(!model->index(row, 3).data().toString().isEmpty());
}

void TestCampaignView::documentAddedEditedRemovedAndUndone()
{
    auto *view = find<QTableView>(u"documentView"_s);
    const QString original = TestSupport::dump(m_workspace->database());

    whenDialogShows(u"documentDialog"_s, [](QDialog *dialog) {
        auto *number = dialog->findChild<QLineEdit *>(u"documentNumber"_s);
        auto *date = dialog->findChild<DateField *>(u"documentDate"_s);
        auto *issuer = dialog->findChild<QLineEdit *>(u"documentIssuer"_s);
        auto *title = dialog->findChild<QPlainTextEdit *>(u"documentTitle"_s);
        QVERIFY(number && date && issuer && title);
        typeText(number, u"12-TB/BDVTU"_s);
        typeText(date->lineEdit(), u"25/03/2020"_s);
        typeText(issuer, u"Ban Dân vận Tỉnh ủy Kiên Giang"_s);
        typeText(title, u"Thông báo phân công thành viên Ban Chỉ đạo theo dõi hội nghị"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(find<QPushButton>(u"addDocumentButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->model()->index(3, 0).data().toString(), u"12-TB/BDVTU"_s);
    QCOMPARE(view->model()->index(3, 1).data().toString(), u"25/03/2020"_s);
    QCOMPARE(view->model()->index(3, 3).data().toString(),
             u"Thông báo phân công thành viên Ban Chỉ đạo theo dõi hội nghị"_s);
    QCOMPARE(storedCampaign().documents.size(), 4);
    QVERIFY(m_workspace->undoStack()->undoText().contains(u"12-TB/BDVTU"_s));
    const QString added = TestSupport::dump(m_workspace->database());

    view->selectRow(3);
    whenDialogShows(u"documentDialog"_s, [](QDialog *dialog) {
        auto *title = dialog->findChild<QPlainTextEdit *>(u"documentTitle"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"documentNumber"_s)->text(), u"12-TB/BDVTU"_s);
        replaceText(title, u"Thông báo kết luận của Thường trực Ban Chỉ đạo"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(find<QPushButton>(u"editDocumentButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE(view->model()->index(3, 3).data().toString(),
                 u"Thông báo kết luận của Thường trực Ban Chỉ đạo"_s);
    QCOMPARE(storedCampaign().documents.at(3).title,
             u"Thông báo kết luận của Thường trực Ban Chỉ đạo"_s);
    const QString edited = TestSupport::dump(m_workspace->database());

    // Remove the middle one: the undo must put it back in its place.
    view->selectRow(1);
    QTest::mouseClick(find<QPushButton>(u"removeDocumentButton"_s), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(1, 0).data().toString(), u"775"_s);

    m_workspace->undoStack()->undo();
    QTRY_COMPARE(view->model()->rowCount(), 4);
    QCOMPARE(view->model()->index(1, 0).data().toString(), u"1029-CV/TU"_s);
    QCOMPARE(TestSupport::dump(m_workspace->database()), edited);
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), added);
    QTRY_COMPARE(view->model()->index(3, 3).data().toString(),
                 u"Thông báo phân công thành viên Ban Chỉ đạo theo dõi hội nghị"_s);
    m_workspace->undoStack()->undo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), original);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    // Redo all three: the same rows again.
    m_workspace->undoStack()->redo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), added);
    m_workspace->undoStack()->redo();
    QCOMPARE(TestSupport::dump(m_workspace->database()), edited);
}

void TestCampaignView::unreadableDocumentDateRefusedInTheDialog()
{
    const QString original = TestSupport::dump(m_workspace->database());
    whenDialogShows(u"documentDialog"_s, [](QDialog *dialog) {
        auto *date = dialog->findChild<DateField *>(u"documentDate"_s);
        auto *message = dialog->findChild<QLabel *>(u"documentMessage"_s);
        typeText(dialog->findChild<QLineEdit *>(u"documentNumber"_s), u"12-TB/BDVTU"_s);
        typeText(date->lineEdit(), u"31/02/2020"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        // Refused in place: the dialog stays, the field is marked, the message says why.
        QVERIFY(dialog->isVisible());
        QVERIFY(FieldMark::isInvalid(date->lineEdit()));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"31/02/2020"_s), qPrintable(message->text()));
        QCOMPARE(date->lineEdit()->text(), u"31/02/2020"_s);
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>(u"addDocumentButton"_s), Qt::LeftButton);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(TestSupport::dump(m_workspace->database()), original);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
}

void TestCampaignView::levelDeadlineTypedInPlace()
{
    auto *phrase = find<QLineEdit>(u"levelDeadline_commune"_s);
    auto *shown = find<QLabel>(u"levelDeadlineShown_commune"_s);
    phrase->setFocus();
    replaceText(phrase, u"giữa tháng 6-2020"_s);
    QTest::keyClick(phrase, Qt::Key_Return);

    QCOMPARE(storedCampaign().deadlineFor(u"commune"_s).last(), QDate(2020, 6, 20));
    QCOMPARE(storedCampaign().deadlineFor(u"commune"_s).text(), u"giữa tháng 6-2020"_s);
    QTRY_VERIFY2(shown->text().contains(u"20/06/2020"_s), qPrintable(shown->text()));
    QCOMPARE(phrase->text(), u"giữa tháng 6-2020"_s);
    QVERIFY(!find<QLabel>(u"levelDeadlineMessage"_s)->isVisible());

    // Every commune without a tighter deadline of its own now has 20/06/2020.
    const auto schedule = m_workspace->schedule();
    QVERIFY(schedule);
    int communes = 0;
    int byTheDirective = 0;
    for (const ScheduleRow &row : schedule->rows()) {
        if (row.conference.level != u"commune"_s)
            continue;
        ++communes;
        if (row.deadline.source == Deadline::Source::Campaign) {
            ++byTheDirective;
            QCOMPARE(row.deadline.last(), QDate(2020, 6, 20));
        } else {
            QVERIFY(row.deadline.last() < QDate(2020, 6, 20));
        }
    }
    QCOMPARE(communes, 145);
    QCOMPARE(byTheDirective, 144); // all but Bình An, the pilot of Châu Thành
    const int binhAn =
        schedule->rowOfUnit(TestSupport::unitIdOf(m_workspace->database(), u"30898"_s));
    QCOMPARE(schedule->rows().at(binhAn).deadline.last(), QDate(2020, 5, 31));

    QVERIFY(m_workspace->undoStack()->undoText().contains(u"deadline"_s));
    m_workspace->undoStack()->undo();
    QCOMPARE(storedCampaign().deadlineFor(u"commune"_s).last(), QDate(2020, 6, 30));
    QCOMPARE(m_workspace->schedule()->rows().at(0).conference.level, u"province"_s);
    const int other = m_workspace->schedule()->rowOfUnit(
        TestSupport::unitIdOf(m_workspace->database(), u"30808"_s));
    QCOMPARE(m_workspace->schedule()->rows().at(other).deadline.last(), QDate(2020, 6, 30));
    QTRY_COMPARE(phrase->text(), u"cuối tháng 6-2020"_s);
    QVERIFY(shown->text().contains(u"30/06/2020"_s));
}

void TestCampaignView::unreadablePhraseRefusedInPlace_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("month 13") << u"cuối tháng 13-2020"_s << u"13"_s;
    QTest::newRow("not a deadline") << u"sau đại hội"_s << u"sau đại hội"_s;
    QTest::newRow("day that does not exist") << u"31/06/2020"_s << u"31"_s;
}

void TestCampaignView::unreadablePhraseRefusedInPlace()
{
    QFETCH(QString, typed);
    QFETCH(QString, mentioned);
    const QString before = TestSupport::dump(m_workspace->database());
    auto *phrase = find<QLineEdit>(u"levelDeadline_commune"_s);
    auto *message = find<QLabel>(u"levelDeadlineMessage"_s);
    phrase->setFocus();
    replaceText(phrase, typed);
    QTest::keyClick(phrase, Qt::Key_Return);

    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(mentioned), qPrintable(message->text()));
    QCOMPARE(message->text(), Period::parse(typed, 2020).error());
    QVERIFY(FieldMark::isInvalid(phrase));
    QCOMPARE(phrase->text(), typed);
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), 0);

    // The refused text stays while the page refreshes; a correct one then saves.
    m_workspace->refresh(Workspace::Change::Schedule);
    QCOMPARE(phrase->text(), typed);
    replaceText(phrase, u"cuối tháng 5-2020"_s);
    QTest::keyClick(phrase, Qt::Key_Return);
    QVERIFY(!FieldMark::isInvalid(phrase));
    QVERIFY(!message->isVisible());
    QCOMPARE(storedCampaign().deadlineFor(u"commune"_s).last(), QDate(2020, 5, 31));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
}

void TestCampaignView::levelDeadlineAfterTheLevelAboveWarns()
{
    auto *warning = find<QLabel>(u"levelDeadlineWarning"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());

    // The communes' deadline after the districts' (31/07/2020): kept, with a warning.
    auto *phrase = find<QLineEdit>(u"levelDeadline_commune"_s);
    phrase->setFocus();
    replaceText(phrase, u"cuối tháng 8-2020"_s);
    QTest::keyClick(phrase, Qt::Key_Return);
    QCOMPARE(storedCampaign().deadlineFor(u"commune"_s).last(), QDate(2020, 8, 31));
    QTRY_VERIFY(warning->isVisible());
    for (const QString &part : {m_workspace->level(u"commune"_s).displayName(), u"31/08/2020"_s,
                                m_workspace->level(u"district"_s).displayName(), u"31/07/2020"_s})
        QVERIFY2(warning->text().contains(part), qPrintable(warning->text()));
    QVERIFY(!find<QLabel>(u"levelDeadlineMessage"_s)->isVisible());

    // Undone, the warning goes with it.
    m_workspace->undoStack()->undo();
    QTRY_VERIFY(!warning->isVisible());
}

void TestCampaignView::ownDeadlinesAndPilotsListed()
{
    const QAbstractItemModel *model = find<QTableView>(u"specialDeadlineView"_s)->model();
    QCOMPARE(model->rowCount(), 3);
    // Tree order: Châu Thành's own deadline, its pilot commune, then Gò Quao.
    QCOMPARE(model->index(0, SpecialDeadlineModel::Unit).data().toString(), u"Huyện Châu Thành"_s);
    QCOMPARE(model->index(0, SpecialDeadlineModel::Deadline).data().toString(), u"30/06/2020"_s);
    QCOMPARE(model->index(0, SpecialDeadlineModel::Phrase).data().toString(),
             u"cuối tháng 6/2020"_s);
    QCOMPARE(model->index(1, SpecialDeadlineModel::Unit).data().toString(),
             u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(model->index(1, SpecialDeadlineModel::Deadline).data().toString(), u"31/05/2020"_s);
    QCOMPARE(model->index(2, SpecialDeadlineModel::Unit).data().toString(), u"Huyện Gò Quao"_s);
    QCOMPARE(model->index(2, SpecialDeadlineModel::Deadline).data().toString(), u"10/06/2020"_s);
    QVERIFY(specialRow(TestSupport::unitIdOf(m_workspace->database(), u"905"_s), false) == 0);
    QVERIFY(specialRow(TestSupport::unitIdOf(m_workspace->database(), u"907"_s), true) == 2);
}

void TestCampaignView::pilotMarkRemovedAndUndone()
{
    auto *view = find<QTableView>(u"specialDeadlineView"_s);
    const qint64 goQuao = TestSupport::unitIdOf(m_workspace->database(), u"907"_s);
    const QString before = TestSupport::dump(m_workspace->database());
    const int row = specialRow(goQuao, true);
    QVERIFY(row >= 0);
    view->selectRow(row);
    QTest::mouseClick(find<QPushButton>(u"removeSpecialDeadlineButton"_s), Qt::LeftButton);

    const auto pilots = [this] {
        QStringList list;
        const auto read =
            CampaignRepository(m_workspace->database()).pilots(m_workspace->campaignId());
        for (const Pilot &pilot : read ? *read : QList<Pilot>())
            list.append(m_workspace->units()->at(m_workspace->units()->indexOf(pilot.unitId)).code);
        list.sort();
        return list;
    };
    QCOMPARE(pilots(), QStringList{u"30898"_s});
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(specialRow(goQuao, true), -1);
    // Gò Quao's deadline is the directive's again.
    const auto schedule = m_workspace->schedule();
    QCOMPARE(schedule->rows().at(schedule->rowOfUnit(goQuao)).deadline.last(), QDate(2020, 7, 31));
    QVERIFY(m_workspace->undoStack()->undoText().contains(u"Huyện Gò Quao"_s));

    m_workspace->undoStack()->undo();
    QCOMPARE(pilots(), (QStringList{u"30898"_s, u"907"_s}));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()
                 ->index(specialRow(goQuao, true), SpecialDeadlineModel::Phrase)
                 .data()
                 .toString(),
             u"đầu tháng 6-2020"_s);
}

void TestCampaignView::unitOpensFromTheList()
{
    auto *view = find<QTableView>(u"specialDeadlineView"_s);
    QSignalSpy activated(m_view, &CampaignView::unitActivated);
    const QModelIndex index = view->model()->index(
        specialRow(TestSupport::unitIdOf(m_workspace->database(), u"907"_s), true), 0);
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    QVERIFY(view->viewport()->rect().contains(centre));
    // A double click is a click and a second press: QTest's double click sends only the second.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(),
             TestSupport::unitIdOf(m_workspace->database(), u"907"_s));
}

QTEST_MAIN(TestCampaignView)
#include "tst_campaignview.moc"
