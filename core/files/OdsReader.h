#pragma once

#include "Result.h"
#include "Workbook.h"

#include <QCoreApplication>

class QIODevice;
class ZipParts;

/// Reads an OpenDocument spreadsheet (.ods, LibreOffice's own format) with QuaZip and
/// QXmlStreamReader: every table with its state (hidden or not) and merged cells, each
/// cell's stored value (text, number, date, boolean; a formula's last result) and the font
/// of the cell and of its text pieces. Repeated rows and cells are read once, and empty ones
/// are never laid out.
class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    /// `fileName` is only used in messages.
    static Result<Workbook> read(QIODevice *device, const QString &fileName);
    /// The same, from a container already opened.
    static Result<Workbook> read(ZipParts &zip, const QString &fileName);
};
