#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <initializer_list>

class Database;

/// Rows of some tables exactly as they were, ids included, so that a deletion can be taken
/// back (the undo of deleting a campaign, or of leaving a unit out of one). Tables are put
/// back in the order they were taken: take a table before the tables that refer to it.
class RowSnapshot
{
public:
    /// Reads the rows of `table` that `condition` (an SQL expression over its columns, with
    /// `?` placeholders for `values`) selects.
    Result<void> take(Database &database, const QString &table, const QString &condition,
                      std::initializer_list<QVariant> values);

    /// Inserts every row taken back into its table, in the caller's transaction.
    Result<void> restore(Database &database) const;

    /// The number of rows taken from `table`.
    int rowCount(const QString &table) const;
    bool isEmpty() const;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> m_tables;
};
