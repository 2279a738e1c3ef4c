#include "ZipWriter.h"

#include <zip.h>
#include <zlib.h>

#include <cstring>

namespace {

// minizip's file functions, over bytes in memory.
voidpf ZCALLBACK openSink(voidpf opaque, const void *, int)
{
    auto *sink = static_cast<ZipWriter::Sink *>(opaque);
    sink->bytes.clear();
    sink->position = 0;
    return opaque;
}

uLong ZCALLBACK readSink(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *sink = static_cast<ZipWriter::Sink *>(stream);
    const qint64 left = std::max<qint64>(0, sink->bytes.size() - sink->position);
    const auto count = uLong(std::min<qint64>(left, qint64(size)));
    if (count > 0)
        std::memcpy(buffer, sink->bytes.constData() + sink->position, count);
    sink->position += qint64(count);
    return count;
}

uLong ZCALLBACK writeSink(voidpf, voidpf stream, const void *buffer, uLong size)
{
    auto *sink = static_cast<ZipWriter::Sink *>(stream);
    const qint64 end = sink->position + qint64(size);
    if (end > sink->bytes.size())
        sink->bytes.resize(qsizetype(end));
    std::memcpy(sink->bytes.data() + sink->position, buffer, size);
    sink->position = end;
    return size;
}

ZPOS64_T ZCALLBACK tellSink(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<ZipWriter::Sink *>(stream)->position);
}

long ZCALLBACK seekSink(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *sink = static_cast<ZipWriter::Sink *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = sink->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = sink->bytes.size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > sink->bytes.size())
        return -1;
    sink->position = target;
    return 0;
}

int ZCALLBACK closeSink(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK errorSink(voidpf, voidpf)
{
    return 0;
}

} // namespace

Result<QByteArray> ZipWriter::pack(const QList<Entry> &entries, const QDateTime &modified)
{
    Sink sink;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openSink;
    functions.zread_file = readSink;
    functions.zwrite_file = writeSink;
    functions.ztell64_file = tellSink;
    functions.zseek64_file = seekSink;
    functions.zclose_file = closeSink;
    functions.zerror_file = errorSink;
    functions.opaque = &sink;
    zipFile zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return Failure{tr("The file could not be packed (ZIP).")};

    zip_fileinfo info{};
    const QDate day = modified.date();
    const QTime time = modified.time();
    info.tmz_date.tm_year = uInt(day.year());
    info.tmz_date.tm_mon = uInt(day.month() - 1);
    info.tmz_date.tm_mday = uInt(day.day());
    info.tmz_date.tm_hour = uInt(time.hour());
    info.tmz_date.tm_min = uInt(time.minute());
    info.tmz_date.tm_sec = uInt(time.second());
    for (const Entry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        // No ZIP64 extra field: OpenDocument wants "mimetype" with no extra field at all,
        // and a report's parts stay far below 4 GB.
        bool written = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0,
                                             nullptr, entry.stored ? 0 : Z_DEFLATED,
                                             entry.stored ? 0 : Z_DEFAULT_COMPRESSION, 0)
            == ZIP_OK;
        for (qsizetype at = 0; written && at < entry.bytes.size();) {
            const auto count = unsigned(std::min<qsizetype>(entry.bytes.size() - at, 1 << 20));
            written = zipWriteInFileInZip(zip, entry.bytes.constData() + at, count) == ZIP_OK;
            at += count;
        }
        if (zipCloseFileInZip(zip) != ZIP_OK)
            written = false;
        if (!written) {
            zipClose(zip, nullptr);
            return Failure{tr("The file could not be packed (ZIP): the part “%1” could not be "
                              "written.")
                               .arg(entry.name)};
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK)
        return Failure{tr("The file could not be packed (ZIP).")};
    return sink.bytes;
}
