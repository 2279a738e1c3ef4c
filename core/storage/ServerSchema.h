#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

/// danvan's schema on a PostgreSQL server, at Database::SchemaVersion, with the rights of
/// each office enforced by the server itself.
///
/// The tables, columns and their meanings are those of the file (Schema), so that the same
/// repository SQL runs on both engines; dates are `date`, ids `bigint` identities that take
/// copied ids, flags stay integer 0/1, sorted names use the ICU collation "vi-x-icu". The
/// closed-campaign guards and the one-code-in-force rule are trigger functions raising the
/// file's messages ('danvan: closed campaign', 'danvan: code in force twice').
///
/// Rights: every table belongs to the NOLOGIN role OwnerRole and has row-level security
/// enabled and forced. A login role reads and writes through the group roles ReaderRole and
/// WriterRole (table privileges, never TRUNCATE), and the policies decide which rows it
/// writes from its row in the table danvan_grants (login role → unit, read-only), which no
/// login role can read or change. The SECURITY DEFINER functions the policies call
/// (danvan_granted(), danvan_writable_units(), danvan_writable_campaigns(),
/// danvan_writes_register()) read it for the session's login role (session_user): a role
/// writes the rows of its unit's subtree, all of the campaigns whose root unit lies in that
/// subtree, and, for a unit without parent (the province), the units register, lineage,
/// catalogues and settings. A read-only grant writes nothing; every granted role reads all.
namespace ServerSchema {

/// Owns every table and function; NOLOGIN. Only an administrator may become it.
inline constexpr QLatin1String OwnerRole("danvan_owner");
/// SELECT on the tables and EXECUTE on the rights functions.
inline constexpr QLatin1String ReaderRole("danvan_reader");
/// A member of ReaderRole, with INSERT, UPDATE and DELETE; the policies narrow the rows.
inline constexpr QLatin1String WriterRole("danvan_writer");

/// The statements that create the whole schema with its seed rows, functions, triggers,
/// policies and privileges; run as OwnerRole, in one transaction, on an empty database.
QList<QString> statements();

/// The tables these statements create, danvan_schema and danvan_grants included.
QStringList tables();

} // namespace ServerSchema
