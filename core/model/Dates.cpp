#include "Dates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Dates::text(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString Dates::isoText(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[10] = {
        char16_t(u'0' + year / 1000),
        char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10),
        char16_t(u'0' + year % 10),
        u'-',
        char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10),
        u'-',
        char16_t(u'0' + day / 10),
        char16_t(u'0' + day % 10),
    };
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

Result<QDate> Dates::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    int day = 0, month = 0, year = 0;
    if (const auto match = dayFirst.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
    } else if (const auto isoMatch = iso.match(text); isoMatch.hasMatch()) {
        year = isoMatch.captured(1).toInt();
        month = isoMatch.captured(2).toInt();
        day = isoMatch.captured(3).toInt();
    } else {
        return Failure{
            tr("“%1” is not a date; write it as dd/mm/yyyy, for example 20/05/2020.").arg(text)};
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Failure{tr("“%1”: there is no such day.").arg(text)};
    return date;
}
