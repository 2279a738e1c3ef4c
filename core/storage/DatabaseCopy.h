#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

/// Copies everything a danvan database holds into another, empty one: a file onto a server
/// that `danvan-cli server init` prepared, or a server into a new file (an offline copy or a
/// backup). Rows keep their ids, so that the copy is the same campaign row for row; closed
/// campaigns stay closed. The copy is one transaction on the target: all of it or nothing.
/// What belongs to the server alone (its roles and their units) is not copied.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    struct Counts
    {
        int tables = 0;
        qint64 rows = 0;
    };

    /// `target` must hold no units and no campaigns yet; its built-in lists (levels, fields
    /// of activity, reward forms) and settings are replaced by the source's.
    static Result<Counts> copy(const Database &source, Database &target);
};
