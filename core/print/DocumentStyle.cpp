#include "DocumentStyle.h"

#include "OfficeSettings.h"

#include <QLocale>

using namespace Qt::StringLiterals;

Result<DocumentStyle> DocumentStyle::fromSettings(Database &database)
{
    const auto read = OfficeSettings::read(database);
    if (!read)
        return Failure{read.error()};
    const OfficeSettings &settings = *read;
    DocumentStyle style;
    style.superiorBody = settings.value(OfficeSettings::SuperiorBody);
    style.issuingBody = settings.value(OfficeSettings::IssuingBody);
    style.symbol = settings.value(OfficeSettings::DocumentSymbol);
    style.place = settings.value(OfficeSettings::Place);
    style.signerCapacity = settings.value(OfficeSettings::SignerCapacity);
    style.signerTitle = settings.value(OfficeSettings::SignerTitle);
    style.signerName = settings.value(OfficeSettings::SignerName);
    style.recipients = settings.value(OfficeSettings::Recipients).split(u'\n', Qt::SkipEmptyParts);
    style.marginsMm = QMarginsF(
        settings.value(OfficeSettings::MarginLeft), settings.value(OfficeSettings::MarginTop),
        settings.value(OfficeSettings::MarginRight), settings.value(OfficeSettings::MarginBottom));
    return style;
}

QString DocumentStyle::numberLine() const
{
    // Fixed Vietnamese: the format of Party documents, whatever the window's language.
    const QString shownNumber = number.isEmpty() ? u"    "_s : number;
    // A number typed with its symbol ("12-TB/BDVTU", or another document's "12-KH/BDVTU") is
    // printed as typed: the symbol is not added twice.
    if (symbol.isEmpty() || number.contains(u'-') || number.contains(u'/'))
        return u"Số %1"_s.arg(shownNumber);
    return u"Số %1-%2"_s.arg(shownNumber, symbol);
}

QString DocumentStyle::placeAndDate() const
{
    // A day below 10, and the months 1 and 2, take a leading zero; other months do not
    // ("ngày 05 tháng 3", "ngày 06 tháng 02").
    const QString month =
        date.month() <= 2 ? u"0%1"_s.arg(date.month()) : QString::number(date.month());
    const QString day = u"ngày %1 tháng %2 năm %3"_s.arg(date.day(), 2, 10, QLatin1Char('0'))
                            .arg(month)
                            .arg(date.year());
    return place.isEmpty() ? day : u"%1, %2"_s.arg(place, day);
}

// The words of the document are fixed Vietnamese: the format of Party documents, whatever
// the window's language.
QString DocumentStyle::partyName()
{
    return u"ĐẢNG CỘNG SẢN VIỆT NAM"_s;
}

QString DocumentStyle::recipientsHeading()
{
    return u"Nơi nhận:"_s;
}

QString DocumentStyle::capitals(const QString &text)
{
    return QLocale(QLocale::Vietnamese).toUpper(text);
}

QList<DocumentStyle::Line> DocumentStyle::bodyLines() const
{
    QList<Line> lines;
    if (!superiorBody.isEmpty())
        lines.append({capitals(superiorBody), false});
    if (!issuingBody.isEmpty())
        lines.append({capitals(issuingBody), true});
    lines.append({u"*"_s, false});
    lines.append({numberLine(), false});
    return lines;
}

QList<DocumentStyle::Line> DocumentStyle::signatureLines() const
{
    QList<Line> lines;
    if (!signerCapacity.isEmpty())
        lines.append({capitals(signerCapacity), true});
    if (!signerTitle.isEmpty())
        lines.append({capitals(signerTitle), true});
    // Room for the signature and the seal.
    for (int i = 0; i < 3; ++i)
        lines.append({QString(), false});
    lines.append({signerName, true});
    return lines;
}
