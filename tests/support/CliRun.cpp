#include "CliRun.h"

#include "TestPaths.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace TestSupport {

QStringList CliRun::errLines() const
{
    return err.trimmed().split(u'\n', Qt::SkipEmptyParts);
}

QString CliRun::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(out.left(2000), err);
}

CliRun runCli(const QStringList &arguments, bool asNobody, const QString &standardOutputFile,
              const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setEnvironment(QProcess::systemEnvironment() + environment);
    process.setProgram(QStringLiteral(DANVAN_CLI_PATH));
    process.setArguments(arguments);
    if (!standardOutputFile.isEmpty())
        process.setStandardOutputFile(standardOutputFile);
    if (asNobody) {
        // Root reads and writes any file: run as the user nobody so that permissions apply.
        process.setProgram(u"setpriv"_s);
        process.setArguments(QStringList{u"--reuid=65534"_s, u"--regid=65534"_s,
                                         u"--clear-groups"_s, QStringLiteral(DANVAN_CLI_PATH)}
                             + arguments);
    }
    process.start();
    CliRun run;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"danvan-cli did not run: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace TestSupport
