#include "Database.h"

#include "DatabaseCopy.h"
#include "OutputTarget.h"
#include "Query.h"
#include "Schema.h"
#include "ServerAddress.h"
#include "SystemErrors.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <filesystem>
#include <system_error>

#include <sqlite3.h>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes that deserve their own words.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

QtMessageHandler previousMessageHandler = nullptr;

// After a statement fails, PostgreSQL refuses everything until the transaction is rolled
// back, including the driver's own DEALLOCATE of the statements still open: Qt prints a
// warning for each, although the rollback that follows frees them. The failure itself is
// reported in words; the echo is dropped.
void dropDriverEcho(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith("Unable to free statement"_L1))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Flushes a file, or a folder's entries, to the disk.
bool syncToDisk(const QString &path)
{
#if defined(Q_OS_UNIX)
    const int handle = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (handle < 0)
        return false;
    const bool synced = ::fsync(handle) == 0;
    ::close(handle);
    return synced;
#else
    Q_UNUSED(path) // no port to another system yet; it would flush with that system's call
    return true;
#endif
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return u"danvan-%1"_s.arg(++counter);
}

} // namespace

Database::Database()
    : m_connectionName(newConnectionName())
{
}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<Database::ChangeMark> Database::changeMark() const
{
    sqlite3 *const handle = sqliteHandle();
    if (!handle)
        return std::nullopt;
    Query version(*this, u"PRAGMA data_version"_s);
    if (!version.exec() || !version.next())
        return std::nullopt;
    return ChangeMark{m_opening, version.integer(0), qint64(sqlite3_total_changes64(handle)),
                      sqlite3_get_autocommit(handle) != 0};
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_server)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_transactionDepth = 0;
    m_readOnly = false;
    m_server = false;
}

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        || location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

QString Database::serverDisplayName(const QString &address)
{
    const QUrl url(address);
    QString name = url.host();
    if (url.port() > 0)
        name += u':' + QString::number(url.port());
    if (!url.userName().isEmpty())
        name.prepend(url.userName() + u'@');
    return name + url.path();
}

QString Database::refusalToChange(qint64 campaignId, qint64 unitId) const
{
    if (!m_server)
        return {};
    // The server's own rules (ServerSchema): the unit's subtree, or the campaign it owns.
    Query query(*this,
                u"SELECT mine.name, g.read_only, u.name, p.name, "
                "u.id IN (SELECT danvan_writable_units()) "
                "OR ? IN (SELECT danvan_writable_campaigns()) "
                "FROM danvan_my_grant() g JOIN units mine ON mine.id = g.unit_id "
                "JOIN units u ON u.id = COALESCE(?, (SELECT c.root_unit_id FROM campaigns c "
                "WHERE c.id = ?)) LEFT JOIN units p ON p.id = u.parent_id"_s);
    query.bind({campaignId, unitId > 0 ? QVariant(unitId) : QVariant(QMetaType::fromType<qint64>()),
                campaignId});
    if (!query.execSingle())
        return {};
    const QString mine = query.text(0);
    if (query.value(1).toBool())
        return tr("%1 may only read this database; nothing can be changed.").arg(mine);
    if (query.value(4).toBool())
        return {};
    if (query.isNull(3))
        return tr("%1 may not change %2.").arg(mine, query.text(2));
    return tr("%1 may not change %2 of %3.").arg(mine, query.text(2), query.text(3));
}

Result<void> Database::mayChange(qint64 campaignId, qint64 unitId) const
{
    if (const QString refused = refusalToChange(campaignId, unitId); !refused.isEmpty())
        return Failure{refused};
    return {};
}

QString Database::forUpdate() const
{
    return m_server ? u" FOR UPDATE"_s : QString();
}

QString Database::newId(const QString &table) const
{
    return m_server ? u"nextval(pg_get_serial_sequence('%1', 'id'))"_s.arg(table) : u"NULL"_s;
}

QString Database::idsFromJson() const
{
    return m_server ? u"SELECT value::bigint FROM json_array_elements_text(CAST(? AS json))"_s
                    : u"SELECT value FROM json_each(?)"_s;
}

QString Database::placeholder(const QString &type) const
{
    return m_server ? u"CAST(? AS %1)"_s.arg(type) : u"?"_s;
}

bool Database::reconnect()
{
    if (!m_server || !QSqlDatabase::contains(m_connectionName))
        return false;
    QSqlDatabase db = connection();
    db.close();
    m_transactionDepth = 0;
    return db.open();
}

QString Database::displayName() const
{
    return m_server ? serverDisplayName(m_path) : QDir::toNativeSeparators(m_path);
}

Failure Database::failure(const QSqlError &error) const
{
    const QString file = displayName();
    // The schema's guards: one code in force once on any day (version 4), and a closed
    // campaign's records (version 3).
    if (error.databaseText().contains("danvan: code in force twice"_L1)) {
        return {tr("Two units with the same code would be in force on the same day. Nothing "
                   "was changed; end the older unit before the newer one begins.")};
    }
    if (error.databaseText().contains("danvan: closed campaign"_L1)) {
        return {tr("The campaign is closed: its records can be read, printed and exported, but "
                   "not changed. Nothing was changed; reopen the campaign to change it.")};
    }
    if (m_server)
        return serverFailure(error);
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return {tr("The file “%1” is busy: another danvan window or command is writing to it. "
                   "Nothing was changed; try again in a moment.")
                    .arg(file)};
    case SqliteFull:
        return {tr("The disk that holds “%1” is full. Nothing was changed; free some space "
                   "and try again.")
                    .arg(file)};
    case SqliteReadOnly:
        return {tr("“%1” can only be read, so the change was not saved. Check the file's "
                   "permissions or save a copy elsewhere.")
                    .arg(file)};
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return {tr("“%1” is damaged. Open a backup copy instead.").arg(file)};
    case SqliteIoError:
        // SQLite says no more than "disk I/O error"; most often the disk is full.
        return {tr("“%1” could not be written to its disk: the disk is full or failing. "
                   "Nothing was changed; free some space and try again.")
                    .arg(file)};
    default:
        return {tr("danvan could not work with “%1”: %2").arg(file, error.text())};
    }
}

void Database::setFileName(QSqlDatabase &db, const QString &path, bool immutable)
{
    if (!immutable) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        return;
    }
    // immutable: SQLite neither locks the file nor creates -wal or -shm files beside it.
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + u"?mode=ro&immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
}

void Database::prepareLibrary()
{
    // sqlite3_config() is refused (SQLITE_MISUSE) once SQLite has started, and may not run
    // beside another thread's use of it: the first caller does it, any other waits.
    static const bool prepared = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(prepared);
}

Result<Database::FileInfo> Database::inspect(const QString &path, bool immutable) const
{
    const QString file = QDir::toNativeSeparators(path);
    const QString name = m_connectionName + u"-inspect"_s;
    Result<FileInfo> result = FileInfo{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        setFileName(db, path, immutable);
        if (!db.open()) {
            result = Failure{tr("danvan cannot open “%1”: %2").arg(file, db.lastError().text())};
        } else {
            QSqlQuery query(db);
            FileInfo info;
            const auto readInt = [&query](const QString &sql, int *value) {
                if (!query.exec(sql) || !query.next())
                    return false;
                *value = query.value(0).toInt();
                return true;
            };
            bool read = query.exec(u"PRAGMA trusted_schema = OFF"_s)
                && readInt(u"PRAGMA application_id"_s, &info.applicationId)
                && readInt(u"PRAGMA user_version"_s, &info.version)
                && readInt(u"SELECT count(*) FROM sqlite_master"_s, &info.objectCount);
            const bool ours = read && info.applicationId == ApplicationId;
            // The schema first: quick_check evaluates the tables' CHECK constraints, which
            // must be ours before anything of the file runs.
            Result<SchemaCheck> schema = SchemaCheck();
            if (ours && info.version >= 0 && info.version <= SchemaVersion) {
                schema = SchemaCheck::ofConnection(db, info.version);
                if (schema)
                    info.schema = *schema;
            }
            // Only a file that says it is ours is worth checking page by page. quick_check
            // costs ~1 ms on the example and ~15 ms on a national register (11,563 units);
            // integrity_check, which also matches every index with its table, ~55 ms.
            if (ours && schema && (!info.schema || info.schema->isClean())) {
                read = query.exec(u"PRAGMA quick_check(1)"_s) && query.next();
                if (read && query.value(0).toString() != "ok"_L1)
                    info.damage = query.value(0).toString();
            }
            if (!schema) {
                result = Failure{tr("danvan cannot read “%1”: %2").arg(file, schema.error())};
            } else if (read) {
                result = info;
            } else if (primaryCode(query.lastError()) == SqliteNotADatabase) {
                result = Failure{tr("“%1” is not a danvan database: it is not an SQLite file at "
                                    "all, or its beginning is damaged. Open the right file, or a "
                                    "backup copy of it.")
                                     .arg(file)};
            } else if (primaryCode(query.lastError()) == SqliteCorrupt) {
                result =
                    Failure{tr("“%1” is damaged and cannot be read. Open a backup copy instead.")
                                .arg(file)};
            } else if (primaryCode(query.lastError()) == SqliteReadOnly
                       || primaryCode(query.lastError()) == SqliteCantOpen) {
                result = Failure{tr("danvan cannot read “%1”: SQLite needs to write beside it "
                                    "and is not allowed to. Copy the file to a folder of yours "
                                    "and open the copy.")
                                     .arg(file)};
            } else {
                result =
                    Failure{tr("danvan cannot read “%1”: %2").arg(file, query.lastError().text())};
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<void> Database::backUp(const QString &target) const
{
    const QString file = QDir::toNativeSeparators(target);
    if (!isOpen())
        return Failure{tr("No database is open to back up.")};
    const QFileInfo info(target);
    if (auto allowed = OutputTarget::check(target, m_path, OutputTarget::Use::Backup); !allowed)
        return allowed;
    if (info.exists() && !info.isFile())
        return Failure{tr("“%1” is not a file; choose a file name for the copy.").arg(file)};
    if (!info.absoluteDir().exists())
        return Failure{
            tr("The folder of “%1” does not exist; choose another place for the copy.").arg(file)};
    // VACUUM INTO refuses an existing file: write beside it, then put the copy in its place.
    QString part = target + u".part"_s;
    QFile::remove(part);
    if (m_server) {
        // A server's database goes into a new file row for row, as “danvan-cli copy” does.
        Result<void> copied;
        {
            Database copy;
            copied = copy.open(part, OpenMode::CreateIfMissing);
            if (copied) {
                if (auto rows = DatabaseCopy::copy(*this, copy); !rows)
                    copied = Failure{rows.error()};
            }
        }
        if (!copied) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(part + suffix);
            return Failure{tr("The copy “%1” was not made: %2").arg(file, copied.error())};
        }
    } else {
        QSqlQuery query(connection());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(part);
        if (!query.exec()) {
            // The copy's disk, not the database's: the copy is what is being written.
            const QString error = primaryCode(query.lastError()) == SqliteFull
                ? tr("The disk that holds “%1” is full. Nothing was written; free some space or "
                     "choose another disk.")
                      .arg(file)
                : failure(query.lastError()).message;
            QFile::remove(part);
            return Failure{tr("The copy “%1” was not made: %2").arg(file, error)};
        }
        query.finish();
    }
    // SQLite writes the copy without syncing it: put it on the disk before it takes the
    // name, so that a power cut cannot leave a named copy that is only half there.
    if (!syncToDisk(part)) {
        QFile::remove(part);
        return Failure{
            tr("The copy “%1” was not made: it could not be written to the disk.").arg(file)};
    }
    // rename() puts the copy in place of an earlier one in a single step.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(part).toStdString(),
                            QFile::encodeName(target).toStdString(), error);
    if (error) {
        QFile::remove(part);
        return Failure{
            tr("The copy “%1” was not made: %2").arg(file, SystemErrors::text(error.value()))};
    }
    // And the new name itself.
    syncToDisk(info.absolutePath());
    return {};
}

Result<void> Database::backUpBeforeMigration(const QString &path, int fromVersion)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString backup = u"%1.v%2-%3.bak"_s.arg(path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = u"%1.v%2-%3-%4.bak"_s.arg(path).arg(fromVersion).arg(stamp).arg(n);

    const QString name = m_connectionName + u"-backup"_s;
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QString error;
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.exec(u"PRAGMA trusted_schema = OFF"_s);
            query.prepare(u"VACUUM INTO ?"_s);
            query.addBindValue(backup);
            if (!query.exec())
                error = query.lastError().text();
        }
        if (!error.isEmpty()) {
            result = Failure{
                tr("Before updating “%1” to this version of danvan, a copy must be "
                   "saved as “%2”, and that failed: %3. The file was not changed.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup), error)};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result)
        m_backupPath = backup;
    return result;
}

Result<Database::FileInfo> Database::examine(const QString &path, OpenMode mode,
                                             bool *readOnlyFile) const
{
    prepareLibrary(); // before any connection to the file, new or not
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo fileInfo(path);
    const bool create = mode == OpenMode::CreateIfMissing;

    if (!fileInfo.exists() && !create) {
        return Failure{tr("The file “%1” does not exist. Check its name and folder; it may have "
                          "been moved or renamed.")
                           .arg(file)};
    }
    if (fileInfo.isDir()) {
        return Failure{
            tr("“%1” is a folder, not a danvan database. Choose the danvan file inside it.")
                .arg(file)};
    }
    if (fileInfo.exists() && !fileInfo.isReadable())
        return Failure{
            tr("danvan is not allowed to read “%1”. Check the file's permissions.").arg(file)};
    const QFileInfo folder(fileInfo.absolutePath());
    // WAL writes beside the file: a file in a folder that cannot be written is only read.
    const bool readOnly = fileInfo.exists()
        && (mode == OpenMode::ReadOnly || mode == OpenMode::Rescue || !fileInfo.isWritable()
            || !folder.isWritable());
    *readOnlyFile = readOnly;
    if (fileInfo.exists() && fileInfo.size() == 0 && (!create || readOnly)) {
        return Failure{tr("“%1” is an empty file, not a danvan database. Choose the danvan file "
                          "you meant, or create a new one.")
                           .arg(file)};
    }
    if (!fileInfo.exists()) {
        if (!folder.isDir() && !QDir().mkpath(fileInfo.absolutePath()))
            return Failure{tr("The folder “%1” cannot be created.")
                               .arg(QDir::toNativeSeparators(fileInfo.absolutePath()))};
        if (!QFileInfo(fileInfo.absolutePath()).isWritable()) {
            return Failure{tr("“%1” cannot be created: its folder can only be read. Choose "
                              "another folder.")
                               .arg(file)};
        }
    }
    if (readOnly) {
        // Changes not yet copied into the file, which only a writer can bring in.
        for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
            if (QFileInfo::exists(path + suffix)) {
                return Failure{tr("“%1” can only be read, and “%2” beside it may hold its latest "
                                  "changes: another program has it open, or it was not closed "
                                  "properly. Close the other program, or copy both files to a "
                                  "folder of yours and open the copy.")
                                   .arg(file, QDir::toNativeSeparators(path + suffix))};
            }
        }
    }
    if (!fileInfo.exists() || fileInfo.size() == 0)
        return FileInfo{};

    // Without a -wal or -journal beside it, no program has the file open for writing
    // now: an immutable read creates no -wal and -shm that a refused file would keep.
    const bool quiet =
        !QFileInfo::exists(path + u"-wal"_s) && !QFileInfo::exists(path + u"-journal"_s);
    Result<FileInfo> info = inspect(path, readOnly || quiet);
    if (!info)
        return info;
    if (info->applicationId != ApplicationId
        && !(info->applicationId == 0 && info->objectCount == 0)) {
        return Failure{tr("“%1” is an SQLite database of another program, not a danvan "
                          "file. It was not changed.")
                           .arg(file)};
    }
    if (info->applicationId == 0 && (!create || readOnly))
        return Failure{tr("“%1” is an empty database, not a danvan file.").arg(file)};
    // danvan writes its data version with its tables, in one transaction: tables without
    // a version were not made by danvan, or the file's header was damaged.
    if (info->version == 0 && info->objectCount > 0) {
        return Failure{tr("“%1” is not a danvan file: it has tables but no danvan data "
                          "version, so it was made by another program or its beginning is "
                          "damaged. It was not changed; open the right file, or a backup "
                          "copy.")
                           .arg(file)};
    }
    if (info->version > SchemaVersion) {
        return Failure{tr("“%1” was saved by a newer version of danvan (data version %2; "
                          "this one knows up to %3). Open it with the newer danvan; the "
                          "file was not changed.")
                           .arg(file)
                           .arg(info->version)
                           .arg(SchemaVersion)};
    }
    if (!info->damage.isEmpty()) {
        return Failure{tr("“%1” is damaged (SQLite's check found: %2). Open a backup "
                          "copy instead.")
                           .arg(file, info->damage)};
    }
    return info;
}

Result<SchemaCheck> Database::check(const QString &path)
{
    const Database database;
    bool readOnly = false;
    const Result<FileInfo> info = database.examine(path, OpenMode::Existing, &readOnly);
    if (!info)
        return Failure{info.error()};
    return info->schema ? *info->schema : SchemaCheck();
}

Result<void> Database::open(const QString &path, OpenMode mode)
{
    close();
    // Each connection's marks are its own: data_version and the changes count start again.
    static std::atomic<qint64> openings{0};
    m_opening = ++openings;
    m_backupPath.clear();
    if (isServerAddress(path))
        return openServer(path, mode);
    const QString file = QDir::toNativeSeparators(path);

    bool readOnly = false;
    const Result<FileInfo> info = examine(path, mode, &readOnly);
    if (!info)
        return Failure{info.error()};

    // A file this call creates is taken away again if it cannot be made a danvan file: a
    // failure changes nothing, and leaves nothing behind.
    const QFileInfo fileInfo(path);
    const bool existed = fileInfo.exists();
    const bool creating = !existed || fileInfo.size() == 0;
    const auto discardCreated = [this, creating, existed, &path] {
        close();
        if (!creating)
            return;
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(path + suffix);
        // An empty file given to be made a database is left empty, as it was.
        if (existed)
            QFile::resize(path, 0);
        else
            QFile::remove(path);
    };

    // What danvan did not create must not run, nor be read in place of what it did.
    if (info->schema && !info->schema->isClean()
        && !(mode == OpenMode::Rescue && info->schema->onlyAdditions()))
        return Failure{info->schema->message(path)};
    const int version = info->version;
    if (version > 0 && version < SchemaVersion) {
        if (readOnly) {
            return Failure{tr("“%1” was made by an older danvan and must be updated before "
                              "it can be opened, but it can only be read. Copy it to a "
                              "folder of yours and open the copy.")
                               .arg(file)};
        }
        if (auto backedUp = backUpBeforeMigration(path, version); !backedUp)
            return backedUp;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        if (readOnly) {
            setFileName(db, path, true);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        m_path = path;
        m_readOnly = readOnly;
        if (!db.open()) {
            const Failure failed{
                tr("danvan cannot open “%1”: %2").arg(file, db.lastError().text())};
            discardCreated();
            return failed;
        }
    }
    if (auto configured = configureConnection(); !configured) {
        discardCreated();
        return configured;
    }
    if (version < SchemaVersion) {
        if (auto migrated = migrate(version); !migrated) {
            discardCreated();
            return migrated;
        }
    }
    return {};
}

Result<void> Database::openServer(const QString &address, OpenMode mode)
{
    const auto parsed = ServerAddress::parse(address);
    if (!parsed)
        return Failure{parsed.error()};
    const QUrl url(address);
    const QString name = serverDisplayName(address);
    static const bool echoDropped = [] {
        previousMessageHandler = qInstallMessageHandler(dropDriverEcho);
        return true;
    }();
    Q_UNUSED(echoDropped);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return Failure{tr("danvan cannot connect to the server “%1”: Qt's PostgreSQL driver is "
                          "not installed. Install the package libqt6sql6-psql and try again.")
                           .arg(name)};
    }
    bool connected = false;
    QString refused;
    {
        // A server out of reach (a cable pulled) is noticed within seconds rather than the
        // system's TCP timeout of minutes: a statement then fails instead of waiting.
        QSqlDatabase db = parsed->addConnection(
            m_connectionName,
            {u"connect_timeout=10"_s, u"application_name=danvan"_s, u"keepalives_idle=30"_s,
             u"keepalives_interval=5"_s, u"keepalives_count=3"_s, u"tcp_user_timeout=15000"_s});
        connected = db.open();
        if (!connected)
            refused = db.lastError().databaseText().trimmed();
    }
    // Closed once no handle of the connection is left: removing it while one is in use makes
    // Qt print a warning on stderr, beside the command's one line.
    if (!connected) {
        close();
        return Failure{tr("danvan cannot connect to the server “%1”: %2. Check the address, "
                          "the user name and the password, and that the server is running "
                          "and lets this computer in.")
                           .arg(name, refused)};
    }
    // The password stays with the connection only: the address kept, shown and remembered
    // has none.
    m_path = url.adjusted(QUrl::RemovePassword).toString();
    m_server = true;
    Result<void> read;
    int found = 0;
    {
        Query version(*this, u"SELECT version FROM danvan_schema"_s);
        read = version.execSingle();
        if (read)
            found = int(version.integer(0));
    }
    Result<void> result;
    if (!read) {
        result = Failure{tr("The database “%1” holds no danvan data, or this user may not read "
                            "it. An administrator prepares it with “danvan-cli server init” and "
                            "gives this user a unit with “danvan-cli server grant”.")
                             .arg(name)};
    } else if (found > SchemaVersion) {
        result = Failure{tr("The database “%1” was made by a newer danvan (data version %2). "
                            "Install the newer danvan to work with it.")
                             .arg(name)
                             .arg(found)};
    } else if (found < SchemaVersion) {
        result = Failure{tr("The database “%1” is of an older danvan (data version %2). An "
                            "administrator updates it with “danvan-cli server init”.")
                             .arg(name)
                             .arg(found)};
    }
    if (!result) {
        close();
        return result;
    }
    m_readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::Rescue;
    return {};
}

Failure Database::serverFailure(const QSqlError &error) const
{
    const QString name = displayName();
    const QString state = error.nativeErrorCode();
    if (state == "42501"_L1) {
        return {tr("The server “%1” refused the change: this user may not change these "
                   "records. Nothing was changed.")
                    .arg(name)};
    }
    if (state == "25006"_L1) {
        return {tr("The server “%1” can only be read by this user, so the change was not "
                   "saved.")
                    .arg(name)};
    }
    if (state == "40001"_L1 || state == "40P01"_L1 || state == "55P03"_L1) {
        return {tr("Another office was changing the same records on “%1” at the same moment. "
                   "Nothing was changed; try again.")
                    .arg(name)};
    }
    if (state == "53100"_L1) {
        return {tr("The server “%1” has no room left on its disk. Nothing was changed; tell the "
                   "server's administrator.")
                    .arg(name)};
    }
    if (state.startsWith("08"_L1) || state.startsWith("57P"_L1)
        || error.type() == QSqlError::ConnectionError || !connection().isOpen()) {
        return {tr("The connection to the server “%1” was lost. Nothing was changed; check the "
                   "network and try again.")
                    .arg(name)};
    }
    return {tr("danvan could not work with the server “%1”: %2")
                .arg(name, error.databaseText().trimmed())};
}

Result<void> Database::configureConnection()
{
    // foreign_keys is off by default on every new SQLite connection.
    // trusted_schema off: the file's own schema may call harmless functions only.
    static const QList<QString> pragmas{
        u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 5000"_s,  u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = FULL"_s,
    };
    for (const QString &pragma : pragmas) {
        // Setting the journal mode writes to the file.
        if (m_readOnly && pragma.contains(u"journal_mode"_s))
            continue;
        Query query(*this, pragma);
        if (auto done = query.exec(); !done)
            return done;
    }
    return {};
}

Result<void> Database::migrate(int fromVersion)
{
    // A step that rebuilds a table runs with foreign keys off (SQLite's documented procedure
    // for changing a table's constraints): the switch has no effect inside a transaction, so
    // it is thrown before the transaction begins and back after it ends, whatever happened.
    // PRAGMA foreign_key_check stands in for the checks before the commit.
    bool rebuilds = false;
    for (const Schema::Step &step : Schema::steps())
        rebuilds = rebuilds || (step.version > fromVersion && step.rebuildsTables);
    const auto setForeignKeys = [this](bool on) {
        Query query(*this, on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s);
        return query.exec();
    };
    if (rebuilds) {
        if (auto off = setForeignKeys(false); !off)
            return off;
    }
    Result<void> migrated = migrateSteps(fromVersion, rebuilds);
    if (rebuilds) {
        if (auto on = setForeignKeys(true); !on && migrated)
            migrated = on;
    }
    return migrated;
}

Result<void> Database::migrateSteps(int fromVersion, bool checkForeignKeys)
{
    Transaction transaction(*this);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    // Checked again now that no other program can write (open() checked it before the file
    // was locked), and once more after the steps: the file is kept at the new version only
    // when it holds exactly what this program creates for it.
    const Result<SchemaCheck> before = checkSchema(fromVersion);
    if (!before)
        return Failure{before.error()};
    if (!before->isClean())
        return Failure{before->message(m_path)};
    for (const Schema::Step &step : Schema::steps()) {
        if (step.version <= fromVersion)
            continue;
        for (const QString &statement : step.statements) {
            Query query(*this, statement);
            if (auto done = query.exec(); !done) {
                return Failure{tr("“%1” could not be brought up to data version %2: %3. The "
                                  "file was not changed.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(step.version)
                                   .arg(done.error())};
            }
        }
    }
    const Result<SchemaCheck> after = checkSchema(SchemaVersion);
    if (!after || !after->isClean()) {
        return Failure{
            tr("“%1” could not be brought up to data version %2: %3. The file was "
               "not changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(SchemaVersion)
                .arg(after ? SchemaCheck::describe(after->differences().first()) : after.error())};
    }
    if (checkForeignKeys) {
        Query check(*this, u"PRAGMA foreign_key_check"_s);
        if (auto done = check.exec(); !done)
            return done;
        if (check.next()) {
            return Failure{tr("“%1” could not be brought up to data version %2: the row %3 of "
                              "the table %4 refers to a row of %5 that does not exist. The "
                              "file was not changed.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(SchemaVersion)
                               .arg(check.text(1), check.text(0), check.text(2))};
        }
    }
    for (const QString &pragma : {u"PRAGMA application_id = %1"_s.arg(ApplicationId),
                                  u"PRAGMA user_version = %1"_s.arg(SchemaVersion)}) {
        Query query(*this, pragma);
        if (auto done = query.exec(); !done)
            return done;
    }
    // The steps' pages are written to the file here: a full disk shows now.
    if (auto committed = transaction.commit(); !committed) {
        return Failure{tr("“%1” could not be brought up to data version %2: %3. The file was "
                          "not changed.")
                           .arg(QDir::toNativeSeparators(m_path))
                           .arg(SchemaVersion)
                           .arg(committed.error())};
    }
    return {};
}

Result<SchemaCheck> Database::checkSchema(int version) const
{
    const Result<SchemaCheck> check = SchemaCheck::ofConnection(connection(), version);
    if (!check) {
        return Failure{
            tr("danvan cannot read “%1”: %2").arg(QDir::toNativeSeparators(m_path), check.error())};
    }
    return check;
}
