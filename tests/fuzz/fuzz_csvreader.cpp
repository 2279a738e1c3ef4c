// libFuzzer target: any bytes through CsvReader, which must end in records or an error.
#include "CsvReader.h"
#include "FuzzSupport.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    if (const auto loaded = reader.load(); !loaded) {
        FuzzSupport::check(!loaded.error().isEmpty(), "a failed load says why");
        return 0;
    }
    const QChar delimiter = reader.delimiter();
    FuzzSupport::check(delimiter == u',' || delimiter == u';' || delimiter == u'\t',
                       "the delimiter is one of , ; tab");

    QStringList fields;
    int records = 0;
    int lastLine = 0;
    while (reader.readRecord(&fields)) {
        FuzzSupport::check(!fields.isEmpty(), "a record has at least one field");
        FuzzSupport::check(reader.recordLine() > lastLine, "records move forward line by line");
        lastLine = reader.recordLine();
        // Every record but a blank line consumes input: never more records than bytes.
        FuzzSupport::check(++records <= qsizetype(size), "more records than bytes");
    }
    FuzzSupport::check(fields.isEmpty(), "no fields after the last record");
    FuzzSupport::check(!reader.readRecord(&fields), "the end (or an error) stays the end");
    return 0;
}
