#pragma once

#include "Result.h"
#include "SchemaCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

class QSqlError;

/// One danvan database: an SQLite file with the schema of this version (the default), or a
/// PostgreSQL database shared by several offices, named by a `postgresql://` address.
///
/// Opening checks what the file is before writing anything: a file that is not SQLite, an
/// SQLite file of another program, a file from a newer danvan, a file whose schema is not
/// exactly the one this program creates for its version (SchemaCheck: a trigger, view, table
/// or index added, anything changed or removed) and a damaged file (SQLite's quick_check)
/// are refused untouched, before any statement reads or writes the data; a file from an
/// older danvan is copied beside itself and then migrated forward in one transaction, its
/// schema checked again before and after the steps. Every connection runs with foreign keys
/// on, WAL, a busy timeout and trusted_schema off (so that nothing in a file's schema can
/// call a function with the program's rights, even where a check would miss it).
///
/// A file that cannot be written (or whose folder cannot be written, which WAL needs) is
/// opened read-only: SQLite's immutable mode, so that nothing is written to the file or
/// created beside it (a read-only WAL connection would otherwise leave -wal and -shm files
/// behind that stop the file's owner from writing). Edits then fail with the "can only be
/// read" message. A read-only file with a -wal or -journal file beside it is refused: its
/// latest changes may be there, and they cannot be read without writing.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// The schema version this program writes. Older files are migrated up to it.
    static constexpr int SchemaVersion = 4;
    /// Written into the SQLite header (PRAGMA application_id) to recognise danvan files.
    static constexpr int ApplicationId = 0x44564E31; // "DVN1"

    enum class OpenMode {
        Existing, ///< the file must exist
        CreateIfMissing, ///< a missing or empty file becomes a new danvan database
        ReadOnly, ///< the file must exist; it is only read, even when it could be written
        /// Like ReadOnly, and a file that holds tables, indexes, triggers or views that danvan
        /// did not create is opened too, as long as all that danvan created is there
        /// unchanged: to rescue what it holds. Nothing that was added runs on a file that is
        /// only read.
        Rescue,
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens `path`, creating or migrating it as needed. On failure nothing is open and the
    /// file is as it was. An existing file that cannot be written is opened read-only.
    /// A `postgresql://user@host:port/database` address connects to a server instead (see
    /// isServerAddress()); its schema is made by `danvan-cli server init`, never here.
    Result<void> open(const QString &path, OpenMode mode = OpenMode::Existing);

    /// True for `postgresql://…` and `postgres://…`: a server's address, not a file's name.
    static bool isServerAddress(const QString &location);
    /// A server's address as shown to the user: user@host:port/database, never a password.
    static QString serverDisplayName(const QString &address);

    /// Looks at the file `path` as open() does before it writes anything, and writes
    /// nothing: the reason open() would refuse it (not a danvan file, from a newer danvan,
    /// damaged, ...), or the comparison of its schema with the one this program creates for
    /// its version, which open() requires to be clean. (A file from an older danvan must
    /// also be writable for open() to update it.)
    static Result<SchemaCheck> check(const QString &path);
    void close();

    bool isOpen() const;
    /// True when the open database is on a PostgreSQL server rather than in a file.
    bool isServer() const { return m_server; }
    /// On a server, the sentence that says this login may not change a unit's rows of a
    /// campaign ("Huyện Gò Quao may not change Xã Bình An of Huyện Châu Thành"), or empty
    /// when it may. Without a unit (0), the campaign's own rows: those of its unit. Always
    /// empty on a file.
    QString refusalToChange(qint64 campaignId, qint64 unitId = 0) const;
    /// The same as a result, checked before a write so that the server's refusal reads as
    /// that sentence rather than as a rule the row broke.
    Result<void> mayChange(qint64 campaignId, qint64 unitId = 0) const;
    /// The SQL that gives a new row of `table` its id where an id may be bound or left
    /// NULL (`COALESCE(?, newId)`): a file numbers a NULL id itself, a server takes the next
    /// number of the table's identity.
    QString newId(const QString &table) const;
    /// What ends a SELECT in a transaction that reads rows in order to change them: on a
    /// server " FOR UPDATE", so that another office's transaction on the same rows waits
    /// for this one and then reads what it wrote; nothing on a file, whose write
    /// transaction already holds the whole file.
    QString forUpdate() const;
    /// A query of the ids in one bound JSON array of numbers ("[3,5,8]"), for `id IN (…)`
    /// over thousands of ids in one statement.
    QString idsFromJson() const;
    /// A placeholder for a bound value of the SQL `type` (bigint, integer, date, text) where
    /// nothing else in the statement gives it a type, as in the rows of a VALUES list that an
    /// UPDATE joins: a server must be told (`CAST(? AS date)`); a file takes it as bound.
    QString placeholder(const QString &type) const;
    /// On a server whose connection was lost: connects again with the same address and
    /// password. A transaction that was open is gone (the server rolled it back).
    bool reconnect();
    /// True when the open file is only read (see OpenMode::ReadOnly): every write fails.
    bool isReadOnly() const { return m_readOnly; }
    /// The file's path, or the server's address as given to open().
    QString filePath() const { return m_path; }
    /// The file's path, or user@host:port/database for a server: what messages and the
    /// window's title name.
    QString displayName() const;
    QSqlDatabase connection() const;

    /// Writes a consistent copy of the open file to `target` while it stays in use (SQLite's
    /// VACUUM INTO, in one read transaction; a server's database is copied into a new file
    /// by DatabaseCopy): whole or not at all, an earlier file of that name is replaced only
    /// once the copy is complete. Restoring is opening the copy.
    Result<void> backUp(const QString &target) const;

    /// The copy saved beside the file before the last migration, or empty.
    QString migrationBackupPath() const { return m_backupPath; }

    /// A message for the user about a failed SQL statement: a busy or full disk says so in
    /// words; anything else names the file and SQLite's own text.
    Failure failure(const QSqlError &error) const;

    /// True while a Transaction is open on this database.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// What tells whether anything was written to the file: the commits of other
    /// connections (PRAGMA data_version) and this connection's own rows changed
    /// (sqlite3_total_changes64), for this opening of it. Two equal marks, the first taken
    /// outside any transaction: no row was written between them, and what was read after
    /// the first is still what is stored. (A mark taken inside a transaction may count rows
    /// that its rollback takes back; this connection's own changes to the schema are not
    /// counted, and danvan makes them only when it opens a file.) Nothing on a server, where
    /// there is no such mark, nor when the file cannot be read.
    struct ChangeMark
    {
        qint64 opening = 0; ///< which open() of this Database
        qint64 otherCommits = 0;
        qint64 ownChanges = 0;
        bool outsideTransaction = false; ///< taken with no transaction open
        /// The same writes seen, wherever each mark was taken.
        friend bool operator==(const ChangeMark &a, const ChangeMark &b)
        {
            return a.opening == b.opening && a.otherCommits == b.otherCommits
                && a.ownChanges == b.ownChanges;
        }
        friend bool operator!=(const ChangeMark &a, const ChangeMark &b) { return !(a == b); }
    };
    std::optional<ChangeMark> changeMark() const;
    /// The SQLite connection of an open file, for what Qt's driver does not do; null on a
    /// server or when nothing is open.
    sqlite3 *sqliteHandle() const;

    /// Sets SQLite up for the program, once, before its first connection: SQLite's counts of
    /// its own memory, which danvan never reads, are switched off (they take a lock at every
    /// allocation). Every opening of a file calls it; whatever else opens a connection first
    /// should too. Called after SQLite has started, it changes nothing.
    static void prepareLibrary();

private:
    friend class Transaction;

    struct FileInfo
    {
        int applicationId = 0;
        int version = 0;
        int objectCount = 0;
        QString damage; ///< what SQLite's quick_check found, empty when the file is sound
        /// For a danvan file of a version this program knows; quick_check runs only when
        /// the schema is clean.
        std::optional<SchemaCheck> schema;
    };
    /// Everything open() checks before it writes: the path, then what inspect() finds.
    /// Sets `readOnly` when the file is to be only read.
    Result<FileInfo> examine(const QString &path, OpenMode mode, bool *readOnly) const;
    Result<FileInfo> inspect(const QString &path, bool immutable) const;
    /// A read-only connection to `path`; immutable: without locks, -wal or -shm.
    static void setFileName(QSqlDatabase &db, const QString &path, bool immutable);
    Result<void> backUpBeforeMigration(const QString &path, int fromVersion);
    Result<void> configureConnection();
    Result<void> openServer(const QString &address, OpenMode mode);
    Failure serverFailure(const QSqlError &error) const;
    Result<void> migrate(int fromVersion);
    /// The schema of the open file held against what this program creates for `version`.
    Result<SchemaCheck> checkSchema(int version) const;
    Result<void> migrateSteps(int fromVersion, bool checkForeignKeys);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_transactionDepth = 0;
    qint64 m_opening = 0; ///< this open()'s number in the process, for ChangeMark
    bool m_readOnly = false;
    bool m_server = false;
};
