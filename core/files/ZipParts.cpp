#include "ZipParts.h"

#include <QIODevice>

#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace {

// minizip's file functions, over the bytes in memory.
voidpf ZCALLBACK openSource(voidpf opaque, const void *, int)
{
    static_cast<ZipParts::Source *>(opaque)->position = 0;
    return opaque;
}

uLong ZCALLBACK readSource(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *source = static_cast<ZipParts::Source *>(stream);
    const qint64 left = std::max<qint64>(0, source->bytes.size() - source->position);
    const auto count = uLong(std::min<qint64>(left, qint64(size)));
    if (count > 0)
        std::memcpy(buffer, source->bytes.constData() + source->position, count);
    source->position += qint64(count);
    return count;
}

uLong ZCALLBACK writeSource(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T ZCALLBACK tellSource(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<ZipParts::Source *>(stream)->position);
}

long ZCALLBACK seekSource(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *source = static_cast<ZipParts::Source *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = source->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = source->bytes.size();
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > ZPOS64_T(source->bytes.size()))
        return -1;
    const qint64 target = base + qint64(offset);
    if (target < 0 || target > source->bytes.size())
        return -1;
    source->position = target;
    return 0;
}

int ZCALLBACK closeSource(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK errorSource(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipParts::ZipParts(QIODevice *device, const QString &fileName)
    : m_fileName(fileName)
{
    m_source.bytes = device->readAll();
}

ZipParts::ZipParts(const QHash<QString, QByteArray> &parts, const QString &fileName)
    : m_fileName(fileName)
    , m_inMemory(true)
{
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        m_parts.insert(it.key().toLower(), it.value());
        m_names.append(it.key());
    }
}

ZipParts::~ZipParts()
{
    if (m_zip)
        unzClose(m_zip);
}

Result<void> ZipParts::open()
{
    if (m_inMemory)
        return {};
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openSource;
    functions.zread_file = readSource;
    functions.zwrite_file = writeSource;
    functions.ztell64_file = tellSource;
    functions.zseek64_file = seekSource;
    functions.zclose_file = closeSource;
    functions.zerror_file = errorSource;
    functions.opaque = &m_source;
    m_zip = unzOpen2_64("", &functions);
    if (!m_zip)
        return Failure{tr("%1 is damaged: its contents cannot be unpacked.").arg(m_fileName)};
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK)
            return Failure{
                tr("%1 is damaged: its list of contents cannot be read.").arg(m_fileName)};
        m_names.append(QString::fromUtf8(name));
        if (m_names.size() > 100000)
            return Failure{tr("%1 holds too many parts to be a spreadsheet.").arg(m_fileName)};
    }
    return {};
}

bool ZipParts::contains(const QString &name) const
{
    return m_names.contains(name, Qt::CaseInsensitive);
}

Result<QByteArray> ZipParts::read(const QString &name)
{
    if (m_inMemory) {
        const auto part = m_parts.constFind(name.toLower());
        if (part == m_parts.constEnd())
            return Failure{tr("%1 is damaged: the part “%2” is missing.").arg(m_fileName, name)};
        return *part;
    }
    const QByteArray wanted = name.toUtf8();
    // 2: compare without case, as Office does.
    if (!m_zip || unzLocateFile(m_zip, wanted.constData(), 2) != UNZ_OK)
        return Failure{tr("%1 is damaged: the part “%2” is missing.").arg(m_fileName, name)};
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return Failure{tr("%1 is damaged: the part “%2” cannot be read.").arg(m_fileName, name)};
    if ((info.flag & 1) != 0) {
        return Failure{tr("%1 is protected by a password. Open it in the spreadsheet, remove the "
                          "password and save it again.")
                           .arg(m_fileName)};
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        return Failure{
            tr("%1 is damaged: the part “%2” cannot be unpacked.").arg(m_fileName, name)};
    }
    QByteArray data;
    // The size the container declares, as a first guess (it may lie: the limit still holds).
    data.reserve(qsizetype(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(64 << 20))));
    for (;;) {
        // Unpacked straight into the part's own bytes while the room reserved lasts (all of
        // it, when the declared size is true); past it, through a buffer, so that the end
        // of the part is found without growing the bytes.
        const qsizetype at = data.size();
        const qsizetype room = std::min<qsizetype>(data.capacity() - at, MaxPartSize + 1 - at);
        char buffer[1 << 16];
        char *into = buffer;
        qsizetype length = qsizetype(sizeof buffer);
        if (room > 0) {
            data.resize(at + room);
            into = data.data() + at;
            length = room;
        }
        const int count = unzReadCurrentFile(m_zip, into, unsigned(length));
        if (room > 0)
            data.resize(at + std::max(count, 0));
        if (count < 0) {
            unzCloseCurrentFile(m_zip);
            return Failure{
                tr("%1 is damaged: the part “%2” cannot be unpacked.").arg(m_fileName, name)};
        }
        if (count == 0)
            break;
        if (room <= 0)
            data.append(buffer, count);
        if (data.size() > MaxPartSize) {
            unzCloseCurrentFile(m_zip);
            return Failure{tr("%1 is too large to read: its part “%2” unpacks to more than %3 MB.")
                               .arg(m_fileName, name)
                               .arg(MaxPartSize / (1024 * 1024))};
        }
    }
    // A damaged part fails its checksum only at the end.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
        return Failure{
            tr("%1 is damaged: the part “%2” does not match its checksum.").arg(m_fileName, name)};
    }
    return data;
}
