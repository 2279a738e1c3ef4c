#pragma once

#include <QString>
#include <QStringList>

namespace TestSupport {

/// What one run of danvan-cli gave.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /// stderr as its lines, without the final line break.
    QStringList errLines() const;
    /// Everything, for a failure message.
    QString describe() const;
};

/// Runs the danvan-cli of this build with `arguments` and waits for it (one minute at
/// most). With `asNobody`, a process run as root runs it as the user nobody, so that file
/// permissions apply as they do for a clerk. With `standardOutputFile`, what it prints goes
/// to that file (a device such as /dev/full included) instead of `out`. `environment` adds
/// variables ("NAME=value") to the test's own.
CliRun runCli(const QStringList &arguments, bool asNobody = false,
              const QString &standardOutputFile = QString(),
              const QStringList &environment = QStringList());

} // namespace TestSupport
