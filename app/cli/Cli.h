#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineOption;
class QCommandLineParser;

/// danvan-cli: the same data as the window, for scripts. Each command is a method; exit
/// codes are 0 on success, 1 on failure and 2 on wrong usage, and every error is one line
/// on stderr naming what and where.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Success = 0, Failed = 1, WrongUsage = 2 };

    Cli();
    /// Runs the command line (arguments without the program name's interpretation).
    int run(const QStringList &arguments);

private:
    int init(const QStringList &arguments);
    int importUnits(const QStringList &arguments);
    int conference(const QStringList &arguments);
    int deadline(const QStringList &arguments);
    int pilot(const QStringList &arguments);
    int summary(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int campaign(const QStringList &arguments);
    int campaignCreate(const QStringList &arguments);
    int campaignList(const QStringList &arguments);
    int campaignExport(const QStringList &arguments);
    int campaignNext(const QStringList &arguments);
    int campaignRename(const QStringList &arguments);
    int campaignClose(const QStringList &arguments, bool close);
    int campaignDelete(const QStringList &arguments);
    int check(const QStringList &arguments);
    // Reporting forms and results read back (CliResults.cpp).
    int importResults(const QStringList &arguments);
    int exportForms(QCommandLineParser &parser, const QString &unitCode, bool allBelow);

    /// Parses a command's options; prints help or a usage error itself. Returns -1 when
    /// the command should go on, or the exit code to return. A negative `positionalCount`
    /// asks for that many arguments or more.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
              int positionalCount);
    /// Reads --campaign into `campaignId` (0 when not given). Returns -1 to go on, or the
    /// exit code of a wrong value.
    int readCampaign(const QCommandLineParser &parser, const QCommandLineOption &option,
                     qint64 *campaignId);
    int fail(const QString &message);
    int wrongUsage(const QString &message);
    QString generalHelp() const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_command;
};
