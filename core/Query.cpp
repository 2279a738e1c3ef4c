#include "Query.h"

#include "Database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

Query::Query(const Database &database, const QString &sql)
    : m_database(database)
    , m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
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
    // A null QString is an empty text here; SQL NULL is only an untyped QVariant().
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(position, QString(u""_s));
    else
        m_query.bindValue(position, value);
    return *this;
}

Result<void> Query::exec()
{
    if (!m_prepared || !m_query.exec())
        return m_database.failure(m_query.lastError());
    return {};
}

Result<void> Query::execSingle()
{
    if (auto done = exec(); !done)
        return done;
    if (!m_query.next())
        return Failure{QStringLiteral("internal error: no row from %1").arg(m_sql)};
    return {};
}

Result<void> Query::readError() const
{
    if (m_query.lastError().isValid())
        return m_database.failure(m_query.lastError());
    return {};
}

QDate Query::date(int column) const
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant Query::dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant Query::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
