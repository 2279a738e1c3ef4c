#include "CampaignRepository.h"
#include "CatalogueRepository.h"
#include "ExampleWindow.h"
#include "ExemplarRepository.h"
#include "InputFields.h"
#include "KeyInput.h"
#include "RewardRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using KeyInput::typeText;

/// The window by keyboard alone, as a clerk who does not reach for the mouse uses it, on a
/// 1366×768 screen: Tab out of every table, the "as of" day typed, the calendars opened
/// with Alt+Down, a new unit shown from its heading, and Alt+letter keys that each do one
/// thing in both languages.
class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabLeavesEveryTable();
    void asOfTakesTheDayTyped();
    void asOfRefusesADayThatDoesNotExist();
    void calendarOpensFromTheKeyboardAtTheAsOfMonth();
    void choosingAUnitShowsItsHeading();
    void mnemonicsDoNotCollide_data();
    void mnemonicsDoNotCollide();

private:
    /// Exemplars commended, sent up and received at Huyện Châu Thành, and a reward given at
    /// its conference, so that every table of the unit panel has rows.
    void addRegisterRows();
    /// Shows the unit panel on a unit (with large fonts it shares a dock with the tree).
    void showPanelOn(const QString &code);
    /// Puts the keyboard in the "as of" field with its label's Alt+letter.
    void focusAsOf();
    static QWidget *focused() { return QApplication::focusWidget(); }

    ExampleWindow m_example;
};

void TestWindowKeyboard::initTestCase()
{
    ExampleWindow::forgetSettings();
    QVERIFY2(ExampleWindow::screenSize() == QSize(1366, 768),
             "run under CTest, which gives the offscreen platform a 1366×768 screen");
}

void TestWindowKeyboard::init()
{
    const QString language = QString::fromLatin1(QTest::currentDataTag());
    QVERIFY(m_example.open(language.startsWith(u"en"_s) ? Translations::Language::English
                                                        : Translations::Language::Vietnamese,
                           QDate(2020, 3, 25)));
}

void TestWindowKeyboard::cleanup()
{
    m_example.close();
    ExampleWindow::forgetSettings();
}

void TestWindowKeyboard::addRegisterRows()
{
    Workspace &workspace = m_example.workspace();
    const qint64 campaign = workspace.campaignId();
    const qint64 commune = m_example.unitId(u"30898"_s);
    const qint64 district = m_example.unitId(u"905"_s);
    ExemplarRepository exemplars(workspace.database());
    const auto save = [&](const QString &name, qint64 unit) -> qint64 {
        Exemplar exemplar;
        exemplar.campaignId = campaign;
        exemplar.unitId = unit;
        exemplar.recognisedBy = unit;
        exemplar.name = name;
        const auto saved = exemplars.save(exemplar);
        if (!saved)
            qWarning("%s", qPrintable(saved.error()));
        return saved ? *saved : 0;
    };
    const qint64 bridge = save(u"Mô hình xây cầu nông thôn"_s, commune);
    const qint64 roads = save(u"Mô hình đường hoa"_s, district);
    QVERIFY(bridge && roads && save(u"Mô hình tổ hòa giải"_s, district));
    for (const auto &[exemplar, from] : {std::pair{bridge, commune}, std::pair{roads, district}}) {
        const auto nominated = exemplars.nominate(exemplar, from);
        QVERIFY2(nominated.ok(), qPrintable(nominated.error()));
    }
    const auto forms =
        CatalogueRepository(workspace.database(), CatalogueRepository::Catalogue::RewardForms)
            .entries();
    QVERIFY(forms && !forms->isEmpty());
    Reward reward;
    reward.campaignId = campaign;
    reward.unitId = district;
    reward.formId = forms->first().id;
    reward.recipients.append({0, Exemplar::Kind::Collective, u"Xã Bình An"_s, commune, bridge});
    const auto saved = RewardRepository(workspace.database()).save(reward);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    workspace.refresh(Workspace::everything());
}

void TestWindowKeyboard::showPanelOn(const QString &code)
{
    QVERIFY(m_example.window()->showUnitByCode(code));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(m_example.find<QLabel>(u"panelTitle"_s)->isVisible());
}

void TestWindowKeyboard::focusAsOf()
{
    auto *asOf = m_example.find<QWidget>(u"asOfEdit"_s);
    QVERIFY(asOf);
    QLabel *label = nullptr;
    for (QLabel *candidate : m_example.window()->findChildren<QLabel *>()) {
        if (candidate->buddy() == asOf)
            label = candidate;
    }
    QVERIFY(label);
    QTest::keySequence(m_example.window(), QKeySequence::mnemonic(label->text()));
    QTRY_VERIFY(focused() && (focused() == asOf || asOf->isAncestorOf(focused())));
}

void TestWindowKeyboard::tabLeavesEveryTable()
{
    addRegisterRows();
    showPanelOn(u"905"_s);
    MainWindow *window = m_example.window();
    QStringList checked;
    for (const QString &page : {u"schedule"_s, u"overview"_s, u"exemplars"_s, u"rewards"_s,
                                u"steering"_s, u"campaign"_s}) {
        QVERIFY(window->showPage(page));
        QCoreApplication::processEvents();
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->isEnabled() || !(view->focusPolicy() & Qt::TabFocus)
                || !view->model() || view->model()->rowCount() == 0 || view->window() != window
                || checked.contains(view->objectName()))
                continue;
            const QString name = view->objectName();
            checked.append(name);
            // The schedule's and the tree's arrows choose another unit: back to the one
            // whose panel tables have rows.
            QVERIFY(window->showUnitByCode(u"905"_s));
            const auto inside = [view] {
                return focused() && (focused() == view || view->isAncestorOf(focused()));
            };
            view->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY2(inside(), qPrintable(name));
            QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
            const int first = view->currentIndex().row();
            // The arrows move inside the table...
            if (view->model()->rowCount(view->currentIndex().parent()) > 1) {
                QTest::keyClick(view, Qt::Key_Down);
                QVERIFY2(view->currentIndex().row() == first + 1, qPrintable(name));
                QVERIFY2(inside(), qPrintable(name));
            }
            // ...and Tab and Shift+Tab leave it for the controls around it.
            QTest::keyClick(view, Qt::Key_Tab);
            QVERIFY2(!inside(), qPrintable(u"Tab stays in %1"_s.arg(name)));
            view->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY2(inside(), qPrintable(name));
            QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
            QVERIFY2(!inside(), qPrintable(u"Shift+Tab stays in %1"_s.arg(name)));
        }
    }
    // The unit panel's tables, the schedule and the pages' lists were all among them.
    for (const QString &name :
         {u"sectionExemplarTable"_s, u"sentNominationTable"_s, u"receivedNominationTable"_s,
          u"sectionRewardTable"_s, u"scheduleView"_s, u"districtProgressView"_s, u"exemplarTable"_s,
          u"rewardTable"_s, u"documentView"_s, u"specialDeadlineView"_s})
        QVERIFY2(checked.contains(name),
                 qPrintable(name + u" was not checked, only "_s + checked.join(u", "_s)));
}

void TestWindowKeyboard::asOfTakesTheDayTyped()
{
    Workspace &workspace = m_example.workspace();
    QSignalSpy recomputed(&workspace, &Workspace::asOfChanged);

    // All of it selected, then a whole day typed over it.
    focusAsOf();
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    typeText(u"25/06/2020"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_example.window()->asOf(), QDate(2020, 6, 25));
    // The window computed the statuses once, for that day, not for each keystroke.
    QCOMPARE(recomputed.count(), 1);
    QCOMPARE(recomputed.at(0).at(0).toDate(), QDate(2020, 6, 25));

    // Back into the field with Shift+Tab from the control after it, and another day.
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
    typeText(u"20/06/2020"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_example.window()->asOf(), QDate(2020, 6, 20));
    QCOMPARE(recomputed.count(), 2);
    QCOMPARE(recomputed.at(1).at(0).toDate(), QDate(2020, 6, 20));
    QVERIFY2(m_example.find<QLabel>(u"countsLabel"_s)->text().contains(u"20/06/2020"_s),
             qPrintable(m_example.find<QLabel>(u"countsLabel"_s)->text()));
}

void TestWindowKeyboard::asOfRefusesADayThatDoesNotExist()
{
    Workspace &workspace = m_example.workspace();
    QSignalSpy recomputed(&workspace, &Workspace::asOfChanged);
    focusAsOf();
    QWidget *field = focused();
    QVERIFY(field);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    typeText(u"31/02/2020"_s);
    QTest::keyClick(field, Qt::Key_Return);
    // Refused in place, with the reason; the statuses stay as they were.
    QCOMPARE(m_example.window()->asOf(), QDate(2020, 3, 25));
    QCOMPARE(recomputed.count(), 0);
    QVERIFY(FieldMark::isInvalid(field));
    const QString message = m_example.window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"31/02/2020"_s) && message.contains(u"25/03/2020"_s),
             qPrintable(message));
    // Corrected, it is taken and the mark goes.
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    typeText(u"28/02/2020"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_example.window()->asOf(), QDate(2020, 2, 28));
    QVERIFY(!FieldMark::isInvalid(field));
    QVERIFY(m_example.window()->statusBar()->currentMessage().isEmpty());
}

void TestWindowKeyboard::calendarOpensFromTheKeyboardAtTheAsOfMonth()
{
    showPanelOn(u"30898"_s);
    auto *held = m_example.find<DateField>(u"heldField"_s);
    QVERIFY(held);
    QVERIFY(held->lineEdit()->text().isEmpty());
    auto *calendar = held->findChild<QCalendarWidget *>();
    auto *button = held->findChild<QToolButton *>();
    QVERIFY(calendar && button);

    // Alt+Down in the empty field opens the calendar at the "as of" month, not today's.
    held->lineEdit()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(held->lineEdit()->hasFocus());
    QTest::keyClick(held->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->yearShown(), 2020);
    QCOMPARE(calendar->monthShown(), 3);
    // The arrows move the day and Enter takes it; the day is saved as if typed.
    QTRY_VERIFY(focused() && calendar->isAncestorOf(focused()));
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(held->lineEdit()->text(), u"26/03/2020"_s);
    QTRY_VERIFY(held->lineEdit()->hasFocus());
    const auto stored =
        CampaignRepository(m_example.workspace().database())
            .conference(m_example.workspace().campaignId(), m_example.unitId(u"30898"_s));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->heldOn, QDate(2020, 3, 26));

    // Tab goes from the field to its "…" button, which opens the calendar with Space.
    QTest::keyClick(held->lineEdit(), Qt::Key_Tab);
    QTRY_COMPARE(focused(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2020, 3, 26));
    // Escape closes it and changes nothing.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!calendar->isVisible());
    QCOMPARE(held->lineEdit()->text(), u"26/03/2020"_s);

    // The F4 key does what Alt+Down does.
    held->lineEdit()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(held->lineEdit()->hasFocus());
    QTest::keyClick(held->lineEdit(), Qt::Key_F4);
    QTRY_VERIFY(calendar->isVisible());
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!calendar->isVisible());
}

void TestWindowKeyboard::choosingAUnitShowsItsHeading()
{
    addRegisterRows();
    showPanelOn(u"905"_s);
    auto *scroll = m_example.find<QScrollArea>(u"unitPanelScroll"_s);
    auto *title = m_example.find<QLabel>(u"panelTitle"_s);
    QVERIFY(scroll && title);
    const auto titleInView = [scroll, title] {
        const QRect shown(title->mapTo(scroll->viewport(), QPoint(0, 0)), title->size());
        return scroll->viewport()->rect().contains(shown);
    };
    // Scrolled down to the rewards at the bottom, as after entering one.
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QTRY_VERIFY(!titleInView());

    // The next unit, chosen in the schedule with the arrow key, is shown from its heading.
    auto *schedule = m_example.find<QTableView>(u"scheduleView"_s);
    QVERIFY(m_example.window()->showPage(u"schedule"_s));
    schedule->setFocus(Qt::TabFocusReason);
    const QString before = title->text();
    QTest::keyClick(schedule, Qt::Key_Down);
    QTRY_VERIFY(title->text() != before);
    QTRY_VERIFY(titleInView());
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
}

void TestWindowKeyboard::mnemonicsDoNotCollide_data()
{
    QTest::addColumn<QString>("page");
    for (const char *language : {"vi", "en"}) {
        for (const char *page :
             {"schedule", "overview", "exemplars", "rewards", "steering", "campaign"}) {
            QTest::addRow("%s-%s", language, page) << QString::fromLatin1(page);
        }
    }
}

void TestWindowKeyboard::mnemonicsDoNotCollide()
{
    QFETCH(QString, page);
    addRegisterRows();
    // A district that takes part: every field and section of the unit panel shows.
    showPanelOn(u"905"_s);
    MainWindow *window = m_example.window();
    QVERIFY(window->showPage(page));
    QCoreApplication::processEvents();

    // Every Alt+letter of the menu bar and of what is in view, as Qt registers it.
    QList<std::pair<QKeySequence, QString>> mnemonics;
    const auto add = [&mnemonics](const QString &text, const QString &what) {
        if (const QKeySequence keys = QKeySequence::mnemonic(text); !keys.isEmpty())
            mnemonics.append({keys, u"%1 “%2”"_s.arg(what, text)});
    };
    for (const QAction *menu : window->menuBar()->actions()) {
        if (menu->isVisible())
            add(menu->text(), u"menu"_s);
    }
    const auto shown = [window](const QWidget *widget) {
        return widget->isVisible() && widget->window() == window;
    };
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            add(label->text(), u"label"_s);
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(button->text(), u"button"_s);
    }
    for (const QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(box->title(), u"box"_s);
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int tab = 0; shown(tabs) && tab < tabs->count(); ++tab) {
            if (tabs->isTabVisible(tab))
                add(tabs->tabText(tab), u"tab"_s);
        }
    }
    QVERIFY(mnemonics.size() > 10);
    QStringList clashes;
    for (int i = 0; i < mnemonics.size(); ++i) {
        for (int j = i + 1; j < mnemonics.size(); ++j) {
            if (mnemonics.at(i).first == mnemonics.at(j).first) {
                clashes.append(u"%1: %2 and %3"_s.arg(mnemonics.at(i).first.toString(),
                                                      mnemonics.at(i).second,
                                                      mnemonics.at(j).second));
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));

    // And each label's Alt+letter puts the keyboard in its field.
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        const QKeySequence keys = QKeySequence::mnemonic(label->text());
        if (!shown(label) || !label->buddy() || keys.isEmpty())
            continue;
        QTest::keySequence(window, keys);
        QTRY_VERIFY2(
            focused() && (focused() == label->buddy() || label->buddy()->isAncestorOf(focused())),
            qPrintable(u"%1 for “%2”"_s.arg(keys.toString(), label->text())));
    }
}

QTEST_MAIN(TestWindowKeyboard)
#include "tst_windowkeyboard.moc"
