#include "CampaignRepository.h"
#include "DeadlineDialog.h"
#include "Dialogs.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "MainWindow.h"
#include "Schedule.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitRepository.h"
#include "UnitTreeModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The clerk's day in the window: finding a unit, entering its conference by keyboard in the
/// unit panel, seeing the schedule follow, undoing, and refused input.
class TestUnitPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void findBinhAnAndEnterItsConference();
    void undoThreeEditsRestoresTheDatabase();
    void everythingIsKeptAfterReopening();
    void refusedInput_data();
    void refusedInput();
    void heldBeforePlannedIsAccepted();
    void unlikelyDayAsksFirst();
    void ownDeadlineLooserThanAboveIsRefused();
    void changedElsewhereWhileTyping();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    static void commitText(QWidget *widget, const QString &text);
    void openBinhAnOfChauThanh();
    QLineEdit *dateEdit(const QString &name) const;
    /// Types into a field, then leaves it with Tab as a clerk does.
    void enter(QWidget *field, const QString &text);
    Conference conferenceOf(const QString &code) const;
    const ScheduleRow &rowOf(const QString &code) const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void TestUnitPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::Vietnamese);
}

void TestUnitPanel::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir, u"kiengiang.sqlite"_s);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->setAsOf(QDate(2020, 5, 25));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUnitPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

// How an input method (Unikey, ibus-bamboo) hands over a finished word.
void TestUnitPanel::commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QLineEdit *TestUnitPanel::dateEdit(const QString &name) const
{
    auto *field = find<DateField>(name);
    return field ? field->lineEdit() : nullptr;
}

void TestUnitPanel::enter(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(field->hasFocus());
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

Conference TestUnitPanel::conferenceOf(const QString &code) const
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(code);
    const auto conference =
        CampaignRepository(m_workspace->database()).conference(m_workspace->campaignId(), unit->id);
    return conference ? *conference : Conference();
}

const ScheduleRow &TestUnitPanel::rowOf(const QString &code) const
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(code);
    const auto schedule = m_workspace->schedule();
    return schedule->rows().at(schedule->rowOfUnit(unit->id));
}

void TestUnitPanel::openBinhAnOfChauThanh()
{
    auto *search = find<QLineEdit>(u"unitSearch"_s);
    search->setFocus();
    typeText(search, u"binh an"_s);
    auto *tree = find<QTreeView>(u"unitTree"_s);
    QModelIndex chauThanh;
    QTRY_VERIFY([&] {
        const QModelIndex province = tree->model()->index(0, 0);
        for (int d = 0; d < tree->model()->rowCount(province); ++d) {
            const QModelIndex district = tree->model()->index(d, 0, province);
            for (int c = 0; c < tree->model()->rowCount(district); ++c) {
                const QModelIndex commune = tree->model()->index(c, 0, district);
                if (commune.data().toString() == u"Xã Bình An (Huyện Châu Thành)"_s)
                    chauThanh = commune;
            }
        }
        return chauThanh.isValid();
    }());
    tree->setCurrentIndex(chauThanh);
    QTRY_COMPARE(find<QLabel>(u"panelTitle"_s)->text(), u"Xã Bình An (Huyện Châu Thành)"_s);
    QVERIFY(find<QLabel>(u"panelDeadline"_s)->text().contains(u"31/05/2020"_s));
}

void TestUnitPanel::findBinhAnAndEnterItsConference()
{
    openBinhAnOfChauThanh();
    QCOMPARE(rowOf(u"905"_s).childrenHeld, 0);
    QCOMPARE(rowOf(u"30898"_s).stage, Conference::Stage::NotScheduled);

    enter(dateEdit(u"scheduledField"_s), u"15/05/2020"_s);
    enter(find<QLineEdit>(u"venueField"_s), u"Hội trường UBND xã"_s);
    enter(dateEdit(u"heldField"_s), u"20/05/2020"_s);
    enter(find<QLineEdit>(u"chairField"_s), u"Đồng chí Bí thư Đảng ủy xã"_s);
    enter(find<QLineEdit>(u"invitedField"_s), u"130"_s);
    enter(find<QLineEdit>(u"attendeesField"_s), u"120"_s);
    enter(find<QLineEdit>(u"budgetPlannedField"_s), u"15000000"_s);

    auto *assessment = find<QPlainTextEdit>(u"assessmentField"_s);
    assessment->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(assessment->hasFocus());
    typeText(assessment, u"Đánh giá đúng thực chất kết quả 5 năm; "_s);
    commitText(assessment, u"nhân rộng mô hình “Dân vận khéo”."_s);
    QTest::keyClick(assessment, Qt::Key_Tab);

    const Conference saved = conferenceOf(u"30898"_s);
    QCOMPARE(saved.scheduledOn, QDate(2020, 5, 15));
    QCOMPARE(saved.venue, u"Hội trường UBND xã"_s);
    QCOMPARE(saved.heldOn, QDate(2020, 5, 20));
    QCOMPARE(saved.chair, u"Đồng chí Bí thư Đảng ủy xã"_s);
    QCOMPARE(saved.invited, 130);
    QCOMPARE(saved.attendees, 120);
    QCOMPARE(saved.budgetPlanned, qint64(15'000'000));
    QCOMPARE(saved.assessment,
             u"Đánh giá đúng thực chất kết quả 5 năm; nhân rộng mô hình “Dân vận khéo”."_s);
    // The amount is shown back the Vietnamese way.
    QCOMPARE(find<QLineEdit>(u"budgetPlannedField"_s)->text(), u"15.000.000"_s);

    // The schedule and the district's counts follow at once.
    QCOMPARE(rowOf(u"30898"_s).stage, Conference::Stage::Held);
    QCOMPARE(rowOf(u"30898"_s).timeliness, Timeliness::OnTime);
    QCOMPARE(rowOf(u"905"_s).childrenHeld, 1);
    QCOMPARE(rowOf(u"905"_s).children, 10);
    QCOMPARE(m_workspace->undoStack()->count(), 8);
}

void TestUnitPanel::undoThreeEditsRestoresTheDatabase()
{
    openBinhAnOfChauThanh();
    enter(dateEdit(u"scheduledField"_s), u"15/05/2020"_s);
    const QString before = TestSupport::dump(m_workspace->database());
    enter(dateEdit(u"heldField"_s), u"20/05/2020"_s);
    enter(find<QLineEdit>(u"attendeesField"_s), u"120"_s);
    enter(find<QLineEdit>(u"venueField"_s), u"Nhà văn hóa ấp"_s);
    QVERIFY(TestSupport::dump(m_workspace->database()) != before);

    QAction *undo = m_window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY(undo && undo->isEnabled());
    for (int i = 0; i < 3; ++i)
        undo->trigger();
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    // The panel shows the state it went back to.
    QCOMPARE(dateEdit(u"heldField"_s)->text(), QString());
    QCOMPARE(find<QLineEdit>(u"venueField"_s)->text(), QString());
    QCOMPARE(rowOf(u"905"_s).childrenHeld, 0);

    m_window->findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(conferenceOf(u"30898"_s).heldOn, QDate(2020, 5, 20));
}

void TestUnitPanel::everythingIsKeptAfterReopening()
{
    openBinhAnOfChauThanh();
    enter(dateEdit(u"heldField"_s), u"20/05/2020"_s);
    enter(find<QLineEdit>(u"budgetSpentField"_s), u"12.500.000"_s);
    const QString dump = TestSupport::dump(m_workspace->database());
    const QString path = m_workspace->filePath();
    delete m_window;
    m_window = nullptr;
    delete m_workspace;

    m_workspace = new Workspace;
    QVERIFY(m_workspace->open(path, Workspace::OpenIntent::Existing).ok());
    QCOMPARE(TestSupport::dump(m_workspace->database()), dump);
    QCOMPARE(conferenceOf(u"30898"_s).budgetSpent, qint64(12'500'000));
    m_window = new MainWindow(*m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showUnit(UnitRepository(m_workspace->database()).byCode(u"30898"_s)->id);
    QCOMPARE(find<QLineEdit>(u"budgetSpentField"_s)->text(), u"12.500.000"_s);
    QCOMPARE(dateEdit(u"heldField"_s)->text(), u"20/05/2020"_s);
}

void TestUnitPanel::refusedInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("attendees as text") << u"attendeesField"_s << u"một trăm"_s << u"một trăm"_s;
    QTest::newRow("negative attendees") << u"attendeesField"_s << u"-5"_s << u"-5"_s;
    QTest::newRow("invited as text") << u"invitedField"_s << u"abc"_s << u"abc"_s;
    QTest::newRow("day that does not exist")
        << u"heldField"_s << u"31/02/2020"_s << u"31/02/2020"_s;
    QTest::newRow("not a date") << u"scheduledField"_s << u"tháng 5"_s << u"tháng 5"_s;
    QTest::newRow("money with decimals") << u"budgetSpentField"_s << u"1.500,50"_s << u"1.500,50"_s;
    QTest::newRow("report before held") << u"reportField"_s << u"10/05/2020"_s << u"10/05/2020"_s;
}

void TestUnitPanel::refusedInput()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, messagePart);

    openBinhAnOfChauThanh();
    enter(dateEdit(u"heldField"_s), u"20/05/2020"_s);
    const QString before = TestSupport::dump(m_workspace->database());
    const int edits = m_workspace->undoStack()->count();

    QWidget *widget = field.endsWith(u"Field"_s) && m_window->findChild<DateField *>(field)
        ? static_cast<QWidget *>(dateEdit(field))
        : find<QLineEdit>(field);
    QVERIFY(widget);
    enter(widget, text);

    auto *message = find<QLabel>(u"panelMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
    QVERIFY(FieldMark::isInvalid(widget));
    // Refused in place: nothing written, nothing on the undo stack, the text kept to correct.
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), edits);
    QCOMPARE(qobject_cast<QLineEdit *>(widget)->text(), text);

    // Clearing the field takes the mark and the message away.
    enter(widget, QString());
    QTRY_VERIFY(!message->isVisible());
    QVERIFY(!FieldMark::isInvalid(widget));
}

void TestUnitPanel::heldBeforePlannedIsAccepted()
{
    openBinhAnOfChauThanh();
    enter(dateEdit(u"scheduledField"_s), u"25/05/2020"_s);
    enter(dateEdit(u"heldField"_s), u"20/05/2020"_s);
    QVERIFY(!find<QLabel>(u"panelMessage"_s)->isVisible());
    QCOMPARE(conferenceOf(u"30898"_s).heldOn, QDate(2020, 5, 20));
    QCOMPARE(conferenceOf(u"30898"_s).scheduledOn, QDate(2020, 5, 25));
}

void TestUnitPanel::unlikelyDayAsksFirst()
{
    openBinhAnOfChauThanh();
    const QString before = TestSupport::dump(m_workspace->database());
    const int edits = m_workspace->undoStack()->count();
    QLineEdit *held = dateEdit(u"heldField"_s);

    // 2002 for 2020: before the campaign began. The clerk says no: nothing is saved, the
    // field shows what is saved, the message the day to type again.
    MessageBox::setNextAnswer(QMessageBox::No);
    enter(held, u"20/06/2002"_s);
    QVERIFY2(MessageBox::lastText().contains(u"20/06/2002"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
    QCOMPARE(m_workspace->undoStack()->count(), edits);
    auto *message = find<QLabel>(u"panelMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"20/06/2002"_s), qPrintable(message->text()));
    QCOMPARE(held->text(), QString());
    // Leaving another field does not ask again.
    enter(find<QLineEdit>(u"venueField"_s), u"Hội trường xã"_s);
    QCOMPARE(conferenceOf(u"30898"_s).venue, u"Hội trường xã"_s);
    QVERIFY(!conferenceOf(u"30898"_s).heldOn.isValid());

    // Confirmed, it is saved as one edit.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    enter(held, u"20/06/2002"_s);
    QCOMPARE(conferenceOf(u"30898"_s).heldOn, QDate(2002, 6, 20));
    QCOMPARE(m_workspace->undoStack()->count(), edits + 2);
    QTRY_VERIFY(!message->isVisible());

    // A planned day more than a year after the last deadline (20/09/2020) asks too.
    MessageBox::setNextAnswer(QMessageBox::No);
    enter(dateEdit(u"scheduledField"_s), u"01/10/2021"_s);
    QVERIFY2(MessageBox::lastText().contains(u"01/10/2021"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!conferenceOf(u"30898"_s).scheduledOn.isValid());
    // A likely day does not ask at all.
    enter(dateEdit(u"scheduledField"_s), u"15/06/2020"_s);
    QCOMPARE(conferenceOf(u"30898"_s).scheduledOn, QDate(2020, 6, 15));
}

void TestUnitPanel::ownDeadlineLooserThanAboveIsRefused()
{
    const qint64 chauThanh = UnitRepository(m_workspace->database()).byCode(u"905"_s)->id;
    m_window->showUnit(chauThanh);
    const QString before = TestSupport::dump(m_workspace->database());
    DeadlineDialog dialog(*m_workspace, chauThanh, DeadlineDialog::Mode::OwnDeadline, m_window);
    auto *level = dialog.findChild<QComboBox *>(u"deadlineLevel"_s);
    QVERIFY(level);
    level->setCurrentIndex(level->findData(u"commune"_s));
    auto *phrase = dialog.findChild<QLineEdit *>(u"deadlinePhrase"_s);
    phrase->clear();
    typeText(phrase, u"cuối tháng 8-2020"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const QString message = dialog.findChild<QLabel *>(u"deadlineMessage"_s)->text();
    QVERIFY2(message.contains(u"30/06/2020"_s), qPrintable(message));
    QVERIFY2(message.contains(u"31/08/2020"_s), qPrintable(message));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);

    phrase->clear();
    typeText(phrase, u"giữa tháng 6-2020"_s);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(rowOf(u"30880"_s).deadline.last(), QDate(2020, 6, 20));
    QCOMPARE(rowOf(u"30880"_s).deadline.sourceUnitId, chauThanh);
    m_workspace->undoStack()->undo();
    QCOMPARE(rowOf(u"30880"_s).deadline.last(), QDate(2020, 6, 30));
    QCOMPARE(TestSupport::dump(m_workspace->database()), before);
}

// Another office (on a shared server) or another window changes the conference the clerk
// is typing in: the field being typed in keeps the clerk's text and says what the other
// value is; the other fields show the new values, and leaving the field saves the clerk's
// text without taking back the other changes.
void TestUnitPanel::changedElsewhereWhileTyping()
{
    openBinhAnOfChauThanh();
    auto *venue = find<QLineEdit>(u"venueField"_s);
    venue->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(venue->hasFocus());
    typeText(venue, u"Hội trường xã"_s);

    {
        Database elsewhere;
        QVERIFY(elsewhere.open(m_workspace->database().filePath()));
        const qint64 unitId = TestSupport::unitIdOf(elsewhere, u"30898"_s);
        QSqlQuery update(elsewhere.connection());
        QVERIFY(update.prepare(u"UPDATE conferences SET venue = ?, chair = ? WHERE unit_id = ?"_s));
        update.addBindValue(u"Nhà văn hóa ấp Bình Thạnh"_s);
        update.addBindValue(u"Đồng chí Phó Bí thư"_s);
        update.addBindValue(unitId);
        QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
    }
    // What a server's notification of the other office's commit brings about.
    m_workspace->refresh(Workspace::everything());

    QCOMPARE(venue->text(), u"Hội trường xã"_s);
    QVERIFY(venue->hasFocus());
    QCOMPARE(find<QLineEdit>(u"chairField"_s)->text(), u"Đồng chí Phó Bí thư"_s);
    auto *message = find<QLabel>(u"panelMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Nhà văn hóa ấp Bình Thạnh"_s), qPrintable(message->text()));

    QTest::keyClick(venue, Qt::Key_Tab);
    const Conference saved = conferenceOf(u"30898"_s);
    QCOMPARE(saved.venue, u"Hội trường xã"_s);
    QCOMPARE(saved.chair, u"Đồng chí Phó Bí thư"_s);
}

QTEST_MAIN(TestUnitPanel)
#include "tst_unitpanel.moc"
