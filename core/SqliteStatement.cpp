#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(const Database &database, const QString &sql)
    : m_database(database)
{
    const QVariant handle = database.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle) {
        m_error = SQLITE_MISUSE;
        return;
    }
    m_error = sqlite3_prepare16_v2(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                   &m_statement, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(std::initializer_list<QVariant> values)
{
    if (!m_statement)
        return *this;
    int position = 1;
    for (const QVariant &value : values) {
        int result = SQLITE_OK;
        switch (value.metaType().id()) {
        case QMetaType::UnknownType:
            result = sqlite3_bind_null(m_statement, position);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            result = sqlite3_bind_int64(m_statement, position, value.toLongLong());
            break;
        default: {
            // The database stores UTF-8: converting here is cheaper than SQLite's own
            // translation of UTF-16.
            const QByteArray text = value.toString().toUtf8();
            result = sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            break;
        }
        }
        if (result != SQLITE_OK && m_error == SQLITE_OK)
            m_error = result;
        ++position;
    }
    return *this;
}

Result<void> SqliteStatement::exec()
{
    if (!m_statement || m_error != SQLITE_OK) {
        const Failure failed = failure();
        if (m_statement)
            sqlite3_reset(m_statement);
        m_error = SQLITE_OK;
        return failed;
    }
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW) {
        m_error = result;
        const Failure failed = failure();
        m_error = SQLITE_OK;
        return failed;
    }
    return {};
}

bool SqliteStatement::next()
{
    if (!m_statement || m_error != SQLITE_OK)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = result;
    return false;
}

Result<void> SqliteStatement::finish()
{
    Result<void> result;
    if (!m_statement || m_error != SQLITE_OK)
        result = failure();
    if (m_statement)
        sqlite3_reset(m_statement);
    m_error = SQLITE_OK;
    return result;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QDate SqliteStatement::date(int column) const
{
    const auto *bytes = sqlite3_column_text(m_statement, column);
    if (!bytes || sqlite3_column_bytes(m_statement, column) != 10 || bytes[4] != '-'
        || bytes[7] != '-') {
        return {};
    }
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
    return QDate(parts[0], parts[1], parts[2]); // invalid for a day such as 2020-02-30
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

Failure SqliteStatement::failure() const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                                  : QStringLiteral("no SQLite connection");
    return m_database.failure(
        QSqlError(QString(), text, QSqlError::StatementError, QString::number(m_error)));
}
