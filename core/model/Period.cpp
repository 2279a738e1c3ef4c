#include "Period.h"

#include "Text.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace {

const std::array<const char *, 12> monthNames{{
    QT_TRANSLATE_NOOP("Period", "January"),
    QT_TRANSLATE_NOOP("Period", "February"),
    QT_TRANSLATE_NOOP("Period", "March"),
    QT_TRANSLATE_NOOP("Period", "April"),
    QT_TRANSLATE_NOOP("Period", "May"),
    QT_TRANSLATE_NOOP("Period", "June"),
    QT_TRANSLATE_NOOP("Period", "July"),
    QT_TRANSLATE_NOOP("Period", "August"),
    QT_TRANSLATE_NOOP("Period", "September"),
    QT_TRANSLATE_NOOP("Period", "October"),
    QT_TRANSLATE_NOOP("Period", "November"),
    QT_TRANSLATE_NOOP("Period", "December"),
}};

const std::array<QLatin1StringView, 4> romanQuarters{{"I"_L1, "II"_L1, "III"_L1, "IV"_L1}};

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Four digits, as the parser reads a year and as dayText() writes one: "quý 3-0220" is
// written back "quý III năm 0220", which reads again.
QString yearText(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

QString dayText(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

// Words a directive puts before the period itself: "hoàn thành chậm nhất vào ...".
QString withoutLeadingWords(QString key)
{
    static const std::array<QLatin1StringView, 9> fillers{{
        "hoan thanh "_L1,
        "cham nhat "_L1,
        "to chuc "_L1,
        "du kien "_L1,
        "thoi han "_L1,
        "han "_L1,
        "vao "_L1,
        "trong "_L1,
        "la "_L1,
    }};
    bool removed = true;
    while (removed) {
        removed = false;
        for (const QLatin1StringView filler : fillers) {
            if (key.startsWith(filler)) {
                key.remove(0, filler.size());
                removed = true;
            }
        }
    }
    while (key.endsWith(u'.') || key.endsWith(u';') || key.endsWith(u','))
        key.chop(1);
    return key.trimmed();
}

} // namespace

Period::Period(Kind kind, QDate first, QDate last)
    : m_kind(kind)
    , m_first(first)
    , m_last(last)
{
    m_text = toVietnamese();
}

Period Period::day(QDate date)
{
    return Period(Kind::Day, date, date);
}

Period Period::before(QDate date)
{
    Period period(Kind::Before, QDate(), date.addDays(-1));
    return period;
}

Period Period::tenDays(Kind kind, int year, int month)
{
    const QDate start(year, month, 1);
    switch (kind) {
    case Kind::FirstTenDays:
        return Period(kind, start, QDate(year, month, 10));
    case Kind::MiddleTenDays:
        return Period(kind, QDate(year, month, 11), QDate(year, month, 20));
    case Kind::LastTenDays:
        return Period(kind, QDate(year, month, 21), QDate(year, month, start.daysInMonth()));
    default:
        return {};
    }
}

Period Period::month(int year, int month)
{
    const QDate start(year, month, 1);
    return Period(Kind::Month, start, QDate(year, month, start.daysInMonth()));
}

Period Period::quarter(int year, int quarter)
{
    const QDate start(year, (quarter - 1) * 3 + 1, 1);
    return Period(Kind::Quarter, start, start.addMonths(3).addDays(-1));
}

Period Period::fromStored(const QString &kind, QDate first, QDate last, const QString &text)
{
    static const std::array<std::pair<QLatin1StringView, Kind>, 7> kinds{{
        {"day"_L1, Kind::Day},
        {"before"_L1, Kind::Before},
        {"first10"_L1, Kind::FirstTenDays},
        {"middle10"_L1, Kind::MiddleTenDays},
        {"last10"_L1, Kind::LastTenDays},
        {"month"_L1, Kind::Month},
        {"quarter"_L1, Kind::Quarter},
    }};
    Period period;
    for (const auto &[key, value] : kinds) {
        if (kind == key)
            period.m_kind = value;
    }
    period.m_first = first;
    period.m_last = last;
    period.m_text = text.isEmpty() ? period.toVietnamese() : text;
    return period;
}

QString Period::storageKind() const
{
    switch (m_kind) {
    case Kind::Day:
        return u"day"_s;
    case Kind::Before:
        return u"before"_s;
    case Kind::FirstTenDays:
        return u"first10"_s;
    case Kind::MiddleTenDays:
        return u"middle10"_s;
    case Kind::LastTenDays:
        return u"last10"_s;
    case Kind::Month:
        return u"month"_s;
    case Kind::Quarter:
        return u"quarter"_s;
    }
    return {};
}

QString Period::toVietnamese() const
{
    if (!isValid())
        return {};
    const QString monthYear = QString::number(m_last.month()) + u'-' + yearText(m_last.year());
    switch (m_kind) {
    case Kind::Day:
        return u"ngày "_s + dayText(m_last);
    case Kind::Before:
        return u"trước ngày "_s + dayText(m_last.addDays(1));
    case Kind::FirstTenDays:
        return u"đầu tháng "_s + monthYear;
    case Kind::MiddleTenDays:
        return u"giữa tháng "_s + monthYear;
    case Kind::LastTenDays:
        return u"cuối tháng "_s + monthYear;
    case Kind::Month:
        return u"tháng "_s + monthYear;
    case Kind::Quarter:
        return u"quý "_s + romanQuarters.at((m_last.month() - 1) / 3) + u" năm "_s
            + yearText(m_last.year());
    }
    return {};
}

QString Period::describe() const
{
    if (!isValid())
        return {};
    const QString monthYear = tr("%1 %2", "a month and its year, as in “June 2020”")
                                  .arg(tr(monthNames.at(m_last.month() - 1)))
                                  .arg(m_last.year());
    switch (m_kind) {
    case Kind::Day:
        return tr("by %1").arg(dayText(m_last));
    case Kind::Before:
        return tr("before %1").arg(dayText(m_last.addDays(1)));
    case Kind::FirstTenDays:
        return tr("first ten days of %1").arg(monthYear);
    case Kind::MiddleTenDays:
        return tr("middle ten days of %1").arg(monthYear);
    case Kind::LastTenDays:
        return tr("last ten days of %1").arg(monthYear);
    case Kind::Month:
        return monthYear;
    case Kind::Quarter:
        return tr("quarter %1 of %2")
            .arg(romanQuarters.at((m_last.month() - 1) / 3))
            .arg(m_last.year());
    }
    return {};
}

Result<Period> Period::parse(const QString &text, int defaultYear)
{
    const QString written = Text::simplified(text);
    const QString key = withoutLeadingWords(Text::searchKey(written));

    const auto unreadable = [&written] {
        return Failure{
            tr("“%1” is not a deadline danvan can read. Write it as directives do, for example "
               "“cuối tháng 6-2020”, “đầu tháng 6/2020”, “giữa tháng 9-2020”, “tháng 5/2020”, "
               "“quý II/2020”, “trước ngày 15/10/2020”, “chậm nhất ngày 30/6/2020” or "
               "“30/06/2020”.")
                .arg(written)};
    };
    if (key.isEmpty())
        return Failure{tr("The deadline is empty. Write it as directives do, for example "
                          "“cuối tháng 6-2020” or “30/06/2020”.")};

    // A year follows the month after "-", "/", "." or the word "năm".
    static const QString yearPart = u"(?:\\s*[-/.]\\s*|\\s+nam\\s+)(\\d{4})"_s;
    static const QRegularExpression dayPattern(
        u"^(?:(truoc) )?(?:ngay )?(?:(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?:\\s*[-/.]\\s*(\\d{4}))?"
        "|(\\d{1,2}) thang (\\d{1,2})(?: nam (\\d{4}))?|(\\d{4})-(\\d{1,2})-(\\d{1,2}))$"_s);
    static const QRegularExpression tenDaysPattern(
        u"^(?:10 ngay )?(dau|giua|cuoi|thuong tuan|trung tuan|ha tuan) thang (\\d{1,2})(?:"_s
        + yearPart + u")?$"_s);
    static const QRegularExpression monthPattern(u"^thang (\\d{1,2})(?:"_s + yearPart + u")?$"_s);
    static const QRegularExpression quarterPattern(u"^quy (i|ii|iii|iv|1|2|3|4)(?:"_s + yearPart
                                                   + u")?$"_s);

    const auto yearOf = [defaultYear](const QString &captured) {
        return captured.isEmpty() ? defaultYear : captured.toInt();
    };
    const auto noYear = [&written] {
        return Failure{tr("“%1” has no year. Add it, as in “cuối tháng 6-2020”.").arg(written)};
    };
    const auto badMonth = [&written](int month) {
        return Failure{
            tr("“%1”: there is no month %2. Months run from 1 to 12.").arg(written).arg(month)};
    };

    Result<Period> result = unreadable();
    if (const auto dayMatch = dayPattern.match(key); dayMatch.hasMatch()) {
        int day = 0, month = 0, year = 0;
        if (dayMatch.capturedLength(2) > 0) {
            day = dayMatch.captured(2).toInt();
            month = dayMatch.captured(3).toInt();
            year = yearOf(dayMatch.captured(4));
        } else if (dayMatch.capturedLength(5) > 0) {
            day = dayMatch.captured(5).toInt();
            month = dayMatch.captured(6).toInt();
            year = yearOf(dayMatch.captured(7));
        } else {
            year = dayMatch.captured(8).toInt();
            month = dayMatch.captured(9).toInt();
            day = dayMatch.captured(10).toInt();
        }
        if (year == 0)
            return noYear();
        const QDate date(year, month, day);
        if (!date.isValid()) {
            return Failure{tr("“%1”: the day %2/%3/%4 does not exist.")
                               .arg(written, twoDigits(day), twoDigits(month))
                               .arg(year)};
        }
        result = dayMatch.capturedLength(1) > 0 ? before(date) : Period::day(date);
    } else if (const auto tenMatch = tenDaysPattern.match(key); tenMatch.hasMatch()) {
        const QString part = tenMatch.captured(1);
        const int month = tenMatch.captured(2).toInt();
        const int year = yearOf(tenMatch.captured(3));
        if (month < 1 || month > 12)
            return badMonth(month);
        if (year == 0)
            return noYear();
        Kind kind = Kind::LastTenDays;
        if (part == "dau"_L1 || part == "thuong tuan"_L1)
            kind = Kind::FirstTenDays;
        else if (part == "giua"_L1 || part == "trung tuan"_L1)
            kind = Kind::MiddleTenDays;
        result = tenDays(kind, year, month);
    } else if (const auto monthMatch = monthPattern.match(key); monthMatch.hasMatch()) {
        const int month = monthMatch.captured(1).toInt();
        const int year = yearOf(monthMatch.captured(2));
        if (month < 1 || month > 12)
            return badMonth(month);
        if (year == 0)
            return noYear();
        result = Period::month(year, month);
    } else if (const auto quarterMatch = quarterPattern.match(key); quarterMatch.hasMatch()) {
        static const QStringList numbers{u"i"_s, u"ii"_s, u"iii"_s, u"iv"_s};
        const QString q = quarterMatch.captured(1);
        const int quarterNumber = q.at(0).isDigit() ? q.toInt() : int(numbers.indexOf(q)) + 1;
        const int year = yearOf(quarterMatch.captured(2));
        if (year == 0)
            return noYear();
        result = quarter(year, quarterNumber);
    }
    if (result.ok())
        result.value().m_text = written;
    return result;
}

Result<Period> Period::shiftedByYears(int years) const
{
    if (!isValid())
        return Period();
    // Four-digit years only: day and month numbers are never four digits long.
    static const QRegularExpression yearPattern(u"(?<![0-9])(1[89][0-9]{2}|2[0-9]{3})(?![0-9])"_s);
    QString shifted;
    qsizetype from = 0;
    auto matches = yearPattern.globalMatch(m_text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        shifted += QStringView(m_text).mid(from, match.capturedStart() - from);
        shifted += QString::number(match.captured(1).toInt() + years);
        from = match.capturedEnd();
    }
    shifted += QStringView(m_text).mid(from);
    return parse(shifted, m_last.year() + years);
}
