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
