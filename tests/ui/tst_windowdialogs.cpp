#include "ExampleWindow.h"
#include "InputFields.h"
#include "RewardRepository.h"
#include "UnitComboBox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

/// The unit panel's sections and the dialogs they open, in the window, by keyboard: a
/// refusal goes once its fault is corrected, and a reward takes the signer of the last one
/// at the same conference.
class TestWindowDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rewardRefusalGoesWhenCorrected();
    void exemplarRefusalGoesWhenCorrected();
    void documentRefusalGoesWhenCorrected();
    void rewardsAtOneConferenceKeepTheSigner();

private:
    /// Presses `button` with the keyboard, then runs `drive` on the dialog it opens, which
    /// is closed afterwards whatever happens; false when no dialog came.
    bool inDialog(QPushButton *button, const std::function<void(QDialog *)> &drive);
    /// Shows the unit panel on a unit (with large fonts it shares a dock with the tree).
    void showPanelOn(const QString &code);
    static void typeText(QWidget *widget, const QString &text);
    static void replaceText(QLineEdit *field, const QString &text);
    static void press(QWidget *button);
    /// Tab, to the list of matching units where it is open, as on a real screen.
    static void pressTab(QWidget *widget);
    template<typename T>
    static T *child(const QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return widget;
    }

    ExampleWindow m_example;
};

void TestWindowDialogs::initTestCase()
{
    ExampleWindow::forgetSettings();
}

void TestWindowDialogs::init()
{
    QVERIFY(m_example.open(Translations::Language::Vietnamese, QDate(2020, 6, 22)));
}

void TestWindowDialogs::cleanup()
{
    m_example.close();
    ExampleWindow::forgetSettings();
}

void TestWindowDialogs::typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void TestWindowDialogs::replaceText(QLineEdit *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    typeText(field, text);
}

void TestWindowDialogs::press(QWidget *button)
{
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

void TestWindowDialogs::pressTab(QWidget *widget)
{
    QWidget *popup = QApplication::activePopupWidget();
    QTest::keyClick(popup ? popup : widget, Qt::Key_Tab);
}

bool TestWindowDialogs::inDialog(QPushButton *button, const std::function<void(QDialog *)> &drive)
{
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        driven = true;
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        // The dialog has the keyboard, so that fields are left as the clerk leaves them.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        drive(dialog);
    });
    press(button);
    return driven;
}

void TestWindowDialogs::showPanelOn(const QString &code)
{
    QVERIFY(m_example.window()->showUnitByCode(code));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_example.find<QLabel>(u"panelTitle"_s)->isVisible());
}


void TestWindowDialogs::rewardRefusalGoesWhenCorrected()
{
    showPanelOn(u"905"_s);
    auto *add = m_example.find<QPushButton>(u"sectionAddRewardButton"_s);
    QVERIFY(add && add->isEnabled());
    bool checked = false;
    QVERIFY(inDialog(add, [&](QDialog *dialog) {
        auto *form = child<QComboBox>(dialog, u"rewardForm"_s);
        form->setFocus(Qt::TabFocusReason);
        QTest::keyClick(form, Qt::Key_Down);
        QVERIFY(form->currentIndex() >= 0);
        press(child<QPushButton>(dialog, u"addRecipientUnitButton"_s));
        auto *date = child<DateField>(dialog, u"rewardDate"_s)->lineEdit();
        replaceText(date, u"31/02/2020"_s);
        auto *message = child<QLabel>(dialog, u"rewardMessage"_s);
        press(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
        QVERIFY(dialog->isVisible());
        QVERIFY(message->isVisible());
        QVERIFY(FieldMark::isInvalid(date));

        // The day corrected, the red frame and the message go at once.
        replaceText(date, u"28/02/2020"_s);
        QVERIFY(!FieldMark::isInvalid(date));
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        // A fault of another field stays until it too is corrected.
        auto *unit = child<UnitComboBox>(dialog, u"rewardUnit"_s);
        replaceText(unit->lineEdit(), u"không có đơn vị này"_s);
        press(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
        QVERIFY(message->isVisible() && FieldMark::isInvalid(unit->lineEdit()));
        replaceText(unit->lineEdit(), u"huyen chau thanh"_s);
        QVERIFY(!FieldMark::isInvalid(unit->lineEdit()));
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        checked = true;
    }));
    QVERIFY(checked);
}

void TestWindowDialogs::exemplarRefusalGoesWhenCorrected()
{
    showPanelOn(u"905"_s);
    auto *add = m_example.find<QPushButton>(u"sectionAddExemplarButton"_s);
    QVERIFY(add && add->isEnabled());
    bool checked = false;
    QVERIFY(inDialog(add, [&](QDialog *dialog) {
        auto *name = child<QLineEdit>(dialog, u"exemplarName"_s);
        auto *workdays = child<CountField>(dialog, u"exemplarWorkdays"_s);
        auto *message = child<QLabel>(dialog, u"exemplarMessage"_s);
        replaceText(workdays, u"ba ngày"_s);
        press(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
        // Two faults: no name, and workdays that are not a number.
        QVERIFY(dialog->isVisible() && message->isVisible());
        QVERIFY(FieldMark::isInvalid(workdays));
        replaceText(workdays, u"3"_s);
        QVERIFY(!FieldMark::isInvalid(workdays));
        // The name is still missing: the message now says that.
        QVERIFY(message->isVisible());
        QVERIFY(FieldMark::isInvalid(name));
        replaceText(name, u"Mô hình dân vận khéo"_s);
        QVERIFY(!FieldMark::isInvalid(name));
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        checked = true;
    }));
    QVERIFY(checked);
}

void TestWindowDialogs::documentRefusalGoesWhenCorrected()
{
    QVERIFY(m_example.window()->showPage(u"campaign"_s));
    auto *add = m_example.find<QPushButton>(u"addDocumentButton"_s);
    QTRY_VERIFY(add && add->isVisible() && add->isEnabled());
    bool checked = false;
    QVERIFY(inDialog(add, [&](QDialog *dialog) {
        auto *date = child<DateField>(dialog, u"documentDate"_s)->lineEdit();
        auto *message = child<QLabel>(dialog, u"documentMessage"_s);
        replaceText(date, u"32/01/2020"_s);
        press(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok));
        QVERIFY(dialog->isVisible() && message->isVisible());
        QVERIFY(FieldMark::isInvalid(date));
        replaceText(date, u"31/01/2020"_s);
        QVERIFY(!FieldMark::isInvalid(date));
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        checked = true;
    }));
    QVERIFY(checked);
}

void TestWindowDialogs::rewardsAtOneConferenceKeepTheSigner()
{
    showPanelOn(u"905"_s);
    auto *add = m_example.find<QPushButton>(u"sectionAddRewardButton"_s);
    const auto fields = [](QDialog *dialog) {
        return QStringList{child<QLineEdit>(dialog, u"rewardIssuer"_s)->text(),
                           child<QLineEdit>(dialog, u"rewardSigner"_s)->text(),
                           child<QLineEdit>(dialog, u"rewardSignerTitle"_s)->text()};
    };
    const QStringList signer{u"Ban Thường vụ Huyện ủy Châu Thành"_s, u"Nguyễn Văn Bình"_s,
                             u"Bí thư Huyện ủy"_s};
    // The first reward of Châu Thành's conference: all typed.
    QVERIFY(inDialog(add, [&](QDialog *dialog) {
        QCOMPARE(fields(dialog), QStringList(3));
        auto *form = child<QComboBox>(dialog, u"rewardForm"_s);
        form->setFocus(Qt::TabFocusReason);
        QTest::keyClick(form, Qt::Key_Down);
        replaceText(child<QLineEdit>(dialog, u"rewardIssuer"_s), signer.at(0));
        replaceText(child<QLineEdit>(dialog, u"rewardSigner"_s), signer.at(1));
        replaceText(child<QLineEdit>(dialog, u"rewardSignerTitle"_s), signer.at(2));
        replaceText(child<QLineEdit>(dialog, u"rewardNumber"_s), u"98-QĐ/HU"_s);
        press(child<QPushButton>(dialog, u"addRecipientUnitButton"_s));
        press(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
        QVERIFY2(!dialog->isVisible(),
                 qPrintable(child<QLabel>(dialog, u"rewardMessage"_s)->text()));
    }));
    QTRY_COMPARE(RewardRepository(m_example.workspace().database())
                     .rewards(m_example.workspace().campaignId())
                     ->size(),
                 1);

    // The next one at the same conference comes with the same issuer, signer and title.
    QVERIFY(inDialog(add, [&](QDialog *dialog) { QCOMPARE(fields(dialog), signer); }));

    // From the rewards page, they come once the conference is chosen; another conference
    // has none yet, and what the clerk typed is kept.
    QVERIFY(m_example.window()->showPage(u"rewards"_s));
    auto *pageAdd = m_example.find<QPushButton>(u"addRewardButton"_s);
    QVERIFY(pageAdd);
    QTRY_VERIFY(pageAdd->isVisible());
    QVERIFY(inDialog(pageAdd, [&](QDialog *dialog) {
        QCOMPARE(fields(dialog), QStringList(3));
        auto *unit = child<UnitComboBox>(dialog, u"rewardUnit"_s);
        replaceText(unit->lineEdit(), u"Huyện Châu Thành"_s);
        pressTab(unit->lineEdit());
        QTRY_COMPARE(fields(dialog), signer);
        replaceText(child<QLineEdit>(dialog, u"rewardSignerTitle"_s), u"Phó Bí thư"_s);
        replaceText(unit->lineEdit(), u"Huyện Gò Quao"_s);
        pressTab(unit->lineEdit());
        QTRY_COMPARE(fields(dialog), (QStringList{QString(), QString(), u"Phó Bí thư"_s}));
    }));
}


QTEST_MAIN(TestWindowDialogs)
#include "tst_windowdialogs.moc"
