#include "XlsTransfer.h"

#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Start = 0x64764C53; // "dvLS"
constexpr quint32 Version = 1;
constexpr quint32 End = 0x454E4421; // "END!"
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

using Type = Workbook::Cell::Type;

// A count read from the stream, believable only if each item can still take a byte.
bool readCount(QDataStream &in, const QByteArray &bytes, quint32 *count)
{
    in >> *count;
    return in.status() == QDataStream::Ok && qint64(*count) <= bytes.size() - in.device()->pos();
}

} // namespace

QByteArray XlsTransfer::encode(Outcome outcome, const Workbook &workbook)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << Start << Version << quint8(outcome);
    if (outcome == Outcome::Read) {
        out << quint32(workbook.sheets.size());
        for (const Workbook::Sheet &sheet : workbook.sheets) {
            out << sheet.name << quint32(sheet.rows.size());
            for (const QList<Workbook::Cell> &row : sheet.rows) {
                out << quint32(row.size());
                for (const Workbook::Cell &cell : row) {
                    out << quint8(cell.type);
                    switch (cell.type) {
                    case Type::Number:
                        out << cell.number;
                        break;
                    case Type::Date:
                        out << cell.date.toJulianDay();
                        break;
                    case Type::Empty:
                        break;
                    case Type::Text:
                    case Type::Boolean:
                    case Type::Error:
                        out << cell.text;
                        break;
                    }
                }
            }
        }
    }
    out << End;
    return bytes;
}

std::optional<XlsTransfer::Decoded> XlsTransfer::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(StreamVersion);
    quint32 start = 0;
    quint32 version = 0;
    quint8 outcome = 0;
    in >> start >> version >> outcome;
    if (in.status() != QDataStream::Ok || start != Start || version != Version
        || outcome > quint8(Outcome::NoSheet))
        return std::nullopt;

    Decoded decoded;
    decoded.outcome = Outcome(outcome);
    decoded.workbook.format = u"xls"_s;
    if (decoded.outcome == Outcome::Read) {
        quint32 sheets = 0;
        if (!readCount(in, bytes, &sheets) || sheets == 0)
            return std::nullopt;
        decoded.workbook.sheets.reserve(sheets);
        for (quint32 s = 0; s < sheets; ++s) {
            Workbook::Sheet sheet;
            quint32 rows = 0;
            in >> sheet.name;
            if (!readCount(in, bytes, &rows))
                return std::nullopt;
            sheet.rows.reserve(rows);
            for (quint32 r = 0; r < rows; ++r) {
                quint32 cells = 0;
                if (!readCount(in, bytes, &cells))
                    return std::nullopt;
                QList<Workbook::Cell> row(cells);
                for (Workbook::Cell &cell : row) {
                    quint8 type = 0;
                    in >> type;
                    if (type > quint8(Type::Error))
                        return std::nullopt;
                    cell.type = Type(type);
                    switch (cell.type) {
                    case Type::Number:
                        in >> cell.number;
                        break;
                    case Type::Date: {
                        qint64 day = 0;
                        in >> day;
                        cell.date = QDate::fromJulianDay(day);
                        if (!cell.date.isValid())
                            return std::nullopt;
                        break;
                    }
                    case Type::Empty:
                        break;
                    case Type::Text:
                    case Type::Boolean:
                    case Type::Error:
                        in >> cell.text;
                        break;
                    }
                }
                if (in.status() != QDataStream::Ok)
                    return std::nullopt;
                sheet.rows.append(std::move(row));
            }
            decoded.workbook.sheets.append(std::move(sheet));
        }
    }
    quint32 end = 0;
    in >> end;
    if (in.status() != QDataStream::Ok || end != End || !in.atEnd())
        return std::nullopt;
    return decoded;
}
