#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

/// A login role's right on a danvan server: the unit whose subtree it writes (or reads
/// only). The unit is named by its code and name.
struct ServerGrant
{
    QString role;
    QString unitCode;
    QString unitName;
    bool readOnly = false;
    bool canLogin = false; ///< the role exists and may log in
};

/// What the province's IT staff do on a danvan server, through an administrator's
/// connection (a superuser, or a role with CREATEROLE that owns the database): create the
/// schema (ServerSchema) and give or take the offices' login roles their rights.
///
/// Login roles are not created here: the IT staff create them with their passwords
/// (CREATE ROLE … LOGIN PASSWORD …), so that no password passes through danvan. grant()
/// refuses a role that does not exist, and one that the server would not hold to its unit
/// (a superuser, a BYPASSRLS role, a role that can become the owner).
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ServerAdmin)

public:
    enum class InitOutcome {
        Created, ///< the schema was created
        AlreadyCurrent, ///< the database already held danvan's schema of this version
    };

    /// Opens a QPSQL connection named `connectionName` to `postgresql://user@host:port/db`
    /// (`?sslmode=verify-full` and other libpq settings as query items; without a host, the
    /// local socket). The password comes
    /// from PGPASSWORD or ~/.pgpass, as libpq reads them, unless the URL holds one. The caller
    /// closes and removes the connection.
    static Result<QSqlDatabase> connect(const QString &url, const QString &connectionName);

    /// Creates danvan's schema and roles in an empty database, in one transaction; a database
    /// that already holds this version is left as it is. A database holding other tables, or
    /// danvan's schema of another version, is refused untouched.
    static Result<InitOutcome> init(QSqlDatabase &db);

    /// Lets the existing login role `role` write the subtree of the unit with `unitCode`
    /// that is in force on `today` (a code may have named two units on different days), or
    /// only read when `readOnly`. A role already granted gets the new unit and mode.
    static Result<ServerGrant> grant(QSqlDatabase &db, const QString &role, const QString &unitCode,
                                     bool readOnly, QDate today = QDate::currentDate());

    /// Takes all rights of `role` away. False when it had none.
    static Result<bool> revoke(QSqlDatabase &db, const QString &role);

    /// Every granted role, by name.
    static Result<QList<ServerGrant>> roles(QSqlDatabase &db);

    /// A sentence for the user about a statement the server refused.
    static Failure failure(const QSqlError &error);

private:
    /// Within a transaction: checks that the database holds danvan's schema of this version
    /// and becomes its owner (SET LOCAL ROLE), which reads and writes danvan_grants.
    static Result<void> enterDanvanDatabase(QSqlQuery &query);
};
