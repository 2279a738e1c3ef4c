#include "Query.h"

#include "Database.h"
#include "Dates.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Reads yyyy-MM-dd; an invalid QDate for anything else (or a day such as 2020-02-30).
QDate parseDay(const unsigned char *bytes, int size)
{
    if (!bytes || size != 10 || bytes[4] != '-' || bytes[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            if (bytes[i] < '0' || bytes[i] > '9')
                return {};
            parts[part] = parts[part] * 10 + (bytes[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

bool isInteger(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

Query::Query(const Database &database, const QString &sql)
    : m_database(database)
    , m_sql(sql)
{
    if (database.isServer()) {
        m_query = std::make_unique<QSqlQuery>(database.connection());
        // The driver prepares a statement on the server (PREPARE), which only takes
        // statements with values: BEGIN, SAVEPOINT and the like run as they are.
        m_withValues = sql.contains(u'?');
        m_prepared = !m_withValues || m_query->prepare(sql);
        return;
    }
    m_handle = database.sqliteHandle();
    if (!m_handle) {
        m_error = SQLITE_MISUSE;
        return;
    }
    m_error = sqlite3_prepare16_v2(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                   &m_statement, nullptr);
}

Query::~Query()
{
    sqlite3_finalize(m_statement);
}

void Query::reset()
{
    if (m_statement && m_state != State::Ready)
        sqlite3_reset(m_statement);
    m_state = State::Ready;
}

Query &Query::bind(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        bindAt(position++, value);
    return *this;
}

Query &Query::bindAt(int position, const QVariant &value)
{
    const bool isText = value.metaType().id() == QMetaType::QString;
    const QString *text = isText ? static_cast<const QString *>(value.constData()) : nullptr;
    if (m_query) {
        // A null QString is an empty text here; SQL NULL is only an untyped QVariant().
        m_query->bindValue(position, text && text->isNull() ? QVariant(u""_s) : value);
        m_executed = false;
        return *this;
    }
    if (!m_statement)
        return *this;
    reset();
    int result = SQLITE_OK;
    // A typed null (a NULL read from the other engine) is NULL too; only a QString is text.
    if (text) {
        result = bindText(position, *text);
    } else if (!value.isValid() || value.isNull()) {
        result = sqlite3_bind_null(m_statement, position + 1);
    } else if (isInteger(value)) {
        result = sqlite3_bind_int64(m_statement, position + 1, value.toLongLong());
    } else if (value.metaType().id() == QMetaType::Double) {
        result = sqlite3_bind_double(m_statement, position + 1, value.toDouble());
    } else {
        result = bindText(position, value.toString());
    }
    setBindError(result);
    return *this;
}

Query &Query::bindString(int position, const QString &text)
{
    if (m_query || !m_statement)
        return bindAt(position, text);
    reset();
    setBindError(bindText(position, text));
    return *this;
}

Query &Query::bindInteger(int position, qint64 value)
{
    if (m_query || !m_statement)
        return bindAt(position, value);
    reset();
    setBindError(sqlite3_bind_int64(m_statement, position + 1, value));
    return *this;
}

Query &Query::bindDay(int position, QDate day)
{
    if (m_query || !m_statement || !day.isValid())
        return bindAt(position, dateValue(day));
    reset();
    // bindText() writes the ASCII day into the position's bytes.
    setBindError(bindText(position, Dates::isoText(day)));
    return *this;
}

Query &Query::bindNull(int position)
{
    if (m_query || !m_statement)
        return bindAt(position, QVariant());
    reset();
    setBindError(sqlite3_bind_null(m_statement, position + 1));
    return *this;
}

void Query::setBindError(int result)
{
    if (result != SQLITE_OK && m_error == SQLITE_OK)
        m_error = result;
}

int Query::bindText(int position, const QString &text)
{
    if (position < 0)
        return SQLITE_RANGE;
    // The file stores UTF-8: converting here is cheaper than SQLite's own translation of
    // UTF-16. The bytes are kept here until the value is bound again or the statement is
    // finalized, so SQLite uses them in place (SQLITE_STATIC): SQLITE_TRANSIENT copied every
    // value once more, a twentieth of a national register's import. The statement is reset
    // and nothing reads the position's old bytes before they are bound anew, so they are
    // written over: codes, days and keys, most of what is bound, are ASCII and are copied a
    // character to a byte into the room the last value left. An empty QByteArray's data is "",
    // never null, so a null or empty QString binds as ''.
    if (size_t(position) >= m_boundTexts.size())
        m_boundTexts.resize(size_t(position) + 1);
    QByteArray &bytes = m_boundTexts[size_t(position)];
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    qsizetype ascii = 0;
    while (ascii < size && chars[ascii].unicode() < 0x80)
        ++ascii;
    if (ascii == size) {
        bytes.resize(size);
        char *out = bytes.data();
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char(chars[i].unicode());
    } else {
        bytes = text.toUtf8();
    }
    return sqlite3_bind_text(m_statement, position + 1, bytes.constData(), int(bytes.size()),
                             SQLITE_STATIC);
}

Result<void> Query::exec()
{
    if (m_query) {
        m_executed = true;
        const bool run = m_prepared && (m_withValues ? m_query->exec() : m_query->exec(m_sql));
        if (!run)
            return m_database.failure(m_query->lastError());
        return {};
    }
    reset();
    if (!m_statement || m_error != SQLITE_OK) {
        const Failure failed = sqliteFailure();
        m_error = SQLITE_OK;
        return failed;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        m_state = State::RowWaiting;
        return {};
    }
    // Done (or failed): reset at once, so that the statement holds no lock.
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE) {
        m_error = result;
        const Failure failed = sqliteFailure();
        m_error = SQLITE_OK;
        return failed;
    }
    return {};
}

Result<void> Query::execSingle()
{
    if (auto done = exec(); !done)
        return done;
    if (!next()) {
        if (auto failed = finish(); !failed)
            return failed;
        return Failure{QStringLiteral("internal error: no row from %1").arg(m_sql)};
    }
    return {};
}

bool Query::next()
{
    if (m_query) {
        // Rows read straight after binding, as on a file: the query runs first.
        if (!m_executed && !exec())
            return false;
        return m_query->next();
    }
    if (m_state == State::RowWaiting) {
        m_state = State::Rows;
        return true;
    }
    if (!m_statement || m_error != SQLITE_OK)
        return false;
    m_state = State::Rows;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = result;
    return false;
}

Result<void> Query::readError() const
{
    if (m_query) {
        if (m_query->lastError().isValid())
            return m_database.failure(m_query->lastError());
        return {};
    }
    if (m_error != SQLITE_OK)
        return sqliteFailure();
    return {};
}

Result<void> Query::finish()
{
    Result<void> result = readError();
    if (m_query) {
        m_query->finish();
        m_executed = false;
        return result;
    }
    if (!m_statement)
        result = sqliteFailure();
    reset();
    m_error = SQLITE_OK;
    return result;
}

QVariant Query::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return text(column);
    }
}

bool Query::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Query::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString Query::text(int column) const
{
    if (m_query) {
        const QVariant value = m_query->value(column);
        // A server's day comes back as a QDate: the same text as the file's.
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return value.toString();
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QDate Query::date(int column) const
{
    if (m_query) {
        const QVariant value = m_query->value(column);
        if (value.isNull())
            return {};
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate();
        return QDate::fromString(value.toString(), Qt::ISODate);
    }
    return parseDay(sqlite3_column_text(m_statement, column),
                    sqlite3_column_bytes(m_statement, column));
}

QStringList Query::columnNames() const
{
    QStringList names;
    if (m_query) {
        const QSqlRecord record = m_query->record();
        for (int i = 0; i < record.count(); ++i)
            names.append(record.fieldName(i));
        return names;
    }
    const int count = m_statement ? sqlite3_column_count(m_statement) : 0;
    for (int i = 0; i < count; ++i)
        names.append(QString::fromUtf8(sqlite3_column_name(m_statement, i)));
    return names;
}

qint64 Query::lastInsertId() const
{
    if (m_query)
        return m_query->lastInsertId().toLongLong();
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

int Query::rowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_handle ? sqlite3_changes(m_handle) : 0;
}

Failure Query::sqliteFailure() const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                  : QStringLiteral("no SQLite connection");
    return m_database.failure(
        QSqlError(QString(), text, QSqlError::StatementError, QString::number(m_error)));
}

QVariant Query::dateValue(QDate date)
{
    return date.isValid() ? QVariant(Dates::isoText(date)) : QVariant();
}

QVariant Query::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
