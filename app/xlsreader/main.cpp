// danvan-xls-reader FILE: reads an Excel 97-2003 workbook with libfreexl and writes what it
// holds to the standard output in XlsTransfer's form. The window and danvan-cli run it
// through XlsReader, so that a file that crashes libfreexl only ends this process.

#include "FreeXlWorkbook.h"
#include "XlsTransfer.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: danvan-xls-reader FILE.xls\n"
                   "danvan and danvan-cli run this program to read .xls workbooks.\n",
                   stderr);
        return 2;
    }
    Workbook workbook;
    const XlsTransfer::Outcome outcome = FreeXlWorkbook::read(argv[1], &workbook);
    const QByteArray bytes = XlsTransfer::encode(outcome, workbook);
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout)
            != std::size_t(bytes.size())
        || std::fflush(stdout) != 0)
        return 3;
    return 0;
}
