#include "WorkbookReader.h"

#include "CsvReader.h"
#include "OdsReader.h"
#include "Text.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "ZipParts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace {

const QByteArray CompoundFileMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// An Office file encrypted with a password is a compound file holding these streams.
bool isEncryptedPackage(const QByteArray &head)
{
    const QString name = u"EncryptionInfo"_s;
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return head.contains(utf16);
}

bool hasLegacyBytes(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return true;
    }
    return false;
}

// Counts what each way of reading did on a sheet, for the sentence that names it.
struct Tally
{
    QMap<QString, int> byFont; ///< "TCVN3 (ABC)\tfont" → cells
    int byText = 0;
    int forced = 0;
};

Result<Workbook> readCsv(const QByteArray &data, const QString &fileName,
                         std::optional<LegacyEncoding::Encoding> forced)
{
    const auto decoded = LegacyEncoding::decodeFile(data, forced, fileName);
    if (!decoded)
        return Failure{decoded.error()};
    CsvReader reader(nullptr, fileName);
    reader.loadText(decoded->text);
    Workbook::Sheet sheet;
    sheet.name = QFileInfo(fileName).completeBaseName();
    sheet.encoding = decoded->encodingName;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        // Blank lines are rows too: row numbers follow the file's lines.
        while (sheet.rows.size() < reader.recordLine() - 1)
            sheet.rows.append(QList<Workbook::Cell>());
        QList<Workbook::Cell> row;
        row.reserve(fields.size());
        for (const QString &field : std::as_const(fields)) {
            Workbook::Cell cell;
            if (!field.isEmpty()) {
                cell.type = Workbook::Cell::Type::Text;
                cell.text = field;
            }
            row.append(cell);
        }
        sheet.rows.append(row);
    }
    if (!reader.error().isEmpty())
        return Failure{reader.error()};
    Workbook workbook;
    workbook.format = u"csv"_s;
    workbook.sheets.append(sheet);
    return workbook;
}

} // namespace

Result<Workbook> WorkbookReader::read(const QString &path,
                                      std::optional<LegacyEncoding::Encoding> forced)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("%1 cannot be opened: %2").arg(name, file.errorString())};
    return read(&file, name, forced);
}

Result<Workbook> WorkbookReader::read(QIODevice *device, const QString &fileName,
                                      std::optional<LegacyEncoding::Encoding> forced)
{
    const QByteArray head = device->peek(1 << 16);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Result<Workbook> workbook = Failure{QString()};
    if (head.isEmpty()) {
        return Failure{tr("%1 is empty.").arg(fileName)};
    } else if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        ZipParts zip(device, fileName);
        if (auto opened = zip.open(); !opened)
            return Failure{opened.error()};
        if (zip.contains(u"content.xml"_s) || zip.contains(u"mimetype"_s))
            workbook = OdsReader::read(zip, fileName);
        else if (zip.contains(u"[Content_Types].xml"_s) || zip.contains(u"xl/workbook.xml"_s))
            workbook = XlsxReader::read(zip, fileName);
        else
            return Failure{tr("%1 is a ZIP archive, not a spreadsheet.").arg(fileName)};
    } else if (head.startsWith(CompoundFileMagic)) {
        if (isEncryptedPackage(head)) {
            return Failure{tr("%1 is protected by a password. Open it in the spreadsheet, remove "
                              "the password and save it again.")
                               .arg(fileName)};
        }
        workbook = XlsReader::read(device, fileName);
    } else if (suffix == "xlsx"_L1 || suffix == "xlsm"_L1 || suffix == "ods"_L1
               || suffix == "xls"_L1) {
        return Failure{tr("%1 is damaged: it is not the .%2 workbook its name says. Open it in "
                          "the spreadsheet to see whether it can be repaired.")
                           .arg(fileName, suffix)};
    } else {
        return readCsv(device->readAll(), fileName, forced);
    }
    if (!workbook)
        return workbook;
    decodeText(&workbook.value(), forced);
    return workbook;
}

void WorkbookReader::decodeText(Workbook *workbook, std::optional<LegacyEncoding::Encoding> forced)
{
    using Encoding = LegacyEncoding::Encoding;
    for (Workbook::Sheet &sheet : workbook->sheets) {
        Tally tally;
        // What each font says, worked out once per font. Cells mostly have their
        // neighbour's font: it is looked up again only when it changes, as hashing a string
        // costs more than comparing two names (docs/performance.md, "Results read back").
        QHash<QString, LegacyEncoding::FontEncoding> fonts;
        QString lastFont;
        LegacyEncoding::FontEncoding lastEncoding = LegacyEncoding::ofFont(lastFont);
        const auto fontEncoding = [&](const QString &font) {
            if (font != lastFont) {
                auto it = fonts.constFind(font);
                if (it == fonts.constEnd())
                    it = fonts.insert(font, LegacyEncoding::ofFont(font));
                lastFont = font;
                lastEncoding = *it;
            }
            return lastEncoding;
        };
        // The text of cells whose font says nothing, to guess from when fonts do not tell:
        // a few hundred texts tell as well as all of them.
        constexpr int GuessSample = 400;
        QStringList unfonted;
        if (!forced) {
            for (const QList<Workbook::Cell> &row : std::as_const(sheet.rows)) {
                for (const Workbook::Cell &cell : row) {
                    if (unfonted.size() >= GuessSample)
                        break;
                    if (cell.type == Workbook::Cell::Type::Text && cell.runs.isEmpty()
                        && fontEncoding(cell.font).encoding == Encoding::Unicode
                        && hasLegacyBytes(cell.text))
                        unfonted.append(cell.text);
                }
            }
        }
        const Encoding guessed =
            unfonted.isEmpty() ? Encoding::Unicode : LegacyEncoding::guessLookAlikes(unfonted);

        for (QList<Workbook::Cell> &row : sheet.rows) {
            for (Workbook::Cell &cell : row) {
                if (cell.type != Workbook::Cell::Type::Text)
                    continue;
                if (forced) {
                    const auto text = *forced == Encoding::Unicode
                        ? std::nullopt
                        : LegacyEncoding::fromLookAlikes(cell.text, *forced);
                    if (text) {
                        tally.forced += *text != cell.text;
                        cell.text = *text;
                    }
                } else {
                    // Fonts first: each piece in the font it was typed in.
                    QString text;
                    bool byFont = false;
                    const auto decodeRun = [&](const QString &piece, const QString &font) {
                        const LegacyEncoding::FontEncoding encoding = fontEncoding(font);
                        const auto converted = encoding.encoding == Encoding::Unicode
                            ? std::nullopt
                            : LegacyEncoding::fromLookAlikes(piece, encoding.encoding,
                                                             encoding.capitals);
                        if (converted && *converted != piece) {
                            byFont = true;
                            ++tally.byFont[LegacyEncoding::displayName(encoding.encoding) + u'\t'
                                           + font];
                        }
                        text += converted ? *converted : piece;
                    };
                    if (cell.runs.isEmpty()) {
                        decodeRun(cell.text, cell.font);
                    } else {
                        for (const Workbook::TextRun &run : std::as_const(cell.runs))
                            decodeRun(run.text, run.font.isEmpty() ? cell.font : run.font);
                    }
                    if (byFont) {
                        cell.text = text;
                    } else if (guessed != Encoding::Unicode && hasLegacyBytes(cell.text)) {
                        // Then the text: turned back only where it reads better so.
                        const auto converted = LegacyEncoding::fromLookAlikes(cell.text, guessed);
                        if (converted
                            && LegacyEncoding::plausibility(*converted)
                                > LegacyEncoding::plausibility(cell.text)) {
                            cell.text = *converted;
                            ++tally.byText;
                        }
                    }
                }
                cell.runs.clear();
                cell.text = Text::composed(cell.text);
            }
        }

        // The sheet's name was typed in the encoding its cells were.
        if (!forced || *forced != Encoding::Unicode) {
            Encoding used = forced ? *forced : guessed;
            if (!forced && !tally.byFont.isEmpty()) {
                used =
                    tally.byFont.firstKey().startsWith(LegacyEncoding::displayName(Encoding::Vni))
                    ? Encoding::Vni
                    : Encoding::Tcvn3;
            }
            const auto name = used == Encoding::Unicode
                ? std::nullopt
                : LegacyEncoding::fromLookAlikes(sheet.name, used);
            if (name
                && (forced
                    || LegacyEncoding::plausibility(*name)
                        > LegacyEncoding::plausibility(sheet.name)))
                sheet.name = *name;
        }

        QStringList parts;
        for (auto it = tally.byFont.cbegin(); it != tally.byFont.cend(); ++it) {
            parts.append(tr("%1, by the font %2 (%n cell(s))", nullptr, it.value())
                             .arg(it.key().section(u'\t', 0, 0), it.key().section(u'\t', 1)));
        }
        if (tally.byText > 0) {
            parts.append(tr("%1, told from the text (%n cell(s))", nullptr, tally.byText)
                             .arg(LegacyEncoding::displayName(guessed)));
        }
        if (forced && *forced != Encoding::Unicode) {
            parts.append(tr("%1, as chosen (%n cell(s) changed)", nullptr, tally.forced)
                             .arg(LegacyEncoding::displayName(*forced)));
        }
        sheet.encoding =
            parts.isEmpty() ? LegacyEncoding::displayName(Encoding::Unicode) : parts.join(u"; "_s);
    }
}
