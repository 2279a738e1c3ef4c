#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

/// The schema of a danvan file held against the one this program creates for the file's
/// version: every table, index, trigger and view that SQLite lists in sqlite_master, with
/// its type, name, table and definition. A file whose schema differs in any of them can
/// hold something that runs, or reads, other than danvan meant: a trigger that deletes
/// records when a conference is saved, a view in place of a table.
///
/// The reference is what the program itself creates: Schema::steps() up to the version,
/// run on an in-memory database once per version and process. A new step therefore needs
/// no change here.
///
/// Definitions are compared token by token: spaces, comments, the case of keywords and
/// names and the quotes around a plain name do not count (SQLite's ALTER TABLE quotes the
/// names it rewrites, and another SQLite release may do it otherwise); every other
/// difference does.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    /// One entry of sqlite_master.
    struct Object
    {
        QString type; ///< table, index, trigger or view
        QString name;
        QString table; ///< the table an index or trigger belongs to (a table's own name)
        QString sql; ///< empty for the indexes SQLite makes for UNIQUE and PRIMARY KEY
    };

    /// Something in the file that is not as the program creates it.
    struct Difference
    {
        enum class Kind {
            Extra, ///< the file holds an object that the program does not create
            Missing, ///< the file lacks an object that the program creates
            Changed, ///< the object of that name is of another type or table, or defined otherwise
        };
        Kind kind = Kind::Extra;
        Object expected; ///< empty for Extra
        Object found; ///< empty for Missing
    };

    SchemaCheck() = default;

    /// Compares the schema of the file open on `connection`, which says it is at `version`,
    /// with what the program creates for that version. Only sqlite_master is read.
    static Result<SchemaCheck> ofConnection(const QSqlDatabase &connection, int version);

    /// The objects that Schema::steps() create up to `version` (0: none), in the order they
    /// are created.
    static Result<QList<Object>> reference(int version);

    /// What differs between the objects `found` and the `expected` ones: extra and changed
    /// objects in the order of `found`, then the missing ones in the order of `expected`.
    static QList<Difference> compare(const QList<Object> &expected, const QList<Object> &found);

    /// The version the file was compared at.
    int version() const { return m_version; }
    const QList<Difference> &differences() const { return m_differences; }
    /// True when the file holds exactly the program's schema.
    bool isClean() const { return m_differences.isEmpty(); }
    /// True when something was found and all of it is extra: everything the program created
    /// is there, unchanged, so that the file can still be read.
    bool onlyAdditions() const;

    /// One difference in words, for a sentence: "it holds a trigger “t” on the table “c”
    /// that danvan did not create".
    static QString describe(const Difference &difference);
    /// Why the file at `path` is refused: its first difference, how many more there are, and
    /// what to do. Empty when the schema is clean.
    QString message(const QString &path) const;
    /// {"version": N, "differences": [{"kind": "extra"|"missing"|"changed", "name": ...,
    /// "expected": {"type", "table", "sql"} or null, "found": the same or null}]}
    QJsonObject toJson() const;

private:
    int m_version = 0;
    QList<Difference> m_differences;
};
