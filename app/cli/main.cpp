#include "Cli.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

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
    if (pdf && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Headless machines often have no session folder; give the platform a private one.
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/danvan-runtime-") + QString::number(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
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
