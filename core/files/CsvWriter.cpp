#include "CsvWriter.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Cells are appended to one text buffer, without a string of their own: a national table has
// hundreds of thousands of them, and building each cell apart cost more than the rest.

void appendDigits(char16_t *at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The day as QDate::toString() writes it with "dd/MM/yyyy" or "yyyy-MM-dd" (Gregorian, ASCII
// digits), written by hand: QDate::toString() goes through the locale machinery, which made
// dates the most expensive cells. Years outside 1..9999 are left to QDate.
void appendDate(QString &out, QDate date, CsvWriter::DateStyle style)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    const bool iso = style == CsvWriter::DateStyle::Iso;
    if (year < 1 || year > 9999) {
        out += date.toString(iso ? u"yyyy-MM-dd"_s : u"dd/MM/yyyy"_s);
        return;
    }
    char16_t text[10];
    if (iso) {
        appendDigits(text, year, 4);
        text[4] = u'-';
        appendDigits(text + 5, month, 2);
        text[7] = u'-';
        appendDigits(text + 8, day, 2);
    } else {
        appendDigits(text, day, 2);
        text[2] = u'/';
        appendDigits(text + 3, month, 2);
        text[5] = u'/';
        appendDigits(text + 6, year, 4);
    }
    out.append(reinterpret_cast<const QChar *>(text), 10);
}

// As QString::number(value), for a value of 0 or more.
void appendNumber(QString &out, qint64 value)
{
    char16_t text[20];
    int at = 20;
    auto magnitude = quint64(value);
    do {
        text[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    out.append(reinterpret_cast<const QChar *>(text + at), 20 - at);
}

// `text` in double quotes, its own double quotes doubled (RFC 4180), with the apostrophe in
// front when a spreadsheet would run it as a formula.
void appendQuoted(QString &out, const QString &text, bool guard)
{
    const qsizetype quotes = text.count(u'"');
    const qsizetype start = out.size();
    out.resize(start + text.size() + quotes + (guard ? 3 : 2));
    QChar *to = out.data() + start;
    *to++ = u'"';
    if (guard)
        *to++ = u'\'';
    if (quotes == 0) {
        std::copy(text.cbegin(), text.cend(), to);
        to += text.size();
    } else {
        for (const QChar ch : text) {
            if (ch == u'"')
                *to++ = u'"';
            *to++ = ch;
        }
    }
    *to = u'"';
}

void appendCell(QString &out, const QVariant &value, ReportColumn::Type type,
                CsvWriter::DateStyle dates)
{
    switch (type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Money: {
        if (!value.isValid() || value.isNull())
            return;
        // Negative means "not known" (ReportDocument.h), as in XLSX and in print.
        const qint64 number = value.toLongLong();
        if (number >= 0)
            appendNumber(out, number);
        return;
    }
    case ReportColumn::Type::Date: {
        const QDate date = value.toDate();
        if (date.isValid())
            appendDate(out, date, dates);
        return;
    }
    case ReportColumn::Type::Text:
    case ReportColumn::Type::Code:
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return;
    // Every text is quoted, so that Excel keeps codes such as "01" as they are when the
    // clerk imports with "text" columns, and separators inside names are harmless.
    appendQuoted(out, text, CsvWriter::looksLikeFormula(text));
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

bool CsvWriter::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

QString CsvWriter::quoted(const QString &text) const
{
    QString result;
    result.reserve(text.size() + 2);
    appendQuoted(result, text, false);
    return result;
}

QString CsvWriter::cellText(const QVariant &value, ReportColumn::Type type) const
{
    QString text;
    appendCell(text, value, type, m_dateStyle);
    return text;
}

Result<void> CsvWriter::write(const ReportPart &part)
{
    const auto fail = [this] {
        return Failure{tr("The file could not be written: %1").arg(m_device->errorString())};
    };
    if (m_device->pos() == 0 && m_device->write("\xEF\xBB\xBF", 3) != 3)
        return fail();
    // Written in blocks, as it goes: the table is never held here whole. A block ends with a
    // whole line, so converting it to UTF-8 at once gives the same bytes as line by line.
    constexpr qsizetype blockSize = 1 << 15;
    QString text;
    text.reserve(blockSize + 4096);
    const auto flush = [&] {
        const QByteArray bytes = text.toUtf8();
        text.resize(0);
        return m_device->write(bytes) == bytes.size();
    };
    for (int i = 0; i < part.columns.size(); ++i) {
        if (i > 0)
            text += m_delimiter;
        appendCell(text, part.columns.at(i).header, ReportColumn::Type::Text, m_dateStyle);
    }
    text += u"\r\n"_s;
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        // Group headings are for print; in a spreadsheet the columns say the same.
        if (row.kind == ReportRow::Kind::Group)
            continue;
        for (int i = 0; i < part.columns.size(); ++i) {
            if (i > 0)
                text += m_delimiter;
            if (i < row.cells.size())
                appendCell(text, row.cells.at(i), part.columns.at(i).type, m_dateStyle);
        }
        text += u"\r\n"_s;
        if (text.size() >= blockSize && !flush())
            return fail();
    }
    if (!text.isEmpty() && !flush())
        return fail();
    return {};
}
