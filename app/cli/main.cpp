#include "Cli.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

// PDF needs fonts, hence a GUI application: only then, and on the offscreen platform, so
// that the other commands start fast and nothing needs a display.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if ((qstrcmp(argv[i], "--format") == 0 && i + 1 < argc && qstricmp(argv[i + 1], "pdf") == 0)
            || qstricmp(argv[i], "--format=pdf") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool pdf = wantsPdf(argc, argv);
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (pdf)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("danvan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("danvan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DANVAN_VERSION));
    return Cli().run(QCoreApplication::arguments());
}
