#include "TestSupport.h"

#include "Database.h"
#include "ExampleData.h"
#include "Query.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <unistd.h>
#include <vector>
#endif

using namespace Qt::StringLiterals;

namespace TestSupport {

QString dataPath(const QString &name)
{
    return QStringLiteral(DANVAN_TEST_DATA_DIR) + u'/' + name;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

bool createExample(Database &database, const QTemporaryDir &dir, const QString &name)
{
    if (auto opened = database.open(dir.filePath(name), Database::OpenMode::CreateIfMissing);
        !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    if (auto built = ExampleData::build(database); !built) {
        qWarning("%s", qPrintable(built.error()));
        return false;
    }
    return true;
}

QString dump(Database &database)
{
    QStringList lines;
    QSqlQuery tables(database.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(database.connection());
        rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1, 2"_s.arg(table));
        while (rows.next()) {
            QStringList values;
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i)
                values.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines.join(u'\n');
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

#ifdef Q_OS_LINUX
static std::vector<gid_t> &rootGroups()
{
    static std::vector<gid_t> groups;
    return groups;
}
#endif

Unprivileged::Unprivileged()
{
#ifdef Q_OS_LINUX
    if (geteuid() != 0)
        return;
    constexpr uid_t nobody = 65534;
    // No supplementary groups either (root's own group among them).
    rootGroups().resize(std::max(getgroups(0, nullptr), 0));
    if (getgroups(int(rootGroups().size()), rootGroups().data()) < 0
        || setgroups(0, nullptr) != 0) {
        m_apply = false;
        return;
    }
    // The group first: once the user is not root, the group can no longer be changed.
    if (setresgid(nobody, nobody, 0) != 0) {
        m_apply = false;
        return;
    }
    if (setresuid(nobody, nobody, 0) != 0) {
        setresgid(0, 0, 0);
        setgroups(rootGroups().size(), rootGroups().data());
        m_apply = false;
        return;
    }
    m_switched = true;
#endif
}

Unprivileged::~Unprivileged()
{
#ifdef Q_OS_LINUX
    if (m_switched
        && (setresuid(0, 0, 0) != 0 || setresgid(0, 0, 0) != 0
            || setgroups(rootGroups().size(), rootGroups().data()) != 0))
        qFatal("cannot switch back to root");
#endif
}

const char *Unprivileged::reason()
{
    return "running as root, where file permissions do not stop reading or writing, and "
           "switching to the user nobody failed";
}

} // namespace TestSupport
