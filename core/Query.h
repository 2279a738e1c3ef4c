#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

class Database;

/// A prepared statement with bound values, reporting failures as user messages.
/// Prepare once, then bind and exec as often as needed.
class Query
{
public:
    Query(const Database &database, const QString &sql);

    /// Binds the values to the positional placeholders, in order. A QString binds as text
    /// even when null; only an untyped QVariant() binds as SQL NULL.
    Query &bind(std::initializer_list<QVariant> values);
    Query &bindAt(int position, const QVariant &value);

    Result<void> exec();
    /// Runs a statement expected to return one row and moves onto it; fails otherwise.
    Result<void> execSingle();

    bool next() { return m_query.next(); }
    /// After next() returned false: the error that cut the rows short, if any.
    Result<void> readError() const;
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QDate date(int column) const;
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

    /// A date as stored: ISO text, or NULL for an empty date.
    static QVariant dateValue(QDate date);
    /// A text that may be empty, stored as NULL when it is.
    static QVariant textOrNull(const QString &text);

private:
    const Database &m_database;
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_sql;
};
