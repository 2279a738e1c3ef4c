#pragma once

#include "Workbook.h"
#include "XlsTransfer.h"

/// Reads an Excel 97-2003 workbook (.xls) with libfreexl: every sheet's stored values (text,
/// numbers, dates; a formula's last result). FreeXL gives neither fonts, nor merged cells,
/// nor which sheets are hidden: old encodings in an .xls are told from the text.
///
/// Only danvan-xls-reader runs this. libfreexl 1.0.6 reads past its buffers on some damaged
/// files, so it never runs inside the window or danvan-cli: XlsReader starts that program
/// and a crash there is a refused file, not a lost session.
namespace FreeXlWorkbook {

/// The file at `path` (in the file system's encoding) into `workbook`.
XlsTransfer::Outcome read(const char *path, Workbook *workbook);

} // namespace FreeXlWorkbook
