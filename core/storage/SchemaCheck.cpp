#include "SchemaCheck.h"

#include "Database.h"
#include "Schema.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Object = SchemaCheck::Object;

// sqlite_master in the order the objects were created.
constexpr auto ObjectsQuery = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid";

QChar asciiLower(QChar c)
{
    return c >= u'A' && c <= u'Z' ? QChar(c.unicode() + (u'a' - u'A')) : c;
}

// SQLite folds the case of names and keywords for ASCII letters only.
QString asciiLower(QString text)
{
    for (QChar &c : text)
        c = asciiLower(c);
    return text;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (QChar c : name) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_')))
            return false;
    }
    return true;
}

struct Token
{
    QString text;
    qsizetype offset; ///< where it begins in the definition
};

// An SQL definition as the tokens SQLite reads, in a form where what does not change its
// meaning does not count: spaces and comments are dropped, keywords and names lower-cased
// (ASCII), a quoted plain name written bare. String literals are kept as written.
QList<Token> tokens(const QString &sql)
{
    QList<Token> result;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && next == u'-') {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? n : end + 1;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = sql.indexOf("*/"_L1, i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            QString content;
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == close) {
                    // A doubled quote is one quote inside ('it''s', "a""b").
                    if (close != u']' && j + 1 < n && sql.at(j + 1) == close) {
                        content.append(close);
                        j += 2;
                        continue;
                    }
                    break;
                }
                content.append(sql.at(j));
                ++j;
            }
            if (c == u'\'')
                result.append({sql.mid(i, j + 1 - i), i});
            else if (isPlainName(content))
                result.append({asciiLower(content), i});
            else
                result.append({u'"' + asciiLower(content).replace(u'"', "\"\""_L1) + u'"', i});
            i = j + 1;
        } else if (isNameChar(c)) {
            qsizetype j = i + 1;
            while (j < n && isNameChar(sql.at(j)))
                ++j;
            result.append({asciiLower(sql.mid(i, j - i)), i});
            i = j;
        } else {
            result.append({QString(c), i});
            ++i;
        }
    }
    return result;
}

// The index of the first token where two definitions part, or -1 when they read the same.
qsizetype firstDifference(const QList<Token> &a, const QList<Token> &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i).text != b.at(i).text)
            return i;
    }
    return a.size() == b.size() ? -1 : common;
}

// A few words of a definition from its token `index` on, as written.
QString excerpt(const QString &sql, const QList<Token> &tokens, qsizetype index)
{
    constexpr qsizetype Length = 40;
    if (index >= tokens.size())
        return SchemaCheck::tr("(its end)");
    const QString rest = sql.mid(tokens.at(index).offset).simplified();
    return rest.size() > Length ? rest.left(Length) + u'…' : rest;
}

QString typeName(const QString &type)
{
    if (type == "table"_L1)
        return SchemaCheck::tr("table");
    if (type == "index"_L1)
        return SchemaCheck::tr("index");
    if (type == "trigger"_L1)
        return SchemaCheck::tr("trigger");
    if (type == "view"_L1)
        return SchemaCheck::tr("view");
    return type;
}

Result<QList<Object>> readObjects(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, ObjectsQuery, -1, &statement, nullptr) != SQLITE_OK)
        return Failure{QString::fromUtf8(sqlite3_errmsg(db))};
    QList<Object> objects;
    const auto text = [statement](int column) {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
    };
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        objects.append({text(0), text(1), text(2), text(3)});
    sqlite3_finalize(statement);
    if (code != SQLITE_DONE)
        return Failure{QString::fromUtf8(sqlite3_errmsg(db))};
    return objects;
}

// The objects after each step, keyed by the step's version: Schema::steps() run in order on
// an in-memory database set up as a file's connection is (foreign keys on, schema not
// trusted), in one transaction as Database::migrate() runs them.
Result<QMap<int, QList<Object>>> buildReferences()
{
    Database::prepareLibrary();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Failure{SchemaCheck::tr("danvan could not build its own schema in memory.")};
    }
    const auto run = [db](const QString &sql) -> Result<void> {
        char *error = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK)
            return {};
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        return Failure{message};
    };
    QMap<int, QList<Object>> references{{0, {}}};
    Result<void> built = run(u"PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; BEGIN"_s);
    for (const Schema::Step &step : Schema::steps()) {
        for (const QString &statement : step.statements) {
            if (built)
                built = run(statement);
        }
        if (!built)
            break;
        const Result<QList<Object>> objects = readObjects(db);
        if (!objects) {
            built = Failure{objects.error()};
            break;
        }
        references.insert(step.version, *objects);
    }
    sqlite3_close(db);
    if (!built) {
        return Failure{SchemaCheck::tr("danvan could not build its own schema in memory: %1")
                           .arg(built.error())};
    }
    return references;
}

} // namespace

Result<QList<SchemaCheck::Object>> SchemaCheck::reference(int version)
{
    // Built once per process (a few milliseconds): the steps never change while it runs.
    static const Result<QMap<int, QList<Object>>> references = buildReferences();
    if (!references)
        return Failure{references.error()};
    const auto found = references->constFind(version);
    if (found == references->cend())
        return Failure{tr("danvan knows no schema of data version %1.").arg(version)};
    return *found;
}

Result<SchemaCheck> SchemaCheck::ofConnection(const QSqlDatabase &connection, int version)
{
    const Result<QList<Object>> expected = reference(version);
    if (!expected)
        return Failure{expected.error()};
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(ObjectsQuery))) {
        return Failure{
            tr("the list of its tables cannot be read: %1").arg(query.lastError().text())};
    }
    QList<Object> found;
    while (query.next()) {
        found.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString()});
    }
    SchemaCheck check;
    check.m_version = version;
    check.m_differences = compare(*expected, found);
    return check;
}

QList<SchemaCheck::Difference> SchemaCheck::compare(const QList<Object> &expected,
                                                    const QList<Object> &found)
{
    // Names are matched as SQLite matches them: without regard to ASCII case.
    QHash<QString, qsizetype> expectedByName;
    for (qsizetype i = 0; i < expected.size(); ++i)
        expectedByName.insert(asciiLower(expected.at(i).name), i);
    QList<bool> seen(expected.size(), false);
    QList<Difference> differences;
    for (const Object &object : found) {
        const auto match = expectedByName.constFind(asciiLower(object.name));
        if (match == expectedByName.cend() || seen.at(*match)) {
            differences.append({Difference::Kind::Extra, {}, object});
            continue;
        }
        seen[*match] = true;
        const Object &wanted = expected.at(*match);
        // The same text, as in every file this program wrote, needs no reading.
        if (wanted.type != object.type || asciiLower(wanted.table) != asciiLower(object.table)
            || (wanted.sql != object.sql
                && firstDifference(tokens(wanted.sql), tokens(object.sql)) >= 0)) {
            differences.append({Difference::Kind::Changed, wanted, object});
        }
    }
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (!seen.at(i))
            differences.append({Difference::Kind::Missing, expected.at(i), {}});
    }
    return differences;
}

bool SchemaCheck::onlyAdditions() const
{
    return !m_differences.isEmpty()
        && std::all_of(m_differences.cbegin(), m_differences.cend(),
                       [](const Difference &d) { return d.kind == Difference::Kind::Extra; });
}

QString SchemaCheck::describe(const Difference &difference)
{
    const Object &found = difference.found;
    const Object &expected = difference.expected;
    switch (difference.kind) {
    case Difference::Kind::Extra:
        if (!found.table.isEmpty() && asciiLower(found.table) != asciiLower(found.name)) {
            return tr("it holds a %1 “%2” on the table “%3” that danvan did not create")
                .arg(typeName(found.type), found.name, found.table);
        }
        return tr("it holds a %1 “%2” that danvan did not create")
            .arg(typeName(found.type), found.name);
    case Difference::Kind::Missing:
        return tr("it lacks the %1 “%2” that danvan creates")
            .arg(typeName(expected.type), expected.name);
    case Difference::Kind::Changed:
        break;
    }
    if (found.type != expected.type) {
        return tr("“%1” is a %2 where danvan has a %3")
            .arg(found.name, typeName(found.type), typeName(expected.type));
    }
    if (asciiLower(found.table) != asciiLower(expected.table)) {
        return tr("the %1 “%2” is on the table “%3” where danvan has it on “%4”")
            .arg(typeName(found.type), found.name, found.table, expected.table);
    }
    const QList<Token> wanted = tokens(expected.sql);
    const QList<Token> got = tokens(found.sql);
    const qsizetype at = std::max<qsizetype>(firstDifference(wanted, got), 0);
    return tr("the %1 “%2” is not defined as danvan defines it: where danvan has “%3”, the "
              "file has “%4”")
        .arg(typeName(found.type), found.name, excerpt(expected.sql, wanted, at),
             excerpt(found.sql, got, at));
}

QString SchemaCheck::message(const QString &path) const
{
    if (m_differences.isEmpty())
        return {};
    const qsizetype others = m_differences.size() - 1;
    return tr("danvan does not open “%1”: %2%3. Another program has changed the file, and what "
              "it changed could alter or delete records when danvan writes to it. The file was "
              "not changed. Open a backup copy instead, or ask whoever sent the file for the "
              "one danvan wrote; “danvan-cli check” lists every difference.")
        .arg(QDir::toNativeSeparators(path), describe(m_differences.first()),
             others > 0 ? tr(" (and %n other difference(s))", nullptr, int(others)) : QString());
}

QJsonObject SchemaCheck::toJson() const
{
    const auto object = [](const Object &o, bool present) -> QJsonValue {
        if (!present)
            return QJsonValue::Null;
        return QJsonObject{{u"type"_s, o.type}, {u"table"_s, o.table}, {u"sql"_s, o.sql}};
    };
    QJsonArray differences;
    for (const Difference &d : m_differences) {
        const QString kind = d.kind == Difference::Kind::Extra ? u"extra"_s
            : d.kind == Difference::Kind::Missing              ? u"missing"_s
                                                               : u"changed"_s;
        differences.append(QJsonObject{
            {u"kind"_s, kind},
            {u"name"_s, d.kind == Difference::Kind::Missing ? d.expected.name : d.found.name},
            {u"expected"_s, object(d.expected, d.kind != Difference::Kind::Extra)},
            {u"found"_s, object(d.found, d.kind != Difference::Kind::Missing)},
        });
    }
    return {{u"version"_s, m_version}, {u"differences"_s, differences}};
}
