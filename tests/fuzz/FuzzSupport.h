#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

/// What the fuzz targets share: the application object Qt wants before plugins (the SQLite
/// driver) are loaded, and a failed check that libFuzzer reports as a crash with its input.
namespace FuzzSupport {

/// Creates the QCoreApplication once, from LLVMFuzzerInitialize(). Qt ignores libFuzzer's
/// "-flag=value" arguments.
inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    Q_UNUSED(application)
}

/// Stops the run when a property of the code under test does not hold: abort() is what
/// libFuzzer saves a crash input for.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

} // namespace FuzzSupport
