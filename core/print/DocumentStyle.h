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
    QString number; ///< typed by the clerk for this document: "12", or "12-TB/BDVTU" whole
    QString symbol; ///< "TB/BDVTU"
    QString place; ///< "Kiên Giang"
    QDate date;
    QString signerCapacity; ///< "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", or empty
    QString signerTitle; ///< "PHÓ TRƯỞNG BAN"
    QString signerName;
    QStringList recipients; ///< the lines under "Nơi nhận:"
    QMarginsF marginsMm{30, 20, 15, 20}; ///< left, top, right, bottom

    /// A line of the heading or of the signature block, and whether it is set in bold.
    struct Line
    {
        QString text;
        bool bold = false;
    };

    /// "ĐẢNG CỘNG SẢN VIỆT NAM", top right, in bold with a rule under it.
    static QString partyName();
    /// "Nơi nhận:", bottom left above the recipients, in bold italics.
    static QString recipientsHeading();
    /// Text in capitals as Vietnamese writes them ("Ban Dân vận" → "BAN DÂN VẬN").
    static QString capitals(const QString &text);

    /// The office's settings as stored in the file.
    static Result<DocumentStyle> fromSettings(Database &database);

    /// "Số 12-TB/BDVTU" (no colon after "Số"); "Số    -TB/BDVTU" while the number is blank.
    /// A number typed with a symbol of its own ("12-TB/BDVTU") is printed as typed.
    QString numberLine() const;
    /// "Kiên Giang, ngày 06 tháng 02 năm 2020": a day below 10 and the months 1 and 2 with a
    /// leading zero, as the rules for Party documents write dates ("ngày 25 tháng 3").
    QString placeAndDate() const;
    /// Top left: the superior body, the issuing body in bold (both in capitals), "*", and
    /// the number line.
    QList<Line> bodyLines() const;
    /// Bottom right: the capacity and title in capitals and in bold, room to sign, and the
    /// signer's name in bold.
    QList<Line> signatureLines() const;
};
