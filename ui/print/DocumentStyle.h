#pragma once

#include "Result.h"

#include <QDate>
#include <QMarginsF>
#include <QString>
#include <QStringList>

class Database;

/// The heading and signature of a printed Party document (Hướng dẫn 36-HD/VPTW): the
/// superior and issuing bodies top left with the number line, "ĐẢNG CỘNG SẢN VIỆT NAM" and
/// the place and date top right, the signature block bottom right and "Nơi nhận:" bottom
/// left. Bodies, symbols, places and names come from the office's settings.
struct DocumentStyle
{
    QString superiorBody; ///< "TỈNH ỦY KIÊN GIANG"
    QString issuingBody; ///< "BAN DÂN VẬN"
    QString number; ///< typed by the clerk for this document: "12"
    QString symbol; ///< "TB/BDVTU"
    QString place; ///< "Kiên Giang"
    QDate date;
    QString signerCapacity; ///< "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", or empty
    QString signerTitle; ///< "PHÓ TRƯỞNG BAN"
    QString signerName;
    QStringList recipients; ///< the lines under "Nơi nhận:"
    QMarginsF marginsMm{30, 20, 15, 20}; ///< left, top, right, bottom

    /// The office's settings as stored in the file.
    static Result<DocumentStyle> fromSettings(Database &database);

    /// "Số 12-TB/BDVTU" (no colon after "Số"); "Số    -TB/BDVTU" while the number is blank.
    QString numberLine() const;
    /// "Kiên Giang, ngày 06 tháng 02 năm 2020": a day below 10 and the months 1 and 2 with a
    /// leading zero, as the rules for Party documents write dates ("ngày 25 tháng 3").
    QString placeAndDate() const;
};
