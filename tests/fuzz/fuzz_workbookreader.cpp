// libFuzzer target: a spreadsheet file that a unit sent back, read and then previewed as
// results against the Kiên Giang example (and, when it can be, applied inside a transaction
// that is rolled back). An input that begins with "X" gives the XML parts of an .xlsx
// (workbook, sheet, shared strings, styles, separated by "\n====\n") and one that begins
// with "O" those of an .ods (content, styles), so that the XML readers are reached without
// a ZIP container whose checksums a mutation would break; one that begins with "T" is what
// danvan-xls-reader sends back (XlsTransfer); any other input is read as a file (.xlsx,
// .ods, .xls or text, told by its contents; an .xls through danvan-xls-reader).
#include "Database.h"
#include "ExampleData.h"
#include "FuzzSupport.h"
#include "OdsReader.h"
#include "ResultsImport.h"
#include "Transaction.h"
#include "WorkbookReader.h"
#include "XlsTransfer.h"
#include "XlsxReader.h"
#include "ZipParts.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Database database;
};

Fixture *fixture = nullptr;

Result<Workbook> readParts(char kind, const QByteArray &input)
{
    const QList<QByteArray> pieces =
        QByteArray(input).replace("\n====\n", QByteArray(1, '\x1e')).split('\x1e');
    QHash<QString, QByteArray> parts;
    if (kind == 'X') {
        parts.insert(QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"));
        parts.insert(QStringLiteral("_rels/.rels"),
                     "<Relationships><Relationship Id=\"rId1\" Type=\"x/officeDocument\" "
                     "Target=\"xl/workbook.xml\"/></Relationships>");
        parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
                     "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                     "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
                     "Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship "
                     "Id=\"rId3\" Type=\"x/styles\" Target=\"/xl/styles.xml\"/></Relationships>");
        const char *names[] = {"xl/workbook.xml", "xl/worksheets/sheet1.xml",
                               "xl/sharedStrings.xml", "xl/styles.xml"};
        for (int i = 0; i < 4 && i < pieces.size(); ++i)
            parts.insert(QString::fromLatin1(names[i]), pieces.at(i));
        ZipParts zip(parts, QStringLiteral("fuzz.xlsx"));
        return XlsxReader::read(zip, QStringLiteral("fuzz.xlsx"));
    }
    parts.insert(QStringLiteral("mimetype"),
                 QByteArray("application/vnd.oasis.opendocument.spreadsheet"));
    const char *names[] = {"content.xml", "styles.xml"};
    for (int i = 0; i < 2 && i < pieces.size(); ++i)
        parts.insert(QString::fromLatin1(names[i]), pieces.at(i));
    ZipParts zip(parts, QStringLiteral("fuzz.ods"));
    return OdsReader::read(zip, QStringLiteral("fuzz.ods"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    // Never freed: libFuzzer exits from inside its loop.
    fixture = new Fixture;
    FuzzSupport::check(fixture->dir.isValid(), "a temporary folder");
    if (auto opened = fixture->database.open(fixture->dir.filePath(QStringLiteral("fuzz.sqlite")),
                                             Database::OpenMode::CreateIfMissing);
        !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        std::abort();
    }
    if (auto built = ExampleData::build(fixture->database); !built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.error()));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<Workbook> workbook = Failure{QString()};
    if (!bytes.isEmpty() && (bytes.at(0) == 'X' || bytes.at(0) == 'O')) {
        workbook = readParts(bytes.at(0), bytes.mid(1));
        if (workbook)
            WorkbookReader::decodeText(&workbook.value(), std::nullopt);
    } else if (!bytes.isEmpty() && bytes.at(0) == 'T') {
        const auto decoded = XlsTransfer::decode(bytes.mid(1));
        if (!decoded || decoded->outcome != XlsTransfer::Outcome::Read)
            return 0;
        workbook = decoded->workbook;
        WorkbookReader::decodeText(&workbook.value(), std::nullopt);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        workbook = WorkbookReader::read(&buffer, QStringLiteral("fuzz"));
    }
    if (!workbook) {
        FuzzSupport::check(!workbook.error().isEmpty(), "a refused file says why");
        return 0;
    }
    FuzzSupport::check(!workbook->sheets.isEmpty(), "a workbook read has a sheet");
    for (const Workbook::Sheet &sheet : workbook->sheets) {
        FuzzSupport::check(!sheet.encoding.isEmpty(), "each sheet names its encoding");
        for (const QList<Workbook::Cell> &row : sheet.rows) {
            for (const Workbook::Cell &cell : row) {
                FuzzSupport::check(cell.runs.isEmpty(), "text is turned into Unicode whole");
                if (cell.type == Workbook::Cell::Type::Date)
                    FuzzSupport::check(cell.date.isValid(), "a date cell holds a day");
                if (cell.type == Workbook::Cell::Type::Text)
                    FuzzSupport::check(cell.text
                                           == cell.text.normalized(QString::NormalizationForm_C),
                                       "text is NFC");
            }
        }
        for (const Workbook::Range &range : sheet.merged) {
            FuzzSupport::check(range.firstRow <= range.lastRow
                                   && range.firstColumn <= range.lastColumn,
                               "merged ranges are ordered");
        }
    }

    Database &database = fixture->database;
    const auto preview = ResultsImport(database).preview({{QStringLiteral("fuzz"), workbook}}, {});
    FuzzSupport::check(preview.ok(), "a workbook read can always be previewed");
    FuzzSupport::check(preview->counts().fileErrors <= 1, "one file, at most one error");
    for (const ResultsPreview::File &file : preview->files) {
        for (const ResultsPreview::Sheet &sheet : file.sheets) {
            for (const ResultsPreview::Row &row : sheet.rows)
                FuzzSupport::check(row.unitId > 0, "a row matched has its unit");
        }
    }
    if (preview->canApply(true)) {
        Transaction outer(database);
        FuzzSupport::check(outer.begin().ok(), "the outer transaction begins");
        const auto written = ResultsImport::write(database, ResultsImport::edits(*preview));
        Q_UNUSED(written) // a value the checks refuse fails here, in words
        outer.rollback();
        FuzzSupport::check(!database.inTransaction(), "the rollback ends the transaction");
    }
    return 0;
}
