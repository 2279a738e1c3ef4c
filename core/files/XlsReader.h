#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>

class QIODevice;

/// Reads an Excel 97-2003 workbook (.xls) with libfreexl: every sheet's stored values
/// (text, numbers, dates; a formula's last result). FreeXL gives neither fonts, nor merged
/// cells, nor which sheets are hidden: old encodings in an .xls are told from the text.
/// A workbook protected by a password is refused in words.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    /// `fileName` is only used in messages. FreeXL reads files only: a device that is not a
    /// file is copied to a temporary one first.
    static Result<Workbook> read(QIODevice *device, const QString &fileName);
};
