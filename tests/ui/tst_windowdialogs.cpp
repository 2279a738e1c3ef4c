#include "ExampleWindow.h"
#include "ExemplarModel.h"
#include "ExemplarRepository.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "NominationModel.h"
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
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The unit panel's sections and the dialogs they open, in the window, by keyboard: a
/// refusal goes once its fault is corrected, a reward takes the signer of the last one at
/// the same conference, and "Put forward" is off for what is already put forward.
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
    void putForwardIsOffOnceDone();

private:
    /// Presses `button` with the keyboard, then runs `drive` on the dialog it opens, which
    /// is closed afterwards whatever happens; false when no dialog came.
    bool inDialog(QPushButton *button, const std::function<void(QDialog *)> &drive);
    /// Shows the unit panel on a unit (with large fonts it shares a dock with the tree).
    void showPanelOn(const QString &code);
    /// Chooses the row whose `column` reads `text` with the arrow keys.
    static bool chooseRow(QTableView *table, int column, const QString &text);
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

bool TestWindowDialogs::chooseRow(QTableView *table, int column, const QString &text)
{
    table->setFocus(Qt::TabFocusReason);
    // Up to the first row, each row chosen as the arrows pass it.
    if (!table->currentIndex().isValid())
        QTest::keyClick(table, Qt::Key_Down);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QTest::keyClick(table, Qt::Key_Up);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->currentIndex().siblingAtColumn(column).data().toString() == text) {
            // Space chooses the row the arrows came to (a lone row is not chosen by them).
            QTest::keyClick(table, Qt::Key_Space);
            return table->selectionModel()->isRowSelected(table->currentIndex().row(), {});
        }
        QTest::keyClick(table, Qt::Key_Down);
    }
    return false;
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

void TestWindowDialogs::putForwardIsOffOnceDone()
{
    // Châu Thành's conference commended a model; Bình An put one forward to Châu Thành.
    Workspace &workspace = m_example.workspace();
    ExemplarRepository exemplars(workspace.database());
    const auto save = [&](const QString &name, const QString &code) -> qint64 {
        Exemplar exemplar;
        exemplar.campaignId = workspace.campaignId();
        exemplar.unitId = m_example.unitId(code);
        exemplar.recognisedBy = exemplar.unitId;
        exemplar.name = name;
        const auto saved = exemplars.save(exemplar);
        return saved ? *saved : 0;
    };
    const QString own = u"Mô hình tổ hòa giải"_s;
    const QString received = u"Mô hình xây cầu nông thôn"_s;
    QVERIFY(save(own, u"905"_s) > 0);
    const qint64 bridge = save(received, u"30898"_s);
    QVERIFY(exemplars.nominate(bridge, m_example.unitId(u"30898"_s)).ok());
    workspace.refresh(Workspace::everything());
    showPanelOn(u"905"_s);

    auto *commended = m_example.find<QTableView>(u"sectionExemplarTable"_s);
    auto *sent = m_example.find<QTableView>(u"sentNominationTable"_s);
    auto *putForward = m_example.find<QPushButton>(u"sectionPutForwardButton"_s);
    QVERIFY(chooseRow(commended, ExemplarModel::Name, own));
    QVERIFY(putForward->isEnabled());
    press(putForward);
    QTRY_COMPARE(sent->model()->rowCount(), 1);
    // Put forward once: the button is off for it, and says why.
    QVERIFY(chooseRow(commended, ExemplarModel::Name, own));
    QVERIFY(!putForward->isEnabled());
    QVERIFY2(putForward->toolTip().contains(u"Tỉnh Kiên Giang"_s),
             qPrintable(putForward->toolTip()));
    const int steps = workspace.undoStack()->count();
    press(putForward);
    QCOMPARE(workspace.undoStack()->count(), steps);

    // What came from Bình An goes on once taken up, and then only once.
    auto *receivedTable = m_example.find<QTableView>(u"receivedNominationTable"_s);
    auto *sendOn = m_example.find<QPushButton>(u"receivedPutForwardButton"_s);
    auto *outcome = m_example.find<QComboBox>(u"receivedStatusCombo"_s);
    QVERIFY(chooseRow(receivedTable, NominationModel::ExemplarName, received));
    QVERIFY(!sendOn->isEnabled());
    outcome->setFocus(Qt::TabFocusReason);
    QTest::keyClick(outcome, Qt::Key_Down);
    QTRY_COMPARE(outcome->currentData().toInt(), int(Nomination::Status::Selected));
    QVERIFY(chooseRow(receivedTable, NominationModel::ExemplarName, received));
    QTRY_VERIFY(sendOn->isEnabled());
    press(sendOn);
    QTRY_COMPARE(sent->model()->rowCount(), 2);
    QVERIFY(chooseRow(receivedTable, NominationModel::ExemplarName, received));
    QVERIFY(!sendOn->isEnabled());
}

QTEST_MAIN(TestWindowDialogs)
#include "tst_windowdialogs.moc"
