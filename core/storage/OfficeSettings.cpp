#include "OfficeSettings.h"

#include "Database.h"
#include "Query.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

Result<OfficeSettings> OfficeSettings::read(Database &database)
{
    Query query(database, u"SELECT key, value FROM settings"_s);
    if (auto done = query.exec(); !done)
        return Failure{done.error()};
    OfficeSettings settings;
    while (query.next())
        settings.m_stored.insert(query.text(0), query.text(1));
    if (auto done = query.readError(); !done)
        return Failure{done.error()};
    return settings;
}

Result<void> OfficeSettings::write(Database &database, const char *key, const QVariant &value)
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query query(database,
                u"INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bind({QString::fromLatin1(key), value.toString()});
    if (auto done = query.exec(); !done)
        return done;
    return transaction.commit();
}

QHash<QString, QString> OfficeSettings::texts(const QStringList &keys) const
{
    QHash<QString, QString> result;
    for (const QString &key : keys) {
        if (const auto stored = m_stored.constFind(key); stored != m_stored.constEnd())
            result.insert(key, *stored);
    }
    return result;
}

Result<void> OfficeSettings::setTexts(Database &database, const QStringList &keys,
                                      const QHash<QString, QString> &values)
{
    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    Query set(database,
              u"INSERT INTO settings (key, value) VALUES (?, ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    Query clear(database, u"DELETE FROM settings WHERE key = ?"_s);
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
