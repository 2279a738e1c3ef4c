#pragma once

#include <QByteArray>
#include <QString>

class Database;
class QTemporaryDir;

/// Helpers shared by the tests: temporary files, the example database, and a dump of a
/// whole database to compare states.
namespace TestSupport {

/// A file under tests/data/.
QString dataPath(const QString &name);

/// Writes `content` to `name` in `dir` and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

/// Opens a new database at `dir`/`name` and builds the Kiên Giang example into it.
/// Returns false (after a QWARN with the reason) when that fails.
bool createExample(Database &database, const QTemporaryDir &dir,
                   const QString &name = QStringLiteral("example.sqlite"));

/// Every row of every table, in a stable order, as text: two equal dumps are two equal
/// databases.
QString dump(Database &database);

/// The SHA-256 of a file's bytes.
QByteArray fileDigest(const QString &path);

} // namespace TestSupport
