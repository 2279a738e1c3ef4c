#include "CampaignRepository.h"
#include "DashboardView.h"
#include "Dialogs.h"
#include "DistrictProgressModel.h"
#include "ExampleWindow.h"
#include "KeyInput.h"
#include "ScheduleModel.h"
#include "SteeringRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFormLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QScopeGuard>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using KeyInput::focused;

namespace {

/// Where a dialog's keyboard is: its focused control, else the dialog.
QWidget *inside(QWidget *dialog)
{
    QWidget *widget = dialog->focusWidget();
    return widget ? widget : dialog;
}

} // namespace

/// The window for a clerk who works with a screen reader or the keyboard alone: every
/// control that takes the keyboard has a name, tables tell their headers and cells, the
/// chart's figures are also in words, a conference's standing is said in words and not
/// only by a tint, the day's work is done with key events only, and the window still fits
/// the clerk's 1366×768 screen with the letters twice their size.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void dialogsNameTheirControls_data();
    void dialogsNameTheirControls();
    void tablesTellHeadersAndCells();
    void chartIsAlsoInWords();
    void standingIsSaidInWords();
    void dailyWorkByKeysAlone();
    void fitsTheScreenAtTwiceTheFontSize();

private:
    bool open(Translations::Language language);
    /// The controls in `root`'s accessible tree that take the keyboard and have no name.
    static QStringList unnamedControls(QAccessibleInterface *root, int *focusable);
    static QString describe(const QAccessibleInterface *iface);
    /// Runs the answers on the modal dialogs that open one after the other while `trigger`
    /// runs, the first answer on the first dialog; false when one did not come.
    bool withModals(const std::function<void()> &trigger,
                    const QList<std::function<void(QWidget *)>> &answers);

    ExampleWindow m_example;
};

void TestAccessibility::initTestCase()
{
    ExampleWindow::forgetSettings();
}

void TestAccessibility::cleanup()
{
    m_example.close();
    ExampleWindow::forgetSettings();
}

bool TestAccessibility::open(Translations::Language language)
{
    return m_example.open(language, QDate(2020, 6, 22));
}

QString TestAccessibility::describe(const QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QStringList path;
    for (const QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty()) {
            path.prepend(o->objectName());
            if (o != object)
                break;
        }
    }
    return u"%1 (%2)"_s.arg(object ? QString::fromLatin1(object->metaObject()->className())
                                   : u"?"_s,
                            path.join(u" > "_s));
}

QStringList TestAccessibility::unnamedControls(QAccessibleInterface *root, int *focusable)
{
    QStringList unnamed;
    const std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *iface) {
        if (!iface || !iface->isValid())
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible || state.offscreen)
            return;
        if (state.focusable && !state.disabled) {
            ++*focusable;
            if (iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(iface));
        }
        // A table's children are its cells, told by tablesTellHeadersAndCells().
        if (iface->tableInterface() || iface->role() == QAccessible::List
            || iface->role() == QAccessible::Tree || iface->role() == QAccessible::Table)
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i));
    };
    walk(root);
    unnamed.removeDuplicates();
    return unnamed;
}

bool TestAccessibility::withModals(const std::function<void()> &trigger,
                                   const QList<std::function<void(QWidget *)>> &answers)
{
    int answered = 0;
    QPointer<QWidget> last;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == last || answered >= answers.size())
            return;
        last = modal;
        modal->activateWindow();
        if (!QTest::qWaitForWindowActive(modal))
            qWarning("%s did not become active", modal->metaObject()->className());
        answers.at(answered++)(modal);
        // A check that failed inside the dialog leaves it open: close it, so that the test
        // ends instead of waiting for it.
        if (QTest::currentTestFailed() && modal->isVisible())
            modal->close();
    });
    // A dialog that the keys did not close would wait for ever: after a while it is closed
    // and the test fails instead.
    bool stuck = false;
    QTimer watchdog;
    watchdog.setInterval(30000);
    connect(&watchdog, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            qWarning("%s was still open", dialog->metaObject()->className());
            stuck = true;
            dialog->reject();
        }
    });
    poll.start();
    watchdog.start();
    trigger();
    // A dialog opened with open() rather than exec() is answered after trigger() returns.
    const bool all = QTest::qWaitFor([&] { return answered == answers.size(); }, 5000);
    poll.stop();
    watchdog.stop();
    return all && !stuck;
}

void TestAccessibility::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("page");
    for (const char *language : {"vi", "en"}) {
        for (const char *page :
             {"schedule", "overview", "exemplars", "rewards", "steering", "campaign"})
            QTest::addRow("%s-%s", language, page) << QString::fromLatin1(page);
    }
}

void TestAccessibility::everyControlIsNamed()
{
    QFETCH(QString, page);
    QVERIFY(open(QString::fromLatin1(QTest::currentDataTag()).startsWith(u"en"_s)
                     ? Translations::Language::English
                     : Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    // A district with its panel open: every field and section of the unit panel shows.
    QVERIFY(window->showUnitByCode(u"905"_s));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    dock->show();
    dock->raise();
    QVERIFY(window->showPage(page));
    QCoreApplication::processEvents();

    int focusable = 0;
    const QStringList unnamed =
        unnamedControls(QAccessible::queryAccessibleInterface(window), &focusable);
    // The tree, the search, the "as of" day and the unit panel's fields at least.
    QVERIFY2(focusable > 10, qPrintable(QString::number(focusable)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without a name: "_s + unnamed.join(u"; "_s)));
}

void TestAccessibility::dialogsNameTheirControls_data()
{
    QTest::addColumn<QString>("opener");
    QTest::addColumn<QString>("page");
    // A button or an action of the window that opens a dialog, and the page it is on.
    QTest::addRow("own deadline") << u"ownDeadlineButton"_s << u"schedule"_s;
    QTest::addRow("pilot") << u"pilotButton"_s << u"schedule"_s;
    QTest::addRow("new exemplar") << u"sectionAddExemplarButton"_s << u"schedule"_s;
    QTest::addRow("new reward") << u"sectionAddRewardButton"_s << u"schedule"_s;
    QTest::addRow("new document") << u"addDocumentButton"_s << u"campaign"_s;
    QTest::addRow("new member") << u"addMemberButton"_s << u"steering"_s;
    QTest::addRow("followed units") << u"addUnitsButton"_s << u"steering"_s;
    QTest::addRow("print") << u"printAction"_s << u"schedule"_s;
    QTest::addRow("export") << u"exportAction"_s << u"exemplars"_s;
    QTest::addRow("catalogues") << u"cataloguesAction"_s << u"schedule"_s;
    QTest::addRow("office") << u"officeSettingsAction"_s << u"schedule"_s;
    QTest::addRow("new campaign") << u"newCampaignAction"_s << u"campaign"_s;
    QTest::addRow("reporting form") << u"exportFormAction"_s << u"schedule"_s;
}

void TestAccessibility::dialogsNameTheirControls()
{
    QFETCH(QString, opener);
    QFETCH(QString, page);
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    QVERIFY(window->showUnitByCode(u"905"_s));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    dock->show();
    dock->raise();
    if (page == u"steering"_s) {
        // A group to add members and units to, chosen in the list.
        SteeringGroup group;
        group.campaignId = m_example.workspace().campaignId();
        group.name = u"Tổ 1"_s;
        QVERIFY(SteeringRepository(m_example.workspace().database()).save(group));
        m_example.workspace().refresh(Workspace::everything());
    }
    QVERIFY(window->showPage(page));
    QCoreApplication::processEvents();
    if (page == u"steering"_s) {
        auto *groups = m_example.find<QAbstractItemView>(u"steeringGroupList"_s);
        QTRY_VERIFY(groups->model()->rowCount() > 0);
        groups->setCurrentIndex(groups->model()->index(0, 0));
    }
    std::function<void()> open;
    if (auto *button = window->findChild<QAbstractButton *>(opener)) {
        QTRY_VERIFY(button->isVisible() && button->isEnabled());
        open = [button] {
            button->click();
        };
    } else if (auto *action = window->findChild<QAction *>(opener)) {
        QVERIFY(action->isEnabled());
        open = [action] {
            action->trigger();
        };
    }
    QVERIFY2(open, qPrintable(opener));

    int focusable = 0;
    QStringList unnamed;
    QString title;
    QVERIFY(withModals(open, {[&](QWidget *dialog) {
                           title = dialog->windowTitle();
                           unnamed = unnamedControls(QAccessible::queryAccessibleInterface(dialog),
                                                     &focusable);
                           QTest::keyClick(dialog, Qt::Key_Escape);
                       }}));
    QVERIFY(!title.isEmpty());
    QVERIFY2(focusable >= 2, qPrintable(QString::number(focusable)));
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"%1: without a name: %2"_s.arg(title, unnamed.join(u"; "_s))));
}

void TestAccessibility::tablesTellHeadersAndCells()
{
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    QVERIFY(window->showPage(u"schedule"_s));
    auto *schedule = m_example.find<QTableView>(u"scheduleView"_s);
    QVERIFY(schedule);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(schedule);
    QVERIFY(iface);
    QAccessibleTableInterface *table = iface->tableInterface();
    QVERIFY(table);
    const QAbstractItemModel *model = schedule->model();
    QVERIFY(model->rowCount() > 100);
    QCOMPARE(table->rowCount(), model->rowCount());
    QCOMPARE(table->columnCount(), model->columnCount());
    // Each column's header, and each cell's text as the table shows it.
    for (int column = 0; column < model->columnCount(); ++column) {
        if (schedule->isColumnHidden(column))
            continue;
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        QVERIFY(!header.isEmpty());
        QCOMPARE(table->columnDescription(column), header);
        QAccessibleInterface *cell = table->cellAt(3, column);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), model->index(3, column).data().toString());
        QAccessibleTableCellInterface *cellInterface = cell->tableCellInterface();
        QVERIFY(cellInterface);
        const QList<QAccessibleInterface *> headers = cellInterface->columnHeaderCells();
        // Qt makes these for the caller and keeps them nowhere: given to its cache, they are
        // deleted with it.
        QList<QAccessible::Id> made;
        for (QAccessibleInterface *headerCell : headers)
            made.append(QAccessible::registerAccessibleInterface(headerCell));
        const auto forget = qScopeGuard([&made] {
            for (const QAccessible::Id id : std::as_const(made))
                QAccessible::deleteAccessibleInterface(id);
        });
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first()->text(QAccessible::Name), header);
    }
    // The tree of units tells its rows too.
    auto *tree = m_example.find<QTreeView>(u"unitTree"_s);
    QAccessibleInterface *treeIface = QAccessible::queryAccessibleInterface(tree);
    QVERIFY(treeIface && treeIface->tableInterface());
    QAccessibleInterface *first = treeIface->tableInterface()->cellAt(0, 0);
    QVERIFY(first);
    QCOMPARE(first->text(QAccessible::Name), tree->model()->index(0, 0).data().toString());
}

void TestAccessibility::chartIsAlsoInWords()
{
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    QVERIFY(window->showPage(u"overview"_s));
    auto *chart = m_example.find<QChartView>(u"progressChart"_s);
    auto *table = m_example.find<QTableView>(u"districtProgressView"_s);
    QVERIFY(chart && table);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(iface);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    // The chart's description says each bar's figures, district by district.
    const QString description = iface->text(QAccessible::Description);
    const auto *series =
        qobject_cast<QHorizontalStackedBarSeries *>(chart->chart()->series().value(0));
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    QCOMPARE(sets.size(), 2);
    const int districts = int(sets.at(0)->count());
    QCOMPARE(districts, table->model()->rowCount());
    for (int row = 0; row < districts; ++row) {
        const QString name =
            table->model()->index(row, DistrictProgressModel::District).data().toString();
        // The bars run from the bottom up.
        const int bar = districts - 1 - row;
        const int held = int(sets.at(0)->at(bar));
        const int all = held + int(sets.at(1)->at(bar));
        const QString said = DashboardView::tr("%1: %2 of %3 held").arg(name).arg(held).arg(all);
        QVERIFY2(description.contains(said), qPrintable(said + u" not in: "_s + description));
    }
}

void TestAccessibility::standingIsSaidInWords()
{
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    QVERIFY(window->showPage(u"schedule"_s));
    auto *schedule = m_example.find<QTableView>(u"scheduleView"_s);
    const QAbstractItemModel *model = schedule->model();
    int tinted = 0;
    QSet<QString> words;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ScheduleModel::Standing);
        if (!index.data(Qt::BackgroundRole).isValid())
            continue;
        ++tinted;
        // A tinted row says its standing in its own column, readable without the tint.
        const QString standing = index.data().toString();
        QVERIFY2(!standing.isEmpty(), qPrintable(QString::number(row)));
        words.insert(standing.section(u' ', 0, 1));
    }
    QVERIFY(tinted > 0);
    // The legend's swatches say what each tint means.
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->autoFillBackground())
            QVERIFY2(!label->text().trimmed().isEmpty(), "a colour swatch without words");
    }
}

void TestAccessibility::dailyWorkByKeysAlone()
{
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    CampaignRepository campaigns(m_example.workspace().database());
    const qint64 commune = m_example.unitId(u"30898"_s);
    const auto heldOn = [&] {
        const auto conference = campaigns.conference(m_example.workspace().campaignId(), commune);
        return conference ? conference->heldOn : QDate();
    };
    QVERIFY(!heldOn().isValid());

    // Find the unit: Ctrl+F, its code, Enter to the unit found in the tree.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *search = m_example.find<QLineEdit>(u"unitSearch"_s);
    QTRY_VERIFY(KeyInput::isIn(search));
    KeyInput::typeText(u"30898"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *tree = m_example.find<QTreeView>(u"unitTree"_s);
    QTRY_VERIFY(KeyInput::isIn(tree));
    QCOMPARE(tree->currentIndex().data(Qt::DisplayRole).toString().left(10), u"Xã Bình An"_s);
    auto *title = m_example.find<QLabel>(u"panelTitle"_s);
    QTRY_VERIFY(title->text().contains(u"Bình An"_s));

    // Enter the day it was held: Enter goes to its conference, the label's Alt+letter to
    // the day held.
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *held = m_example.find<QWidget>(u"heldField"_s);
    QVERIFY(held);
    QTRY_VERIFY(window->findChild<QWidget *>(u"unitPanel"_s)->isAncestorOf(focused()));
    QLabel *heldLabel = nullptr;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == held)
            heldLabel = label;
    }
    QVERIFY(heldLabel);
    QTest::keySequence(window, QKeySequence::mnemonic(heldLabel->text()));
    QTRY_VERIFY(KeyInput::isIn(held));
    KeyInput::typeText(u"20/05/2020"_s);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTRY_COMPARE(heldOn(), QDate(2020, 5, 20));

    // Undo and redo it.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!heldOn().isValid());
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(heldOn(), QDate(2020, 5, 20));

    // Print: Ctrl+P, Enter for the report of the page in view, the preview, Escape.
    int pages = 0;
    QVERIFY(withModals([] { QTest::keyClick(focused(), Qt::Key_P, Qt::ControlModifier); },
                       {[](QWidget *dialog) { QTest::keyClick(inside(dialog), Qt::Key_Return); },
                        [&pages](QWidget *preview) {
                            auto *widget = preview->findChild<QPrintPreviewWidget *>();
                            pages = widget ? widget->pageCount() : -1;
                            QTest::keyClick(inside(preview), Qt::Key_Escape);
                        }}));
    QTRY_VERIFY2(pages > 1, qPrintable(QString::number(pages)));
    // The offscreen platform does not give the window back its keyboard when a dialog
    // closes, as a desktop does.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(focused());

    // Export: Ctrl+E, the format chosen with its label's Alt+letter and the arrows, Enter.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lich.xlsx"_s);
    FileDialog::setNextFileName(path);
    QVERIFY(withModals([] { QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier); },
                       {[&](QWidget *dialog) {
                           auto *format = dialog->findChild<QComboBox *>(u"reportFormat"_s);
                           QVERIFY(format);
                           QLabel *formatLabel = nullptr;
                           for (QLabel *label : dialog->findChildren<QLabel *>()) {
                               if (label->buddy() == format)
                                   formatLabel = label;
                           }
                           QVERIFY(formatLabel);
                           // The main window was activated by hand above; under load that can
                           // land after this dialog came up, and a label's Alt+letter works in
                           // the active window only.
                           dialog->activateWindow();
                           QVERIFY(QTest::qWaitForWindowActive(dialog));
                           QTest::keySequence(dialog, QKeySequence::mnemonic(formatLabel->text()));
                           QTRY_VERIFY(dialog->focusWidget() == format);
                           for (int i = 0; i < format->count()
                                && !format->currentText().contains(u"xlsx"_s, Qt::CaseInsensitive);
                                ++i)
                               QTest::keyClick(format, Qt::Key_Down);
                           QVERIFY(format->currentText().contains(u"xlsx"_s, Qt::CaseInsensitive));
                           QTest::keyClick(inside(dialog), Qt::Key_Return);
                       }}));
    QTRY_VERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo(path).size() > 1000);
}

void TestAccessibility::fitsTheScreenAtTwiceTheFontSize()
{
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(large);
    const auto restore = qScopeGuard([normal] { QApplication::setFont(normal); });
    QVERIFY(open(Translations::Language::Vietnamese));
    MainWindow *window = m_example.window();
    const QRect screen = QApplication::primaryScreen()->availableGeometry();
    QVERIFY2(window->minimumSizeHint().width() <= screen.width()
                 && window->minimumSizeHint().height() <= screen.height(),
             qPrintable(u"%1×%2"_s.arg(window->minimumSizeHint().width())
                            .arg(window->minimumSizeHint().height())));
    QVERIFY(window->frameGeometry().width() <= screen.width());
    QVERIFY(window->frameGeometry().height() <= screen.height());
    QVERIFY(window->showUnitByCode(u"905"_s));
    auto *dock = m_example.find<QDockWidget>(u"unitDock"_s);
    dock->show();
    dock->raise();
    for (const QString &page : {u"schedule"_s, u"overview"_s, u"exemplars"_s, u"rewards"_s,
                                u"steering"_s, u"campaign"_s}) {
        QVERIFY(window->showPage(page));
        QCoreApplication::processEvents();
        // Every control in view is tall enough for its letters, and each field of the unit
        // panel can be scrolled to.
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)
                || widget->window() != window || qobject_cast<QAbstractItemView *>(widget))
                continue;
            QVERIFY2(widget->height() >= widget->fontMetrics().height(),
                     qPrintable(u"%1 %2 on %3: %4 px for %5 px letters"_s
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName(), page)
                                    .arg(widget->height())
                                    .arg(widget->fontMetrics().height())));
        }
    }
    auto *scroll = m_example.find<QScrollArea>(u"unitPanelScroll"_s);
    auto *held = m_example.find<QWidget>(u"heldField"_s);
    QVERIFY(scroll && held);
    scroll->ensureWidgetVisible(held);
    QCoreApplication::processEvents();
    const QRect inViewport(held->mapTo(scroll->viewport(), QPoint(0, 0)), held->size());
    QVERIFY(scroll->viewport()->rect().intersects(inViewport));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
