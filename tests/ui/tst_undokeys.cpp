#include "CampaignRepository.h"
#include "FreshExample.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UnitRepository.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// Ctrl+Z and Ctrl+Shift+Z from wherever the cursor is in a real window on the example, with
/// key events only: a field's unsaved typing first, then the window's last edits, in every
/// page that saves its fields when they are left; and the Edit menu naming what they do.
class TestUndoKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlZFromTheNextEmptyFieldTakesBackTheLastEdits();
    void unsavedTypingIsUndoneInTheFieldFirst();
    void typingTakenBackToTheStoredTextPassesTheKeysOn();
    void assessmentFollowsTheSameRule();
    void campaignPageFollowsTheSameRule();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }
    QLineEdit *dateEdit(const QString &name) const;
    /// Presses Tab (Shift+Tab) until `field` has the keyboard, as a clerk does.
    static void tabTo(QWidget *field, bool backwards = false);
    static void pressUndo();
    static void pressRedo();
    /// Shows Xã Bình An (Huyện Châu Thành) in the panel, with the cursor in its held field.
    void chooseBinhAn();
    Conference binhAn() const;
    QString undoText() const;
    QString redoText() const;

    QTemporaryDir *m_dir = nullptr;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;
};

void TestUndoKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Translations::install(Translations::Language::Vietnamese);
}

void TestUndoKeys::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_workspace = new Workspace;
    m_window = new MainWindow(*m_workspace);
    const auto example = TestSupport::freshExample(*m_dir, u"kiengiang.sqlite"_s);
    QVERIFY(!example.location.isEmpty());
    QVERIFY(m_window->openDatabase(example.location, example.intent));
    m_window->setAsOf(QDate(2020, 5, 25));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestUndoKeys::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_workspace;
    m_workspace = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

QLineEdit *TestUndoKeys::dateEdit(const QString &name) const
{
    auto *field = find<DateField>(name);
    return field ? field->lineEdit() : nullptr;
}

void TestUndoKeys::tabTo(QWidget *field, bool backwards)
{
    for (int presses = 0; presses < 6 && !field->hasFocus(); ++presses) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (backwards)
            QTest::keyClick(focused, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(focused, Qt::Key_Tab);
    }
    QVERIFY2(field->hasFocus(), qPrintable(field->objectName()));
}

void TestUndoKeys::pressUndo()
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Z, Qt::ControlModifier);
}

void TestUndoKeys::pressRedo()
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClick(focused, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

void TestUndoKeys::chooseBinhAn()
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(u"30898"_s);
    QVERIFY(unit);
    m_window->showUnit(unit->id);
    QLineEdit *held = dateEdit(u"heldField"_s);
    QVERIFY(held);
    QTRY_VERIFY(held->isVisible());
    held->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(held->hasFocus());
}

Conference TestUndoKeys::binhAn() const
{
    const auto unit = UnitRepository(m_workspace->database()).byCode(u"30898"_s);
    const auto conference =
        CampaignRepository(m_workspace->database()).conference(m_workspace->campaignId(), unit->id);
    return conference ? *conference : Conference();
}

QString TestUndoKeys::undoText() const
{
    return m_window->findChild<QAction *>(u"undoAction"_s)->text();
}

QString TestUndoKeys::redoText() const
{
    return m_window->findChild<QAction *>(u"redoAction"_s)->text();
}

void TestUndoKeys::ctrlZFromTheNextEmptyFieldTakesBackTheLastEdits()
{
    chooseBinhAn();
    QLineEdit *held = dateEdit(u"heldField"_s);
    auto *chair = find<QLineEdit>(u"chairField"_s);
    auto *attendees = find<QLineEdit>(u"attendeesField"_s);
    QLineEdit *report = dateEdit(u"reportField"_s);
    QVERIFY(chair && attendees && report);

    // The day held, Tab, the chair, Tab (past the delegates invited), the attendees, Tab.
    typeText(held, u"20/05/2020"_s);
    tabTo(chair);
    typeText(chair, u"Đồng chí Bí thư Đảng ủy xã"_s);
    tabTo(attendees);
    typeText(attendees, u"120"_s);
    QTest::keyClick(attendees, Qt::Key_Tab);
    QVERIFY(report->hasFocus());
    QCOMPARE(report->text(), QString());
    QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
    QCOMPARE(binhAn().chair, u"Đồng chí Bí thư Đảng ủy xã"_s);
    QCOMPARE(binhAn().attendees, 120);
    QCOMPARE(undoText(), u"&Hoàn tác: số người dự của Xã Bình An (Huyện Châu Thành)"_s);

    // From the next, empty field: the attendees go, then the chair; the fields show it at
    // once and the cursor stays where it is.
    pressUndo();
    QCOMPARE(binhAn().attendees, -1);
    QCOMPARE(binhAn().chair, u"Đồng chí Bí thư Đảng ủy xã"_s);
    QCOMPARE(attendees->text(), QString());
    QVERIFY(report->hasFocus());
    QCOMPARE(undoText(), u"&Hoàn tác: người chủ trì của Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(redoText(), u"&Làm lại: số người dự của Xã Bình An (Huyện Châu Thành)"_s);

    pressUndo();
    QCOMPARE(binhAn().chair, QString());
    QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
    QCOMPARE(chair->text(), QString());
    QVERIFY(report->hasFocus());

    pressRedo();
    QCOMPARE(binhAn().chair, u"Đồng chí Bí thư Đảng ủy xã"_s);
    QCOMPARE(binhAn().attendees, -1);
    QCOMPARE(chair->text(), u"Đồng chí Bí thư Đảng ủy xã"_s);
    QVERIFY(report->hasFocus());
    QCOMPARE(m_workspace->undoStack()->index(), 2);

    // Leaving the empty field saves nothing: the attendees can still be redone.
    QTest::keyClick(report, Qt::Key_Tab);
    QCOMPARE(m_workspace->undoStack()->count(), 3);
    QVERIFY(m_workspace->undoStack()->canRedo());
}

void TestUndoKeys::unsavedTypingIsUndoneInTheFieldFirst()
{
    chooseBinhAn();
    QLineEdit *held = dateEdit(u"heldField"_s);
    auto *chair = find<QLineEdit>(u"chairField"_s);
    typeText(held, u"20/05/2020"_s);
    tabTo(chair);
    QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
    const QString saved = TestSupport::dump(m_workspace->database());

    // Typing not yet saved is the field's own to undo: the file and the window's edits stay.
    typeText(chair, u"Nguyễn Văn An"_s);
    pressUndo();
    QCOMPARE(chair->text(), QString());
    QVERIFY(chair->hasFocus());
    QCOMPARE(TestSupport::dump(m_workspace->database()), saved);
    QCOMPARE(m_workspace->undoStack()->index(), 1);
    // ... and to redo.
    pressRedo();
    QCOMPARE(chair->text(), u"Nguyễn Văn An"_s);
    QCOMPARE(TestSupport::dump(m_workspace->database()), saved);
    pressUndo();
    QCOMPARE(chair->text(), QString());

    // The field has nothing more of its own: the next Ctrl+Z takes back the day held.
    pressUndo();
    QCOMPARE(binhAn().heldOn, QDate());
    QCOMPARE(held->text(), QString());
    QVERIFY(chair->hasFocus());
    QCOMPARE(chair->text(), QString());
    pressRedo();
    QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
    QCOMPARE(held->text(), u"20/05/2020"_s);

    // Typing in a field that was saved, after coming back to it, is its own again.
    tabTo(held, true);
    QTest::keyClick(held, Qt::Key_End);
    QTest::keyClick(held, Qt::Key_Backspace);
    typeText(held, u"1"_s);
    QCOMPARE(held->text(), u"20/05/2021"_s);
    // (A line edit may take back a deletion and a typed letter in one step or in two.)
    for (int presses = 0; presses < 2 && held->text() != u"20/05/2020"_s; ++presses) {
        pressUndo();
        QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
        QCOMPARE(m_workspace->undoStack()->index(), 1);
    }
    QCOMPARE(held->text(), u"20/05/2020"_s);
}

void TestUndoKeys::typingTakenBackToTheStoredTextPassesTheKeysOn()
{
    chooseBinhAn();
    QLineEdit *held = dateEdit(u"heldField"_s);
    auto *chair = find<QLineEdit>(u"chairField"_s);
    auto *invited = find<QLineEdit>(u"invitedField"_s);
    typeText(held, u"20/05/2020"_s);
    tabTo(chair);
    typeText(chair, u"Nguyễn Văn An"_s);
    tabTo(invited);
    tabTo(chair, true);

    // A letter typed and rubbed out: the field shows what is stored, so Ctrl+Z is the
    // window's, and takes back the chair, shown at once in the field the cursor is in.
    QTest::keyClick(chair, Qt::Key_End);
    typeText(chair, u"x"_s);
    QTest::keyClick(chair, Qt::Key_Backspace);
    QCOMPARE(chair->text(), u"Nguyễn Văn An"_s);
    pressUndo();
    QCOMPARE(binhAn().chair, QString());
    QCOMPARE(chair->text(), QString());
    QVERIFY(chair->hasFocus());
    // A second one takes back the day held.
    pressUndo();
    QCOMPARE(binhAn().heldOn, QDate());
    QCOMPARE(held->text(), QString());
    // Nothing typed comes back: Ctrl+Shift+Z is the window's too.
    pressRedo();
    QCOMPARE(binhAn().heldOn, QDate(2020, 5, 20));
    pressRedo();
    QCOMPARE(binhAn().chair, u"Nguyễn Văn An"_s);
    QCOMPARE(chair->text(), u"Nguyễn Văn An"_s);
    QVERIFY(chair->hasFocus());
}

void TestUndoKeys::assessmentFollowsTheSameRule()
{
    chooseBinhAn();
    auto *note = find<QLineEdit>(u"noteField"_s);
    auto *assessment = find<QPlainTextEdit>(u"assessmentField"_s);
    QVERIFY(note && assessment);
    assessment->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(assessment->hasFocus());
    typeText(assessment, u"Đạt yêu cầu"_s);
    tabTo(note);
    QCOMPARE(binhAn().assessment, u"Đạt yêu cầu"_s);
    tabTo(assessment, true);

    // Back in the saved assessment: Ctrl+Z is the window's, and leaves the cursor there.
    pressUndo();
    QCOMPARE(binhAn().assessment, QString());
    QCOMPARE(assessment->toPlainText(), QString());
    QVERIFY(assessment->hasFocus());
    pressRedo();
    QCOMPARE(binhAn().assessment, u"Đạt yêu cầu"_s);
    QCOMPARE(assessment->toPlainText(), u"Đạt yêu cầu"_s);

    // Typing more is its own to undo.
    QTest::keyClick(assessment, Qt::Key_End, Qt::ControlModifier);
    typeText(assessment, u"."_s);
    pressUndo();
    QCOMPARE(assessment->toPlainText(), u"Đạt yêu cầu"_s);
    QCOMPARE(binhAn().assessment, u"Đạt yêu cầu"_s);
}

void TestUndoKeys::campaignPageFollowsTheSameRule()
{
    QVERIFY(m_window->showPage(u"campaign"_s));
    auto *district = find<QLineEdit>(u"levelDeadline_district"_s);
    auto *commune = find<QLineEdit>(u"levelDeadline_commune"_s);
    QVERIFY(district && commune);
    QTRY_VERIFY(district->isVisible());
    const auto deadline = [this] {
        return CampaignRepository(m_workspace->database())
            .byId(m_workspace->campaignId())
            ->deadlineFor(u"district"_s)
            .text();
    };
    const QString before = deadline();
    district->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(district->hasFocus());
    QTest::keyClick(district, Qt::Key_A, Qt::ControlModifier);
    typeText(district, u"cuối tháng 8-2020"_s);
    tabTo(commune);
    QCOMPARE(deadline(), u"cuối tháng 8-2020"_s);

    // From the commune's field, which holds nothing of its own: the district's deadline
    // comes back, in the file and in its field.
    pressUndo();
    QCOMPARE(deadline(), before);
    QCOMPARE(district->text(), before);
    QVERIFY(commune->hasFocus());
    pressRedo();
    QCOMPARE(deadline(), u"cuối tháng 8-2020"_s);
    QCOMPARE(district->text(), u"cuối tháng 8-2020"_s);
}

QTEST_MAIN(TestUndoKeys)
#include "tst_undokeys.moc"
