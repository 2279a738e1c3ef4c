#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>

class QIODevice;

/// Reads an Excel 97-2003 workbook (.xls) through danvan-xls-reader, a program of its own
/// that reads it with libfreexl (see FreeXlWorkbook) and sends the sheets back. libfreexl
/// reads past its buffers on some damaged files: in a process of its own, such a file is
/// refused in words and the window goes on. A workbook protected by a password is refused
/// in words too.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    /// How long the reader may take before the file is taken for damaged.
    static constexpr int DefaultTimeoutMs = 120'000;

    /// `fileName` is only used in messages. The reader reads files only: a device that is not
    /// a file is copied to a temporary one first.
    static Result<Workbook> read(QIODevice *device, const QString &fileName);

    /// The reader that read() runs: libexec/danvan/danvan-xls-reader beside the program's
    /// bin folder, installed or in the build tree. Empty if there is none.
    static QString program();

    /// For tests: run `path` in the reader's place (empty: the reader again), giving it
    /// `timeoutMs`.
    static void setProgram(const QString &path, int timeoutMs = DefaultTimeoutMs);

private:
    static QString notStarted(const QString &fileName, const QString &why);
};
