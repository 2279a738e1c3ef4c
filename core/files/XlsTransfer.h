#pragma once

#include "Workbook.h"

#include <QByteArray>
#include <QtGlobal>

#include <optional>

/// What danvan-xls-reader sends back to XlsReader on its standard output: how the reading
/// ended and, when it succeeded, the workbook's sheets of text, numbers and dates (all an
/// .xls gives through libfreexl). A versioned QDataStream with a closing mark, so that an
/// output cut short by a crash is never taken for a workbook.
namespace XlsTransfer {

/// How the reading ended; XlsReader says each one to the user in words.
enum class Outcome : quint8 {
    Read, ///< the workbook follows
    NotXls, ///< damaged, or not an Excel 97-2003 workbook
    Encrypted, ///< protected by a password
    OutOfMemory, ///< libfreexl ran out of memory
    TooManyCells, ///< more than XlsxReader::MaxCells cells
    NoSheet, ///< read, but without a sheet
};

QByteArray encode(Outcome outcome, const Workbook &workbook = {});

struct Decoded
{
    Outcome outcome = Outcome::NotXls;
    Workbook workbook; ///< format "xls"; sheets only when outcome is Read
};

/// Nothing when the bytes are not a whole message: a wrong start, an unknown outcome or
/// cell type, a workbook read without a sheet (the reader says NoSheet), a date cell
/// without a day, a count larger than the bytes left, no closing mark.
std::optional<Decoded> decode(const QByteArray &bytes);

} // namespace XlsTransfer
