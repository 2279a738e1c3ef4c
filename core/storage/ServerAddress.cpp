#include "ServerAddress.h"

#include "Database.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// libpq's quoting of a value in a connection string.
QString quoteValue(const QString &value)
{
    return u'\'' + QString(value).replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s) + u'\'';
}

// The address as it may be shown: a password in it is left out, even where the rest of it
// is not an address at all.
QString withoutPassword(const QString &address)
{
    static const QRegularExpression password(u"^([a-zA-Z]+://[^:/@]*):[^@/]*@"_s);
    return QString(address).replace(password, u"\\1@"_s);
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &address)
{
    ServerAddress parsed;
    parsed.m_url = QUrl(address, QUrl::StrictMode);
    if (!Database::isServerAddress(address) || !parsed.m_url.isValid()) {
        // (Shown without the password it may hold.)
        return Failure{tr("“%1” is not a server address danvan understands. Write it as "
                          "postgresql://user@host:port/database, for example "
                          "postgresql://huyen_go_quao@10.0.0.5:5432/danvan.")
                           .arg(withoutPassword(address))};
    }
    const QString shown = Database::serverDisplayName(address);
    parsed.m_database = parsed.m_url.path(QUrl::FullyDecoded).mid(1);
    if (parsed.m_database.isEmpty() || parsed.m_database.contains(u'/')) {
        return Failure{tr("“%1” names no database. Write the address as "
                          "postgresql://user@host:port/database.")
                           .arg(shown)};
    }
    // The connection's own parts come from the address itself (and a password given as a
    // setting is not repeated in the message); a value cannot hold ";", which separates the
    // driver's options.
    static const QRegularExpression keyword(u"^[a-z_]+$"_s);
    static const QStringList fromAddress{u"host"_s,   u"hostaddr"_s, u"port"_s,
                                         u"dbname"_s, u"user"_s,     u"password"_s};
    const auto items = QUrlQuery(parsed.m_url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!keyword.match(key).hasMatch() || fromAddress.contains(key) || value.contains(u';')) {
            return Failure{tr("“%1=%2” in the address of %3 is not a connection setting that "
                              "danvan passes on (such as sslmode=verify-full).")
                               .arg(key, fromAddress.contains(key) ? u"…"_s : value, shown)};
        }
        parsed.m_settings.append(key + u'=' + quoteValue(value));
    }
    return parsed;
}

QSqlDatabase ServerAddress::addConnection(const QString &connectionName,
                                          const QStringList &defaults) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setDatabaseName(m_database);
    if (!m_url.host().isEmpty())
        db.setHostName(m_url.host());
    if (m_url.port() > 0)
        db.setPort(m_url.port());
    if (!m_url.userName().isEmpty())
        db.setUserName(m_url.userName(QUrl::FullyDecoded));
    // Without one here libpq takes the password from PGPASSWORD or ~/.pgpass.
    if (!m_url.password().isEmpty())
        db.setPassword(m_url.password(QUrl::FullyDecoded));
    // libpq takes the last value of a setting given twice: the address's win.
    db.setConnectOptions((defaults + m_settings).join(u';'));
    return db;
}
