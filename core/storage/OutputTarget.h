#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

/// The one rule for where danvan may write a file of its own making (a report, a PDF, a
/// backup copy): never over the database it has open, nor over the -wal, -shm or -journal
/// file in which SQLite keeps that database's latest changes, nor over any other danvan
/// file or its companions. A danvan file is recognised by its SQLite header, which carries
/// Database::ApplicationId whatever the file's name.
class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)

public:
    enum class Use {
        Report, ///< a report or PDF: never over any danvan file
        Backup, ///< a copy of the database: may replace an earlier copy no program has open
    };

    /// Refuses `path` when writing there would destroy a danvan file; `openDatabase` is the
    /// file open now (may be empty). The message names the file and says what to do.
    static Result<void> check(const QString &path, const QString &openDatabase,
                              Use use = Use::Report);

    /// True when `path` is an SQLite file whose header says it is a danvan database.
    static bool isDanvanFile(const QString &path);
};
