#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

/// The address of a danvan database on a PostgreSQL server, as the window, every command
/// and the server's administration take it:
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?SETTING=VALUE&…]`. Without a host,
/// libpq's local socket; without a password, PGPASSWORD or ~/.pgpass, as for psql. The
/// settings are libpq's own (sslmode, sslrootcert, connect_timeout, …) and pass through as
/// they are, after danvan's defaults, which they override.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /// Fails with a sentence naming the address and how to write it.
    static Result<ServerAddress> parse(const QString &address);

    QString host() const { return m_url.host(); }
    /// The port given, or -1 for libpq's default (5432).
    int port() const { return m_url.port(); }
    QString database() const { return m_database; }
    QString userName() const { return m_url.userName(QUrl::FullyDecoded); }
    /// The libpq settings of the address, `key='value'` each.
    const QStringList &settings() const { return m_settings; }

    /// A QPSQL connection named `connectionName` (not opened) to the address: its user,
    /// password, host, port and database, and the connection options `defaults` (libpq
    /// keywords, `key=value`) followed by the address's settings.
    QSqlDatabase addConnection(const QString &connectionName, const QStringList &defaults) const;

private:
    QUrl m_url;
    QString m_database;
    QStringList m_settings;
};
