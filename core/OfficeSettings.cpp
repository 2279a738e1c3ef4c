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
