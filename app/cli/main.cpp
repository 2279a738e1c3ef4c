#include "Cli.h"

#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("danvan-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("danvan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DANVAN_VERSION));
    return Cli().run(QCoreApplication::arguments());
}
