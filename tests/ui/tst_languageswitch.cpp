#include "FreshExample.h"
#include "InputFields.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UnitRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// A window on a new copy of the example, showing Xã Bình An with its attendees entered by
/// keyboard (so that the Edit menu has something to name).
struct ExampleWindow
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

// The class name, object name and place among like siblings of each object up to `root`:
// the same widget in two windows built alike has the same path.
QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o && o != root; o = o->parent()) {
        int index = 0;
        if (o->parent()) {
            for (const QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                if (sibling->metaObject() == o->metaObject()
                    && sibling->objectName() == o->objectName())
                    ++index;
            }
        }
        parts.prepend(QString::fromLatin1(o->metaObject()->className()) + u':' + o->objectName()
                      + u'#' + QString::number(index));
    }
    return parts.join(u'/');
}

} // namespace

/// Switching the language while the window is open: every text follows at once, and the
/// window shows what a window opened in that language shows.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void undoTextsFollowTheLanguage();
    void everyTextIsAsInAWindowOpenedInTheLanguage();

private:
    ExampleWindow openExample(const QString &folder);
    static void switchTo(MainWindow &window, Translations::Language language);
    /// Shows each page once, so that those that wait until they are seen show their texts.
    static void visitPages(MainWindow &window);
    /// Every text the window shows, by the path of the object that shows it.
    static QMap<QString, QString> texts(MainWindow *window);
    static void compareTexts(MainWindow *switched, MainWindow *fresh);

    QTemporaryDir m_dir;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLanguageSwitch::cleanup()
{
    Translations::install(Translations::Language::Vietnamese);
}

ExampleWindow TestLanguageSwitch::openExample(const QString &folder)
{
    ExampleWindow result;
    // The same file name everywhere: the window's title names it.
    const QString path = m_dir.filePath(folder);
    if (!QDir().mkpath(path))
        return result;
    result.workspace = std::make_unique<Workspace>();
    result.window = std::make_unique<MainWindow>(*result.workspace);
    MainWindow &window = *result.window;
    const auto example = TestSupport::freshExample(m_dir, folder + u"/example.sqlite"_s);
    if (example.location.isEmpty() || !window.openDatabase(example.location, example.intent))
        return {};
    window.setAsOf(QDate(2020, 5, 25));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    window.showUnit(UnitRepository(result.workspace->database()).byCode(u"30898"_s)->id);
    auto *attendees = window.findChild<QLineEdit *>(u"attendeesField"_s);
    attendees->setFocus(Qt::TabFocusReason);
    for (const QChar ch : u"120"_s)
        QTest::sendKeyEvent(QTest::Click, attendees, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QTest::keyClick(attendees, Qt::Key_Tab);
    return result;
}

void TestLanguageSwitch::switchTo(MainWindow &window, Translations::Language language)
{
    const char *action =
        language == Translations::Language::English ? "englishAction" : "vietnameseAction";
    window.findChild<QAction *>(QString::fromLatin1(action))->trigger();
    // Widgets hear of it through a posted LanguageChange.
    const QString file = language == Translations::Language::English ? u"&File"_s : u"&Tệp"_s;
    QTRY_COMPARE(window.menuBar()->actions().constFirst()->text(), file);
}

void TestLanguageSwitch::visitPages(MainWindow &window)
{
    for (const QString &page : {u"overview"_s, u"exemplars"_s, u"rewards"_s, u"steering"_s,
                                u"campaign"_s, u"schedule"_s}) {
        QVERIFY(window.showPage(page));
        QCoreApplication::processEvents();
    }
}

QMap<QString, QString> TestLanguageSwitch::texts(MainWindow *window)
{
    // Each window on a server has a database of its own, which its title names: one name
    // for all, as the same file name in each folder is.
    const QString database = QFileInfo(window->databasePath()).fileName();
    QMap<QString, QString> result;
    QList<QObject *> objects = window->findChildren<QObject *>();
    objects.prepend(window);
    for (QObject *object : std::as_const(objects)) {
        const QString path = pathOf(object, window);
        for (const char *property :
             {"text", "toolTip", "statusTip", "placeholderText", "windowTitle", "accessibleName",
              "accessibleDescription", "title", "whatsThis", "currentText"}) {
            const QVariant value = object->property(property);
            if (value.typeId() == QMetaType::QString && !value.toString().isEmpty()) {
                result.insert(path + u'.' + QString::fromLatin1(property),
                              value.toString().replace(database, u"example.sqlite"_s));
            }
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(object)) {
            for (int i = 0; i < tabs->count(); ++i)
                result.insert(path + u".tab" + QString::number(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(object)) {
            for (int i = 0; i < combo->count(); ++i)
                result.insert(path + u".item" + QString::number(i), combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(object); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                result.insert(path + u".header" + QString::number(column),
                              view->model()->headerData(column, Qt::Horizontal).toString());
            }
        }
    }
    return result;
}

void TestLanguageSwitch::compareTexts(MainWindow *switched, MainWindow *fresh)
{
    const QMap<QString, QString> shown = texts(switched);
    const QMap<QString, QString> expected = texts(fresh);
    QStringList differences;
    int compared = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        // Objects made only when first used (a menu opened, a tooltip) may be in one only.
        if (!shown.contains(it.key()))
            continue;
        ++compared;
        if (shown.value(it.key()) != it.value())
            differences.append(it.key() + u": “"_s + shown.value(it.key()) + u"” instead of “"_s
                               + it.value() + u"”"_s);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    QVERIFY2(compared > 500, qPrintable(QString::number(compared)));
}

void TestLanguageSwitch::undoTextsFollowTheLanguage()
{
    Translations::install(Translations::Language::Vietnamese);
    ExampleWindow example = openExample(u"undo"_s);
    QVERIFY(example.window);
    MainWindow &window = *example.window;
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    auto *calendarButton =
        window.findChild<DateField *>(u"heldField"_s)->findChild<QToolButton *>();
    auto *dockClose = window.findChild<QDockWidget *>(u"unitDock"_s)
                          ->findChild<QAbstractButton *>(u"qt_dockwidget_closebutton"_s);
    QVERIFY(undo && redo && calendarButton && dockClose);

    // One language in each text: the words of the menu and the name of the edit alike.
    QCOMPARE(undo->text(), u"&Hoàn tác: số người dự của Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(redo->text(), u"&Làm lại"_s);
    undo->trigger();
    QCOMPARE(redo->text(), u"&Làm lại: số người dự của Xã Bình An (Huyện Châu Thành)"_s);
    redo->trigger();

    switchTo(window, Translations::Language::English);
    QCOMPARE(undo->text(), u"&Undo: attendees of Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(calendarButton->toolTip(), u"Pick the day in a calendar"_s);
    QCOMPARE(dockClose->accessibleName(), u"Close"_s);
    undo->trigger();
    QCOMPARE(redo->text(), u"&Redo: attendees of Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(undo->text(), u"&Undo"_s);

    switchTo(window, Translations::Language::Vietnamese);
    QCOMPARE(redo->text(), u"&Làm lại: số người dự của Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(calendarButton->toolTip(), u"Chọn ngày trên lịch"_s);
    QCOMPARE(dockClose->accessibleName(), u"Đóng"_s);
}

void TestLanguageSwitch::everyTextIsAsInAWindowOpenedInTheLanguage()
{
    Translations::install(Translations::Language::Vietnamese);
    ExampleWindow vietnamese = openExample(u"vi"_s);
    QVERIFY(vietnamese.window);
    visitPages(*vietnamese.window);

    switchTo(*vietnamese.window, Translations::Language::English);
    visitPages(*vietnamese.window);
    ExampleWindow english = openExample(u"en"_s);
    QVERIFY(english.window);
    visitPages(*english.window);
    compareTexts(vietnamese.window.get(), english.window.get());

    // And back: the window opened in English, switched, is as one opened in Vietnamese.
    switchTo(*english.window, Translations::Language::Vietnamese);
    visitPages(*english.window);
    ExampleWindow again = openExample(u"vi-again"_s);
    QVERIFY(again.window);
    visitPages(*again.window);
    compareTexts(english.window.get(), again.window.get());
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
