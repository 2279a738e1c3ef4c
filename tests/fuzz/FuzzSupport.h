#pragma once

#include "XlsReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

/// What the fuzz targets share: the application object Qt wants before plugins (the SQLite
/// driver) are loaded, and a failed check that libFuzzer reports as a crash with its input.
namespace FuzzSupport {

/// Stops the run when a property of the code under test does not hold: abort() is what
/// libFuzzer saves a crash input for.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

/// Creates the QCoreApplication once, from LLVMFuzzerInitialize(), and names the .xls reader.
/// Qt ignores libFuzzer's "-flag=value" arguments.
inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    Q_UNUSED(application)
    // A folder deeper than the programs and tests, the fuzzers do not find the .xls reader
    // where they would: it is named to them (tests/fuzz/CMakeLists.txt).
    XlsReader::setProgram(QStringLiteral(DANVAN_XLS_READER));
    check(QFileInfo(XlsReader::program()).isExecutable(), "the .xls reader is built");
}

} // namespace FuzzSupport
