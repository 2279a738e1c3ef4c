#include "OfficeSettings.h"

#include "Database.h"
#include "Query.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

OfficeSettings::OfficeSettings(Database &database)
    : m_database(database)
{
}

QVariant OfficeSettings::read(const char *key) const
{
    Query query(m_database, u"SELECT value FROM settings WHERE key = ?"_s);
    query.bind({QString::fromLatin1(key)});
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

Result<void> OfficeSettings::write(const char *key, const QVariant &value)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query query(m_database, u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    query.bind({QString::fromLatin1(key), value.toString()});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

QHash<QString, QString> OfficeSettings::texts(const QStringList &keys) const
{
    QHash<QString, QString> result;
    Query query(m_database, u"SELECT value FROM settings WHERE key = ?"_s);
    for (const QString &key : keys) {
        query.bind({key});
        if (query.exec() && query.next())
            result.insert(key, query.text(0));
    }
    return result;
}

Result<void> OfficeSettings::setTexts(const QStringList &keys,
                                      const QHash<QString, QString> &values)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query set(m_database, u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    Query clear(m_database, u"DELETE FROM settings WHERE key = ?"_s);
    for (const QString &key : keys) {
        const QString value = values.value(key);
        Query &query = value.isEmpty() ? clear : set;
        if (value.isEmpty())
            query.bind({key});
        else
            query.bind({key, value});
        if (auto done = query.exec(); !done)
            return done;
    }
    return transaction.commit();
}
