#pragma once

#include "Reorganisation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class CsvReader;

/// Reads the list of new communes of 07/2025 as published in CSV: no header; for each
/// province a row with its name in capitals in the second field (", TỈNH AN GIANG,,"), then
/// one row per commune: code, name (often with a leading space), province name
/// ("30898, Xã Bình An,Tỉnh An Giang,"). Provinces are named, not coded: the importer finds
/// them among the provinces in force.
class CommuneListReader
{
    Q_DECLARE_TR_FUNCTIONS(CommuneListReader)

public:
    /// True when a file's first record is a province row or a commune row of the list.
    static bool recognises(const QStringList &firstRecord);
    /// Reads the whole file, its first record included.
    static Result<Reorganisation> read(CsvReader &reader, const QStringList &firstRecord);
};
