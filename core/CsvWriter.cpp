#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

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
    QString result = text;
    result.replace(u'"', u"\"\""_s);
    return u'"' + result + u'"';
}

QString CsvWriter::cellText(const QVariant &value, ReportColumn::Type type) const
{
    switch (type) {
    case ReportColumn::Type::Integer:
    case ReportColumn::Type::Money: {
        if (!value.isValid() || value.isNull())
            return {};
        const qint64 number = value.toLongLong();
        return number < 0 && type == ReportColumn::Type::Money ? QString()
                                                               : QString::number(number);
    }
    case ReportColumn::Type::Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return {};
        return date.toString(m_dateStyle == DateStyle::Iso ? u"yyyy-MM-dd"_s : u"dd/MM/yyyy"_s);
    }
    case ReportColumn::Type::Text:
    case ReportColumn::Type::Code:
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    // Every text is quoted, so that Excel keeps codes such as "01" as they are when the
    // clerk imports with "text" columns, and separators inside names are harmless.
    return quoted(looksLikeFormula(text) ? u'\'' + text : text);
}

Result<void> CsvWriter::write(const ReportPart &part)
{
    const auto fail = [this] {
        return Failure{tr("The file could not be written: %1").arg(m_device->errorString())};
    };
    if (m_device->pos() == 0 && m_device->write("\xEF\xBB\xBF", 3) != 3)
        return fail();
    QString line;
    for (int i = 0; i < part.columns.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += cellText(part.columns.at(i).header, ReportColumn::Type::Text);
    }
    line += u"\r\n"_s;
    QByteArray buffer = line.toUtf8();
    for (int r = 0; r < part.rowCount; ++r) {
        const ReportRow row = part.row(r);
        // Group headings are for print; in a spreadsheet the columns say the same.
        if (row.kind == ReportRow::Kind::Group)
            continue;
        line.clear();
        for (int i = 0; i < part.columns.size(); ++i) {
            if (i > 0)
                line += m_delimiter;
            line += cellText(row.cells.value(i), part.columns.at(i).type);
        }
        line += u"\r\n"_s;
        buffer += line.toUtf8();
        // Written in blocks, as it goes: the table is never held here whole.
        if (buffer.size() >= 1 << 16) {
            if (m_device->write(buffer) != buffer.size())
                return fail();
            buffer.clear();
        }
    }
    if (!buffer.isEmpty() && m_device->write(buffer) != buffer.size())
        return fail();
    return {};
}
