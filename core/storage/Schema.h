#pragma once

#include <QList>
#include <QString>

/// The database schema as the list of steps that build it. A new file runs every step;
/// a file at version N runs the steps after N. A released step is never edited: a change
/// to the schema is a new step.
namespace Schema {

struct Step
{
    int version; ///< the schema version the file has after this step
    QList<QString> statements;
    /// The step drops and creates again a table that others reference (SQLite's way of
    /// changing a constraint): it runs with foreign keys off, checked before it commits.
    bool rebuildsTables = false;
};

const QList<Step> &steps();

} // namespace Schema
