#pragma once

#include "LegacyEncoding.h"
#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>

#include <optional>

class QIODevice;

/// Reads a spreadsheet file of any format offices send (.xlsx, .ods, .xls, or a CSV or
/// tab-separated text), told by its contents rather than its name, and returns its text in
/// Unicode: text typed in a TCVN3 or VNI font is turned back from its look-alike characters,
/// by the cell's font first and otherwise by the text itself; a text file's encoding is
/// detected (UTF-8 with or without a byte-order mark, UTF-16, Windows-1258, TCVN3, VNI).
/// The encoding used is named on each sheet; `forced` chooses it instead.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    static Result<Workbook> read(const QString &path,
                                 std::optional<LegacyEncoding::Encoding> forced = std::nullopt);
    /// `fileName` is only used in messages.
    static Result<Workbook> read(QIODevice *device, const QString &fileName,
                                 std::optional<LegacyEncoding::Encoding> forced = std::nullopt);

    /// Turns every text cell of a workbook read as stored into Unicode, as read() does.
    static void decodeText(Workbook *workbook, std::optional<LegacyEncoding::Encoding> forced);
};
