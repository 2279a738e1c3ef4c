// danvan-cli server …: the PostgreSQL server shared by a province and its offices.

#include "Cli.h"

#include "Database.h"
#include "ServerAdmin.h"
#include "ServerSchema.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// An administrator's connection for one command, closed and removed at its end.
class AdminConnection
{
public:
    ~AdminConnection()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name());
        }
    }

    Result<void> open(const QString &url)
    {
        auto connected = ServerAdmin::connect(url, name());
        if (!connected) {
            QSqlDatabase::removeDatabase(name());
            return Failure{connected.error()};
        }
        m_db = *connected;
        return {};
    }
    QSqlDatabase &db() { return m_db; }

private:
    static QString name() { return u"danvan-cli server"_s; }
    QSqlDatabase m_db;
};

} // namespace

QString Cli::serverUrlHelp()
{
    return tr("URL is postgresql://USER@HOST:PORT/DATABASE, optionally followed by libpq "
              "settings such as ?sslmode=verify-full. The password is not written in it: it "
              "comes from the PGPASSWORD variable or the ~/.pgpass file, as for psql. USER must "
              "be a superuser, or a role with CREATEROLE that owns the database.");
}

int Cli::server(const QStringList &arguments)
{
    static const QStringList subcommands{u"init"_s, u"grant"_s, u"revoke"_s, u"roles"_s};
    const QString subcommand = arguments.size() > 2 ? arguments.at(2) : QString();
    if (subcommand == "--help"_L1 || subcommand == "-h"_L1) {
        m_out << tr("Usage: danvan-cli server init|grant|revoke|roles URL [options]\n"
                    "Run “danvan-cli server SUBCOMMAND --help” for a subcommand's options.\n");
        return Success;
    }
    if (!subcommands.contains(subcommand))
        return wrongUsage(tr("write one of %1 after “server”.").arg(subcommands.join(u", "_s)));
    m_command = u"server "_s + subcommand;
    QStringList rest = arguments;
    rest.removeAt(2);
    if (subcommand == "init"_L1)
        return serverInit(rest);
    if (subcommand == "grant"_L1)
        return serverGrant(rest);
    if (subcommand == "revoke"_L1)
        return serverRevoke(rest);
    return serverRoles(rest);
}

int Cli::serverInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates danvan's schema in an empty PostgreSQL database, in one transaction, with "
           "the roles that hold the rights: %1 owns the tables (it cannot log in), %2 and %3 "
           "give the offices' login roles reading and writing, and the server itself keeps "
           "each office to its own units (row-level security). A database that already holds "
           "danvan's schema of this version is left as it is; one that holds other tables, or "
           "a newer version, is refused untouched.")
            .arg(ServerSchema::OwnerRole, ServerSchema::ReaderRole, ServerSchema::WriterRole)
        + u"\n\n"_s + serverUrlHelp());
    if (const int code = parse(parser, arguments, u"server init URL"_s, 1); code >= 0)
        return code;
    const QString url = parser.positionalArguments().at(1);
    AdminConnection connection;
    if (auto opened = connection.open(url); !opened)
        return fail(opened.error());
    const auto outcome = ServerAdmin::init(connection.db());
    if (!outcome)
        return fail(outcome.error());
    if (*outcome == ServerAdmin::InitOutcome::AlreadyCurrent) {
        m_out << tr("%1 already holds danvan's schema; nothing was changed.")
                     .arg(Database::serverDisplayName(url))
              << Qt::endl;
    } else {
        m_out << tr("Created danvan's schema in %1. Give each office's login role its unit "
                    "with danvan-cli server grant.")
                     .arg(Database::serverDisplayName(url))
              << Qt::endl;
    }
    return Success;
}

int Cli::serverGrant(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lets an office's login role write the records of a unit and of every unit below "
           "it: conferences, own deadlines, pilots, models and exemplars, nominations, rewards "
           "and steering assignments; and all of the campaigns whose own unit is among them "
           "(for the province's role, its campaigns, the units register and the settings). "
           "Every granted role reads everything. The role must exist: create it with its "
           "password first (CREATE ROLE name LOGIN PASSWORD '…'). A role granted before gets "
           "the new unit.")
        + u"\n\n"_s + serverUrlHelp());
    const QCommandLineOption roleOption(u"role"_s, tr("The office's login role."), tr("ROLE"));
    const QCommandLineOption unitOption(
        u"unit"_s,
        tr("The register code of the office's unit; of two units that had the code, the one in "
           "force today."),
        tr("CODE"));
    const QCommandLineOption readOnlyOption(u"read-only"_s,
                                            tr("Let the role read everything and write nothing."));
    parser.addOptions({roleOption, unitOption, readOnlyOption});
    if (const int code = parse(parser, arguments,
                               u"server grant URL --role ROLE --unit CODE [--read-only]"_s, 1);
        code >= 0)
        return code;
    if (!parser.isSet(roleOption) || !parser.isSet(unitOption))
        return wrongUsage(tr("--role ROLE and --unit CODE are required."));
    const QString url = parser.positionalArguments().at(1);
    AdminConnection connection;
    if (auto opened = connection.open(url); !opened)
        return fail(opened.error());
    const auto granted = ServerAdmin::grant(connection.db(), parser.value(roleOption),
                                            parser.value(unitOption), parser.isSet(readOnlyOption));
    if (!granted)
        return fail(granted.error());
    if (granted->readOnly) {
        m_out << tr("%1 reads everything in %2 and writes nothing (its unit: %3, %4).")
                     .arg(granted->role, Database::serverDisplayName(url), granted->unitName,
                          granted->unitCode)
              << Qt::endl;
    } else {
        m_out << tr("%1 writes for %2 (%3) and the units below it in %4.")
                     .arg(granted->role, granted->unitName, granted->unitCode,
                          Database::serverDisplayName(url))
              << Qt::endl;
    }
    if (!granted->canLogin) {
        m_err << tr("warning: the role %1 cannot log in; allow it with ALTER ROLE %1 LOGIN "
                    "PASSWORD '…'.")
                     .arg(granted->role)
              << Qt::endl;
    }
    return Success;
}

int Cli::serverRevoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Takes all of a login role's rights on the database away: it no longer reads or "
           "writes anything there. The role itself stays (DROP ROLE removes it).")
        + u"\n\n"_s + serverUrlHelp());
    const QCommandLineOption roleOption(u"role"_s, tr("The office's login role."), tr("ROLE"));
    parser.addOption(roleOption);
    if (const int code = parse(parser, arguments, u"server revoke URL --role ROLE"_s, 1); code >= 0)
        return code;
    if (!parser.isSet(roleOption))
        return wrongUsage(tr("--role ROLE is required."));
    const QString url = parser.positionalArguments().at(1);
    AdminConnection connection;
    if (auto opened = connection.open(url); !opened)
        return fail(opened.error());
    const QString role = parser.value(roleOption).trimmed();
    const auto revoked = ServerAdmin::revoke(connection.db(), role);
    if (!revoked)
        return fail(revoked.error());
    m_out << (*revoked ? tr("%1 has no rights on %2 any more.")
                       : tr("%1 had no rights on %2; nothing was changed."))
                 .arg(role, Database::serverDisplayName(url))
          << Qt::endl;
    return Success;
}

int Cli::serverRoles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the login roles that have rights on the database as JSON: \"server\", and "
           "\"roles\", each with \"role\", \"unit_code\" and \"unit_name\" (the unit whose "
           "records it writes, with the units below it), \"read_only\", and \"can_login\" "
           "(false for a role that was dropped or may not log in).")
        + u"\n\n"_s + serverUrlHelp());
    if (const int code = parse(parser, arguments, u"server roles URL"_s, 1); code >= 0)
        return code;
    const QString url = parser.positionalArguments().at(1);
    AdminConnection connection;
    if (auto opened = connection.open(url); !opened)
        return fail(opened.error());
    const auto roles = ServerAdmin::roles(connection.db());
    if (!roles)
        return fail(roles.error());
    QJsonArray list;
    for (const ServerGrant &grant : *roles) {
        list.append(QJsonObject{
            {u"role"_s, grant.role},
            {u"unit_code"_s, grant.unitCode},
            {u"unit_name"_s, grant.unitName},
            {u"read_only"_s, grant.readOnly},
            {u"can_login"_s, grant.canLogin},
        });
    }
    const QJsonObject json{{u"server"_s, Database::serverDisplayName(url)}, {u"roles"_s, list}};
    m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Success;
}
