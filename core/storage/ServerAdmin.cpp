#include "ServerAdmin.h"

#include "Database.h"
#include "ServerAddress.h"
#include "ServerSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString quoteIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// A value in libpq's "key=value" connection string.
// An open transaction that rolls back unless committed.
class AdminTransaction
{
public:
    explicit AdminTransaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(db.transaction())
    {
    }
    ~AdminTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    AdminTransaction(const AdminTransaction &) = delete;
    AdminTransaction &operator=(const AdminTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

Failure ServerAdmin::failure(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // libpq's messages start with the severity and may run on with context lines.
    text = text.section(u'\n', 0, 0);
    if (text.startsWith("ERROR:"_L1))
        text = text.mid(6).trimmed();
    if (error.nativeErrorCode() == "42501"_L1) {
        return {tr("The server refused: %1. Connect as a superuser, or as a role with "
                   "CREATEROLE that owns the database.")
                    .arg(text)};
    }
    return {tr("The server refused: %1.").arg(text)};
}

Result<QSqlDatabase> ServerAdmin::connect(const QString &url, const QString &connectionName)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return Failure{address.error()};
    const QString shown = Database::serverDisplayName(url);
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return Failure{tr("This computer cannot connect to PostgreSQL servers: Qt's PostgreSQL "
                          "driver is missing. Install the package libqt6sql6-psql.")};
    }
    QSqlDatabase db = address->addConnection(
        connectionName, {u"connect_timeout=10"_s, u"application_name=danvan-cli"_s});
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed().section(u'\n', 0, 0);
        return Failure{tr("Could not connect to %1: %2").arg(shown, reason)};
    }
    return db;
}

Result<ServerAdmin::InitOutcome> ServerAdmin::init(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // What the connection may do, and what the database is, before anything is written.
    if (!query.exec(u"SELECT r.rolsuper, r.rolcreaterole, "
                    "pg_has_role(current_user, d.datdba, 'MEMBER'), "
                    "pg_encoding_to_char(d.encoding), current_database(), "
                    "EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') "
                    "FROM pg_roles r, pg_database d "
                    "WHERE r.rolname = current_user AND d.datname = current_database()"_s)
        || !query.next())
        return failure(query.lastError());
    const bool superuser = query.value(0).toBool();
    const QString databaseName = query.value(4).toString();
    if (!superuser && !(query.value(1).toBool() && query.value(2).toBool())) {
        return Failure{tr("Creating danvan's schema in “%1” needs a superuser, or a role with "
                          "CREATEROLE that owns the database. Connect as one of them.")
                           .arg(databaseName)};
    }
    if (query.value(3).toString() != "UTF8"_L1) {
        return Failure{tr("The database “%1” stores text as %2; danvan needs UTF8. Create it "
                          "with: CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0.")
                           .arg(databaseName, query.value(3).toString())};
    }
    if (!query.value(5).toBool()) {
        return Failure{tr("The server has no collation “vi-x-icu” for Vietnamese order: it was "
                          "built without ICU. Use PostgreSQL from Debian's packages.")};
    }

    AdminTransaction transaction(db);
    if (!transaction.isOpen())
        return failure(db.lastError());
    const auto run = [&query](const QString &statement) {
        return query.exec(statement);
    };

    // danvan's group roles: created once for the whole server, never able to log in.
    for (const QLatin1String role :
         {ServerSchema::OwnerRole, ServerSchema::ReaderRole, ServerSchema::WriterRole}) {
        query.prepare(u"SELECT rolcanlogin OR rolsuper OR rolbypassrls FROM pg_roles "
                      "WHERE rolname = ?"_s);
        query.addBindValue(QString(role));
        if (!query.exec())
            return failure(query.lastError());
        if (query.next()) {
            if (query.value(0).toBool()) {
                return Failure{tr("The role “%1” exists on the server and can log in or bypass "
                                  "row-level security; danvan's own roles must not. Drop it or "
                                  "make it NOLOGIN NOSUPERUSER NOBYPASSRLS.")
                                   .arg(role)};
            }
            continue;
        }
        if (!run(u"CREATE ROLE %1 NOLOGIN"_s.arg(role)))
            return failure(query.lastError());
    }
    if (!run(u"SELECT pg_has_role('%1', '%2', 'MEMBER')"_s.arg(ServerSchema::WriterRole,
                                                               ServerSchema::ReaderRole))
        || !query.next())
        return failure(query.lastError());
    if (!query.value(0).toBool()
        && !run(u"GRANT %1 TO %2"_s.arg(ServerSchema::ReaderRole, ServerSchema::WriterRole)))
        return failure(query.lastError());
    if (!superuser) {
        // An administrator who is not a superuser becomes the owner to create the tables.
        if (!run(u"SELECT pg_has_role(current_user, '%1', 'MEMBER')"_s.arg(ServerSchema::OwnerRole))
            || !query.next())
            return failure(query.lastError());
        if (!query.value(0).toBool()
            && !run(u"GRANT %1 TO CURRENT_USER"_s.arg(ServerSchema::OwnerRole)))
            return failure(query.lastError());
    }

    // What the database holds already.
    if (!run(u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
             "ORDER BY c.relname"_s))
        return failure(query.lastError());
    QStringList existing;
    while (query.next())
        existing.append(query.value(0).toString());
    if (existing.contains("danvan_schema"_L1)) {
        if (!run(u"SET LOCAL ROLE %1"_s.arg(ServerSchema::OwnerRole))
            || !run(u"SELECT max(version) FROM danvan_schema"_s) || !query.next())
            return failure(query.lastError());
        const int version = query.value(0).toInt();
        if (version > Database::SchemaVersion) {
            return Failure{tr("The database “%1” was made by a newer danvan (data version %2; "
                              "this one writes %3). Use that version's danvan-cli.")
                               .arg(databaseName)
                               .arg(version)
                               .arg(Database::SchemaVersion)};
        }
        if (version != Database::SchemaVersion) {
            return Failure{tr("The database “%1” holds danvan's schema of data version %2, "
                              "which this danvan cannot update (it writes %3).")
                               .arg(databaseName)
                               .arg(version)
                               .arg(Database::SchemaVersion)};
        }
        if (!run(u"RESET ROLE"_s) || !transaction.commit())
            return failure(query.lastError());
        return InitOutcome::AlreadyCurrent;
    }
    if (!existing.isEmpty()) {
        const QStringList shown = existing.mid(0, 5);
        return Failure{tr("The database “%1” already holds %n table(s) that are not danvan's "
                          "(%2). Create an empty database for danvan.",
                          nullptr, int(existing.size()))
                           .arg(databaseName,
                                shown.join(u", "_s)
                                    + (existing.size() > shown.size() ? u", …"_s : QString()))};
    }

    // The owner creates everything, so that it owns it; nobody else creates in public.
    for (const QString &statement :
         {u"REVOKE CREATE ON SCHEMA public FROM PUBLIC"_s,
          u"GRANT USAGE, CREATE ON SCHEMA public TO %1"_s.arg(ServerSchema::OwnerRole),
          u"SET LOCAL ROLE %1"_s.arg(ServerSchema::OwnerRole)}) {
        if (!run(statement))
            return failure(query.lastError());
    }
    for (const QString &statement : ServerSchema::statements()) {
        if (!run(statement))
            return failure(query.lastError());
    }
    if (!run(u"RESET ROLE"_s))
        return failure(query.lastError());
    if (!transaction.commit())
        return failure(db.lastError());
    return InitOutcome::Created;
}

namespace {

// The role as the server spells it: as given, else in lower case (PostgreSQL folds unquoted
// names, so CREATE ROLE HuyenGoQuao made "huyengoquao"). Empty when there is none.
struct RoleInfo
{
    QString name;
    bool superuser = false;
    bool bypassRls = false;
    bool canLogin = false;
    bool becomesOwner = false;
};

std::optional<RoleInfo> findRole(QSqlQuery &query, const QString &role, bool *ok)
{
    *ok = true;
    for (const QString &candidate : {role, role.toLower()}) {
        query.prepare(u"SELECT rolname, rolsuper, rolbypassrls, rolcanlogin, "
                      "pg_has_role(oid, '%1', 'MEMBER') FROM pg_roles WHERE rolname = ?"_s.arg(
                          ServerSchema::OwnerRole));
        query.addBindValue(candidate);
        if (!query.exec()) {
            *ok = false;
            return std::nullopt;
        }
        if (query.next()) {
            return RoleInfo{query.value(0).toString(), query.value(1).toBool(),
                            query.value(2).toBool(), query.value(3).toBool(),
                            query.value(4).toBool()};
        }
    }
    return std::nullopt;
}

} // namespace

Result<void> ServerAdmin::enterDanvanDatabase(QSqlQuery &query)
{
    if (!query.exec(u"SELECT to_regclass('public.danvan_schema') IS NOT NULL, "
                    "to_regclass('public.danvan_grants') IS NOT NULL, current_database()"_s)
        || !query.next())
        return failure(query.lastError());
    const QString databaseName = query.value(2).toString();
    if (!query.value(0).toBool() || !query.value(1).toBool()) {
        return Failure{tr("The database “%1” holds no danvan schema; create it "
                          "first with danvan-cli server init.")
                           .arg(databaseName)};
    }
    if (!query.exec(u"SET LOCAL ROLE %1"_s.arg(ServerSchema::OwnerRole)))
        return failure(query.lastError());
    if (!query.exec(u"SELECT max(version) FROM danvan_schema"_s) || !query.next())
        return failure(query.lastError());
    if (query.value(0).toInt() != Database::SchemaVersion) {
        return Failure{tr("The database “%1” holds danvan's schema of data version "
                          "%2; this danvan writes %3.")
                           .arg(databaseName)
                           .arg(query.value(0).toInt())
                           .arg(Database::SchemaVersion)};
    }
    return {};
}

Result<ServerGrant> ServerAdmin::grant(QSqlDatabase &db, const QString &role,
                                       const QString &unitCode, bool readOnly, QDate today)
{
    const QString wanted = role.trimmed();
    if (wanted.isEmpty())
        return Failure{tr("Give the login role's name.")};
    const QString lower = wanted.toLower();
    if (lower == ServerSchema::OwnerRole || lower == ServerSchema::ReaderRole
        || lower == ServerSchema::WriterRole || lower.startsWith("pg_"_L1)) {
        return Failure{
            tr("“%1” is one of the server's own roles, not an office's login role.").arg(wanted)};
    }
    AdminTransaction transaction(db);
    if (!transaction.isOpen())
        return failure(db.lastError());
    QSqlQuery query(db);
    bool ok = false;
    const auto found = findRole(query, wanted, &ok);
    if (!ok)
        return failure(query.lastError());
    if (!found) {
        return Failure{tr("There is no role “%1” on the server. Create it first, with its "
                          "password: CREATE ROLE %2 LOGIN PASSWORD '…';")
                           .arg(wanted, quoteIdentifier(wanted))};
    }
    if (found->superuser || found->bypassRls || found->becomesOwner) {
        return Failure{tr("The role “%1” is a superuser, bypasses row-level security or can "
                          "become %2: the server would not hold it to a unit. Grant rights to "
                          "an ordinary login role.")
                           .arg(found->name, ServerSchema::OwnerRole)};
    }
    if (auto entered = enterDanvanDatabase(query); !entered)
        return Failure{entered.error()};

    query.prepare(u"SELECT id, code, name FROM units WHERE code = ? "
                  "AND (valid_from IS NULL OR valid_from <= ?) "
                  "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY id"_s);
    query.addBindValue(unitCode.trimmed());
    query.addBindValue(today);
    query.addBindValue(today);
    if (!query.exec())
        return failure(query.lastError());
    if (!query.next()) {
        query.prepare(u"SELECT count(*) FROM units WHERE code = ?"_s);
        query.addBindValue(unitCode.trimmed());
        if (!query.exec() || !query.next())
            return failure(query.lastError());
        if (query.value(0).toInt() == 0)
            return Failure{tr("No unit has the code “%1”.").arg(unitCode.trimmed())};
        return Failure{tr("No unit with the code “%1” is in force today (%2): rights go to "
                          "units that are.")
                           .arg(unitCode.trimmed(), today.toString(u"dd/MM/yyyy"_s))};
    }
    ServerGrant granted;
    const qint64 unitId = query.value(0).toLongLong();
    granted.role = found->name;
    granted.unitCode = query.value(1).toString();
    granted.unitName = query.value(2).toString();
    granted.readOnly = readOnly;
    granted.canLogin = found->canLogin;

    query.prepare(u"INSERT INTO danvan_grants (role_name, unit_id, read_only) VALUES (?, ?, ?) "
                  "ON CONFLICT (role_name) DO UPDATE SET unit_id = EXCLUDED.unit_id, "
                  "read_only = EXCLUDED.read_only"_s);
    query.addBindValue(found->name);
    query.addBindValue(unitId);
    query.addBindValue(readOnly);
    if (!query.exec() || !query.exec(u"RESET ROLE"_s))
        return failure(query.lastError());

    // The table privileges come through one group role: the writers' or the readers'.
    const QLatin1String group = readOnly ? ServerSchema::ReaderRole : ServerSchema::WriterRole;
    const QLatin1String other = readOnly ? ServerSchema::WriterRole : ServerSchema::ReaderRole;
    query.prepare(
        u"SELECT pg_has_role(?, '%1', 'MEMBER'), EXISTS (SELECT 1 FROM pg_auth_members m "
        "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = ?) "
        "AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = '%2'))"_s.arg(group, other));
    query.addBindValue(found->name);
    query.addBindValue(found->name);
    if (!query.exec() || !query.next())
        return failure(query.lastError());
    const bool hasGroup = query.value(0).toBool();
    const bool hasOther = query.value(1).toBool();
    if (!hasGroup && !query.exec(u"GRANT %1 TO %2"_s.arg(group, quoteIdentifier(found->name))))
        return failure(query.lastError());
    if (hasOther && !query.exec(u"REVOKE %1 FROM %2"_s.arg(other, quoteIdentifier(found->name))))
        return failure(query.lastError());
    if (!transaction.commit())
        return failure(db.lastError());
    return granted;
}

Result<bool> ServerAdmin::revoke(QSqlDatabase &db, const QString &role)
{
    const QString wanted = role.trimmed();
    if (wanted.isEmpty())
        return Failure{tr("Give the login role's name.")};
    AdminTransaction transaction(db);
    if (!transaction.isOpen())
        return failure(db.lastError());
    QSqlQuery query(db);
    bool ok = false;
    const auto found = findRole(query, wanted, &ok);
    if (!ok)
        return failure(query.lastError());
    // A grant outlives a dropped role: it is removed by the name it was given under.
    const QString name = found ? found->name : wanted;
    if (auto entered = enterDanvanDatabase(query); !entered)
        return Failure{entered.error()};
    query.prepare(u"DELETE FROM danvan_grants WHERE role_name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return failure(query.lastError());
    bool revoked = query.numRowsAffected() > 0;
    if (!query.exec(u"RESET ROLE"_s))
        return failure(query.lastError());
    if (found) {
        for (const QLatin1String group : {ServerSchema::WriterRole, ServerSchema::ReaderRole}) {
            query.prepare(
                u"SELECT EXISTS (SELECT 1 FROM pg_auth_members m "
                "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = ?) "
                "AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = '%1'))"_s.arg(group));
            query.addBindValue(name);
            if (!query.exec() || !query.next())
                return failure(query.lastError());
            if (!query.value(0).toBool())
                continue;
            if (!query.exec(u"REVOKE %1 FROM %2"_s.arg(group, quoteIdentifier(name))))
                return failure(query.lastError());
            revoked = true;
        }
    }
    if (!transaction.commit())
        return failure(db.lastError());
    return revoked;
}

Result<QList<ServerGrant>> ServerAdmin::roles(QSqlDatabase &db)
{
    AdminTransaction transaction(db);
    if (!transaction.isOpen())
        return failure(db.lastError());
    QSqlQuery query(db);
    if (auto entered = enterDanvanDatabase(query); !entered)
        return Failure{entered.error()};
    if (!query.exec(u"SELECT g.role_name, coalesce(u.code, ''), u.name, g.read_only, "
                    "coalesce(r.rolcanlogin, false) FROM danvan_grants g "
                    "JOIN units u ON u.id = g.unit_id "
                    "LEFT JOIN pg_roles r ON r.rolname = g.role_name ORDER BY g.role_name"_s))
        return failure(query.lastError());
    QList<ServerGrant> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toBool(), query.value(4).toBool()});
    }
    return list;
}
