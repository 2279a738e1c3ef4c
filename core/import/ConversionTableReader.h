#pragma once

#include "Reorganisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class CsvReader;

/// Reads the conversion table of 07/2025 (new ← old) as published in CSV: a banner line
/// ("Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,…"), the
/// header (Tỉnh, thành phố; Tên Xã mới; Mã Xã mới; Tên Xã cũ; Mã Xã cũ; Ghi chú;
/// Quận/huyện; Tỉnh cũ), then for each new province a row with only its name in capitals,
/// and one row per old unit that went into a new commune. Provinces and districts carry
/// their codes in brackets ("Tỉnh An Giang (91)", "Huyện Châu Thành (905)"). Names are
/// cleaned of line breaks and stray spaces; notes are read whatever their spelling.
class ConversionTableReader
{
    Q_DECLARE_TR_FUNCTIONS(ConversionTableReader)

public:
    /// True when a file's first record is the table's banner or its header.
    static bool recognises(const QStringList &firstRecord);
    /// Reads the file after its first record (which recognises() accepted). A row that
    /// cannot be read stops the reading with its line and column.
    static Result<Reorganisation> read(CsvReader &reader, const QStringList &firstRecord);
};
