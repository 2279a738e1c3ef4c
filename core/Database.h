#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

/// One danvan file: an SQLite database with the schema of this version.
///
/// Opening checks what the file is before writing anything: a file that is not SQLite, an
/// SQLite file of another program, a file from a newer danvan and a damaged file (SQLite's
/// quick_check) are refused untouched; a file from an older danvan is copied beside itself
/// and then migrated forward in one transaction. Every connection runs with foreign keys on,
/// WAL and a busy timeout.
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
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens `path`, creating or migrating it as needed. On failure nothing is open and the
    /// file is as it was. An existing file that cannot be written is opened read-only.
    Result<void> open(const QString &path, OpenMode mode = OpenMode::Existing);
    void close();

    bool isOpen() const;
    /// True when the open file is only read (see OpenMode::ReadOnly): every write fails.
    bool isReadOnly() const { return m_readOnly; }
    QString filePath() const { return m_path; }
    QSqlDatabase connection() const;

    /// Writes a consistent copy of the open file to `target` while it stays in use (SQLite's
    /// VACUUM INTO, in one read transaction): whole or not at all, an earlier file of that
    /// name is replaced only once the copy is complete. Restoring is opening the copy.
    Result<void> backUp(const QString &target) const;

    /// The copy saved beside the file before the last migration, or empty.
    QString migrationBackupPath() const { return m_backupPath; }

    /// A message for the user about a failed SQL statement: a busy or full disk says so in
    /// words; anything else names the file and SQLite's own text.
    Failure failure(const QSqlError &error) const;

    /// True while a Transaction is open on this database.
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class Transaction;

    struct FileInfo
    {
        int applicationId = 0;
        int version = 0;
        int objectCount = 0;
        QString damage; ///< what SQLite's quick_check found, empty when the file is sound
    };
    Result<FileInfo> inspect(const QString &path, bool immutable) const;
    /// A read-only connection to `path`; immutable: without locks, -wal or -shm.
    static void setFileName(QSqlDatabase &db, const QString &path, bool immutable);
    Result<void> backUpBeforeMigration(const QString &path, int fromVersion);
    Result<void> configureConnection();
    Result<void> migrate(int fromVersion);
    Result<void> migrateSteps(int fromVersion, bool checkForeignKeys);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
};
