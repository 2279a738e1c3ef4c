#include "AppSettings.h"
#include "Database.h"
#include "MainWindow.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"danvan"_s);
    QApplication::setOrganizationName(u"danvan"_s);
    QApplication::setApplicationVersion(QStringLiteral(DANVAN_VERSION));
    // The installed menu entry and icon (resources/desktop/): the desktop matches the window
    // to its entry by this name, and the window shows the icon of the installed theme.
    QGuiApplication::setDesktopFileName(u"vn.danvan.Danvan"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"danvan"_s));

    // Vietnamese unless the user chose otherwise, whatever the system's language.
    const QStringList arguments = QApplication::arguments();
    auto language = Translations::fromCode(AppSettings::value(AppSettings::Language));
    if (const qsizetype at = arguments.indexOf(u"--lang"_s); at > 0 && at + 1 < arguments.size())
        language = Translations::fromCode(arguments.at(at + 1));
    Translations::install(language.value_or(Translations::Language::Vietnamese));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Follows the summary conferences of the “Dân vận "
                                "khéo” movement."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"lang"_s, QApplication::translate("main", "The language of the window: vi or en."),
        u"vi|en"_s);
    const QCommandLineOption asOfOption(
        u"as-of"_s, QApplication::translate("main", "Show the statuses as of this day."),
        u"yyyy-MM-dd"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Save a picture of the window to this PNG file once "
                                "it is shown, then quit (for the documentation)."),
        u"file.png"_s);
    const QCommandLineOption unitOption(
        u"unit"_s, QApplication::translate("main", "Open the window on this unit (its code)."),
        u"code"_s);
    const QCommandLineOption pageOption(
        u"page"_s,
        QApplication::translate("main",
                                "Open the window on this page: schedule, overview, "
                                "exemplars, rewards, steering or campaign."),
        u"page"_s);
    const QCommandLineOption screenshotOfOption(
        u"screenshot-of"_s,
        QApplication::translate("main",
                                "With --screenshot: picture only this part of the window "
                                "(an object name, such as unitDock)."),
        u"name"_s);
    parser.addOptions(
        {languageOption, asOfOption, unitOption, pageOption, screenshotOption, screenshotOfOption});
    parser.addPositionalArgument(
        u"file"_s, QApplication::translate("main", "The danvan file to open."), u"[file]"_s);
    parser.process(app);

    Workspace workspace;
    MainWindow window(workspace);
    // The day chosen last time, unless the command line names one.
    QDate asOf = AppSettings::value(AppSettings::AsOfDate);
    if (parser.isSet(asOfOption))
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
    if (asOf.isValid())
        window.setAsOf(asOf);

    // The file named on the command line, else the last one, else the default one, which
    // is created with the example on the first run.
    const QString defaultPath = MainWindow::defaultDatabasePath();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = AppSettings::value(AppSettings::LastFile);
        // A server is tried again (its password from ~/.pgpass); a file only if it is there.
        if (path.isEmpty() || (!Database::isServerAddress(path) && !QFileInfo::exists(path)))
            path = defaultPath;
    }
    bool opened = false;
    if (path == defaultPath && !QFileInfo::exists(path))
        opened = window.openDatabase(path, Workspace::OpenIntent::NewExample);
    else
        opened = window.openDatabase(path, Workspace::OpenIntent::Existing);
    // A server that wants a password not kept anywhere asks for it.
    if (!opened && Database::isServerAddress(path))
        opened = window.signInToServer(path);
    if (!opened && path != defaultPath) {
        opened =
            window.openDatabase(defaultPath,
                                QFileInfo::exists(defaultPath) ? Workspace::OpenIntent::Existing
                                                               : Workspace::OpenIntent::NewExample);
    }
    if (opened && parser.isSet(unitOption))
        window.showUnitByCode(parser.value(unitOption));
    if (parser.isSet(pageOption))
        window.showPage(parser.value(pageOption));
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString picture = parser.value(screenshotOption);
        const QString part = parser.value(screenshotOfOption);
        QTimer::singleShot(500, &window, [&window, picture, part, opened] {
            QWidget *target = part.isEmpty() ? &window : window.findChild<QWidget *>(part);
            const bool saved = target && target->grab().save(picture);
            QApplication::exit(saved && opened ? 0 : 1);
        });
    }
    return QApplication::exec();
}
