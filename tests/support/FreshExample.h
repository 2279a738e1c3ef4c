#pragma once

#include "TestSupport.h"
#include "Workspace.h"

#include <QString>
#include <QTemporaryDir>

namespace TestSupport {

/// Where a window test opens a fresh Kiên Giang example, and how.
struct FreshExample
{
    QString location; ///< a file's path or a server's address; empty after a failure
    Workspace::OpenIntent intent = Workspace::OpenIntent::NewExample;
};

/// On a file: `dir`/`name`, not made yet, which the window makes with the example
/// (OpenIntent::NewExample), as a clerk's "New example" does. On a server
/// (DANVAN_TEST_ENGINE=postgresql): a new copy of the example on the process's throwaway
/// server, opened as it is (OpenIntent::Existing) as the province's own login, under the
/// server's rules.
inline FreshExample freshExample(const QTemporaryDir &dir,
                                 const QString &name = QStringLiteral("example.sqlite"))
{
    if (onServer())
        return {serverExample(), Workspace::OpenIntent::Existing};
    return {dir.filePath(name), Workspace::OpenIntent::NewExample};
}

/// A new database without units or campaigns, as freshExample() gives the example: on a file,
/// `dir`/`name` made by the window (OpenIntent::NewEmpty); on a server, a new database of the
/// throwaway server that holds danvan's schema only, opened by its administrator (no office's
/// rights can be granted on units that are not there yet).
inline FreshExample freshEmpty(const QTemporaryDir &dir,
                               const QString &name = QStringLiteral("empty.sqlite"))
{
    if (onServer())
        return {emptyServerDatabase(), Workspace::OpenIntent::Existing};
    return {dir.filePath(name), Workspace::OpenIntent::NewEmpty};
}

/// Opens a fresh example (freshExample() in `dir`) in `workspace`, as a test of one page or
/// dialog starts; false, after a QWARN with the reason, when that fails.
inline bool openFreshExample(Workspace &workspace, const QTemporaryDir &dir,
                             const QString &name = QStringLiteral("example.sqlite"))
{
    const FreshExample example = freshExample(dir, name);
    if (example.location.isEmpty())
        return false;
    if (const auto opened = workspace.open(example.location, example.intent); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return false;
    }
    return true;
}

} // namespace TestSupport
