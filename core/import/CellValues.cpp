#include "CellValues.h"

#include "Dates.h"
#include "Money.h"
#include "Text.h"
#include "XlsxReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// The largest count of people taken: more is a typing mistake.
constexpr qint64 MaxCount = 10'000'000;

// Where dd/MM/yyyy has its digits.
constexpr int DayDigits[] = {0, 1, 3, 4, 6, 7, 8, 9};

bool isWhole(double number)
{
    return std::isfinite(number) && number == std::floor(number);
}

QString numberText(double number)
{
    if (isWhole(number) && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

} // namespace

QString CellValues::shown(const Workbook::Cell &cell)
{
    switch (cell.type) {
    case Workbook::Cell::Type::Empty:
        return {};
    case Workbook::Cell::Type::Number:
        return numberText(cell.number);
    case Workbook::Cell::Type::Date:
        return Dates::text(cell.date);
    case Workbook::Cell::Type::Text:
    case Workbook::Cell::Type::Boolean:
    case Workbook::Cell::Type::Error:
        return cell.text;
    }
    return {};
}

Result<QDate> CellValues::date(const QString &input)
{
    const QString text = Text::simplified(input);
    if (text.isEmpty())
        return QDate();
    // The common case first, without regular expressions: dd/MM/yyyy in ASCII digits.
    const auto digit = [&text](int at) {
        return text.at(at) >= u'0' && text.at(at) <= u'9';
    };
    if (text.size() == 10 && text.at(2) == u'/' && text.at(5) == u'/'
        && std::all_of(std::begin(DayDigits), std::end(DayDigits), digit)) {
        const QStringView view(text);
        const QDate date(view.mid(6).toInt(), view.mid(3, 2).toInt(), view.left(2).toInt());
        if (!date.isValid())
            return Failure{tr("“%1”: there is no such day.").arg(text)};
        return date;
    }
    // What offices write around a day: "ngày", a weekday, a time of day, brackets.
    QString key = Text::searchKey(text);
    static const QRegularExpression around(
        u"\\b(ngay|hoi|luc|vao|sang|chieu|toi|thu (hai|ba|tu|nam|sau|bay)|chu nhat)\\b|"
        "\\b\\d{1,2}\\s*(h|gio|:)\\s*(\\d{1,2})?(\\s*phut)?\\b|[(),;]"_s);
    key.replace(around, u" "_s);
    key = key.simplified();
    static const QRegularExpression dayFirst(
        u"^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})$"_s);
    static const QRegularExpression iso(
        u"^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"_s);
    static const QRegularExpression words(
        u"^(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})$"_s);
    int day = 0, month = 0, year = 0;
    if (const auto match = dayFirst.match(key); match.hasMatch()) {
        day = match.captured(1).toInt();
        month = match.captured(2).toInt();
        year = match.captured(3).toInt();
        if (match.captured(3).size() == 2)
            year += year < 50 ? 2000 : 1900;
    } else if (const auto isoMatch = iso.match(key); isoMatch.hasMatch()) {
        year = isoMatch.captured(1).toInt();
        month = isoMatch.captured(2).toInt();
        day = isoMatch.captured(3).toInt();
    } else if (const auto wordsMatch = words.match(key); wordsMatch.hasMatch()) {
        day = wordsMatch.captured(1).toInt();
        month = wordsMatch.captured(2).toInt();
        year = wordsMatch.captured(3).toInt();
    } else {
        return Failure{
            tr("“%1” is not a day; write it as dd/mm/yyyy, for example 20/05/2020.").arg(text)};
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Failure{tr("“%1”: there is no such day.").arg(text)};
    return date;
}

Result<QDate> CellValues::date(const Workbook::Cell &cell)
{
    switch (cell.type) {
    case Workbook::Cell::Type::Empty:
        return QDate();
    case Workbook::Cell::Type::Date:
        return cell.date;
    case Workbook::Cell::Type::Number: {
        // A day's serial number in a cell without a date format: 1955 to 2118.
        const QDate date = XlsxReader::dateFromSerial(cell.number);
        if (cell.number >= 20000 && cell.number < 80000 && date.isValid())
            return date;
        return Failure{tr("“%1” is a number, not a day; write it as dd/mm/yyyy, for example "
                          "20/05/2020.")
                           .arg(numberText(cell.number))};
    }
    case Workbook::Cell::Type::Text:
        return date(cell.text);
    case Workbook::Cell::Type::Boolean:
    case Workbook::Cell::Type::Error:
        break;
    }
    return Failure{
        tr("“%1” is not a day; write it as dd/mm/yyyy, for example 20/05/2020.").arg(cell.text)};
}

Result<qint64> CellValues::count(const Workbook::Cell &cell)
{
    switch (cell.type) {
    case Workbook::Cell::Type::Empty:
        return qint64(-1);
    case Workbook::Cell::Type::Number:
        if (!isWhole(cell.number) || cell.number < 0 || cell.number > MaxCount) {
            return Failure{tr("“%1” is not a number of people; write a whole number, 0 or more.")
                               .arg(numberText(cell.number))};
        }
        return qint64(cell.number);
    case Workbook::Cell::Type::Text: {
        // Figures alone, as a CSV holds them, need none of what follows.
        if (const auto figures = Text::digitsValue(cell.text); figures && *figures <= MaxCount)
            return *figures;
        const QString text = Text::simplified(cell.text);
        if (text.isEmpty())
            return qint64(-1);
        QString key = Text::searchKey(text);
        static const QRegularExpression people(
            u"\\s*(nguoi|dai bieu|dong chi|d/c|dc|ng|dai bieu tham du)\\.?$"_s);
        key.remove(people);
        static const QRegularExpression grouped(u"^\\d{1,3}([., ]\\d{3})+$"_s);
        static const QRegularExpression plain(u"^\\d+$"_s);
        if (plain.match(key).hasMatch() || grouped.match(key).hasMatch()) {
            key.remove(u'.').remove(u',').remove(u' ');
            bool ok = false;
            const qint64 value = key.toLongLong(&ok);
            if (ok && value <= MaxCount)
                return value;
        }
        return Failure{tr("“%1” is not a number of people; write it in figures, for example "
                          "120.")
                           .arg(text)};
    }
    case Workbook::Cell::Type::Date:
    case Workbook::Cell::Type::Boolean:
    case Workbook::Cell::Type::Error:
        break;
    }
    return Failure{tr("“%1” is not a number of people; write it in figures, for example 120.")
                       .arg(shown(cell))};
}

Result<qint64> CellValues::money(const Workbook::Cell &cell)
{
    switch (cell.type) {
    case Workbook::Cell::Type::Empty:
        return qint64(-1);
    case Workbook::Cell::Type::Number:
        if (!isWhole(cell.number) || cell.number < 0 || cell.number > 999'999'999'999'999.0) {
            return Failure{tr("“%1” is not an amount in đồng; write a whole number such as "
                              "1.500.000.")
                               .arg(numberText(cell.number))};
        }
        return qint64(cell.number);
    case Workbook::Cell::Type::Text:
        return Money::parse(cell.text);
    case Workbook::Cell::Type::Date:
    case Workbook::Cell::Type::Boolean:
    case Workbook::Cell::Type::Error:
        break;
    }
    return Failure{tr("“%1” is not an amount in đồng; write a whole number such as 1.500.000.")
                       .arg(shown(cell))};
}

Result<QString> CellValues::text(const Workbook::Cell &cell)
{
    if (cell.type == Workbook::Cell::Type::Error) {
        return Failure{
            tr("The cell holds the error “%1” of a formula, not a value.").arg(cell.text)};
    }
    if (cell.type != Workbook::Cell::Type::Text)
        return shown(cell);
    // Each line evened out; empty lines at the start and the end dropped.
    if (!cell.text.contains(u'\n'))
        return Text::simplified(cell.text);
    QStringList lines;
    for (const QString &line : cell.text.split(u'\n'))
        lines.append(Text::simplified(line));
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}
