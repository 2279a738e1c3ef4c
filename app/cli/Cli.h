#pragma once

#include "Result.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

class Database;
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
    int runCommand(const QStringList &arguments);
    int init(const QStringList &arguments);
    int importUnits(const QStringList &arguments);
    int conference(const QStringList &arguments);
    int deadline(const QStringList &arguments);
    int pilot(const QStringList &arguments);
    int summary(const QStringList &arguments);
    int exportReport(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int copy(const QStringList &arguments);
    int campaign(const QStringList &arguments);
    int campaignCreate(const QStringList &arguments);
    int campaignList(const QStringList &arguments);
    int campaignExport(const QStringList &arguments);
    int campaignNext(const QStringList &arguments);
    int campaignRename(const QStringList &arguments);
    int campaignClose(const QStringList &arguments, bool close);
    int campaignDelete(const QStringList &arguments);
    int check(const QStringList &arguments);
    int lineage(const QStringList &arguments);
    // The PostgreSQL server's schema and rights (CliServer.cpp).
    int server(const QStringList &arguments);
    int serverInit(const QStringList &arguments);
    int serverGrant(const QStringList &arguments);
    int serverRevoke(const QStringList &arguments);
    int serverRoles(const QStringList &arguments);
    /// The help's words on the URL, for each server command.
    static QString serverUrlHelp();
    // Reporting forms and results read back (CliResults.cpp).
    int importResults(const QStringList &arguments);
    int exportForms(QCommandLineParser &parser, const QString &unitCode, bool allBelow);
    int exportCalendar(const QCommandLineParser &parser, const QCommandLineOption &formatOption,
                       const QCommandLineOption &outOption,
                       const QCommandLineOption &campaignOption, bool byGroup);

    /// Parses a command's options; prints help or a usage error itself. Returns -1 when
    /// the command should go on, or the exit code to return. A negative `positionalCount`
    /// asks for that many arguments or more.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
              int positionalCount);
    /// Reads --campaign into `campaignId` (0 when not given). Returns -1 to go on, or the
    /// exit code of a wrong value.
    int readCampaign(const QCommandLineParser &parser, const QCommandLineOption &option,
                     qint64 *campaignId);
    /// Without --campaign (`*campaignId` 0), the file's only campaign; -1 when there is one,
    /// else the exit code after saying how many there are.
    int onlyCampaign(Database &database, qint64 *campaignId);
    /// --on DATE, for commands that take --unit CODE.
    static QCommandLineOption dayOption();
    /// Reads --on into `day` (invalid when not given). Returns -1 to go on, or the exit code
    /// of a wrong value.
    int readOn(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *day);
    /// The unit a code names on `on`; without a day, on the first day of the campaign (the
    /// one given, or the file's only one when `campaignId` is 0; none when it is -1), else
    /// today.
    static Result<Unit> unitOn(Database &database, const QString &code, QDate on,
                               qint64 campaignId);
    int fail(const QString &message);
    int wrongUsage(const QString &message);
    QString generalHelp() const;

    QTextStream m_out;
    QTextStream m_err;
    QString m_command;
};
