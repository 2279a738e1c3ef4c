#include "FreeXlWorkbook.h"

#include "XlsxReader.h"

#include <freexl.h>

using namespace Qt::StringLiterals;
using Outcome = XlsTransfer::Outcome;

namespace {

// Closes the FreeXL handle however the reading ends.
class Handle
{
public:
    ~Handle()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    const void **address() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

} // namespace

XlsTransfer::Outcome FreeXlWorkbook::read(const char *path, Workbook *workbook)
{
    Handle handle;
    const int opened = freexl_open(path, handle.address());
    if (opened != FREEXL_OK)
        return opened == FREEXL_INSUFFICIENT_MEMORY ? Outcome::OutOfMemory : Outcome::NotXls;
    unsigned int info = 0;
    // FreeXL opens an encrypted workbook without giving a handle to it.
    if (!handle.get()
        || (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK
            && info == FREEXL_BIFF_OBFUSCATED)) {
        return Outcome::Encrypted;
    }
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        sheetCount = 0;

    qint64 cells = 0;
    for (unsigned int index = 0; index < sheetCount && index < 0xFFFF; ++index) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle.get(), static_cast<unsigned short>(index), &name)
                != FREEXL_OK
            || freexl_select_active_worksheet(handle.get(), static_cast<unsigned short>(index))
                != FREEXL_OK)
            continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle.get(), &rows, &columns) != FREEXL_OK)
            continue;
        Workbook::Sheet sheet;
        sheet.name = name ? QString::fromUtf8(name) : u"Sheet%1"_s.arg(index + 1);
        for (unsigned int r = 0; r < rows; ++r) {
            QList<Workbook::Cell> row;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.get(), r, c, &value) != FREEXL_OK)
                    continue;
                Workbook::Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = Workbook::Cell::Type::Number;
                    cell.number = value.value.int_value;
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = Workbook::Cell::Type::Number;
                    cell.number = value.value.double_value;
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_TIME:
                    cell.type = Workbook::Cell::Type::Text;
                    cell.text = QString::fromUtf8(value.value.text_value);
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME: {
                    const QString text = QString::fromUtf8(value.value.text_value);
                    cell.date = QDate::fromString(text.left(10), Qt::ISODate);
                    cell.type = cell.date.isValid() ? Workbook::Cell::Type::Date
                                                    : Workbook::Cell::Type::Text;
                    if (!cell.date.isValid())
                        cell.text = text;
                    break;
                }
                default:
                    break;
                }
                if (cell.type == Workbook::Cell::Type::Empty)
                    continue;
                if (++cells > XlsxReader::MaxCells) {
                    return Outcome::TooManyCells;
                }
                if (row.size() <= c)
                    row.resize(c + 1);
                row[c] = std::move(cell);
            }
            if (!row.isEmpty()) {
                while (sheet.rows.size() < qsizetype(r))
                    sheet.rows.append(QList<Workbook::Cell>());
                sheet.rows.append(std::move(row));
            }
        }
        workbook->sheets.append(std::move(sheet));
    }
    return workbook->sheets.isEmpty() ? Outcome::NoSheet : Outcome::Read;
}
