#include "OutputTarget.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// SQLite keeps a database's latest changes in files named after it.
const QString companionSuffixes[] = {u"-wal"_s, u"-shm"_s, u"-journal"_s};

// Where SQLite's file formats keep what is read here (sqlite.org/fileformat.html).
constexpr int applicationIdAt = 68; // in the database header, page 1
constexpr int walHeaderSize = 32;
constexpr int frameHeaderSize = 24;
constexpr quint32 walMagic = 0x377f0682; // the last bit tells the checksums' byte order

quint32 bigEndian(const QByteArray &bytes, int at)
{
    const auto byte = [&bytes, at](int i) {
        return quint32(quint8(bytes.at(at + i)));
    };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

// The path with links and "." resolved, for a file that may not exist yet.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

} // namespace

bool OutputTarget::isDanvanFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    // The SQLite header: its magic string, and the application id at offset 68.
    const QByteArray header = file.read(applicationIdAt + 4);
    if (header.size() < applicationIdAt + 4
        || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    if (bigEndian(header, applicationIdAt) == quint32(Database::ApplicationId))
        return true;
    // A database just made, and open in a program now, may have its header's latest state
    // in its -wal file only, until SQLite copies it into the file: the last copy of page 1
    // there says what the file is.
    QFile wal(path + u"-wal"_s);
    if (!wal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray walHeader = wal.read(walHeaderSize);
    if (walHeader.size() < walHeaderSize || (bigEndian(walHeader, 0) & ~1u) != walMagic)
        return false;
    const qint64 pageSize = bigEndian(walHeader, 8);
    if (pageSize < 512 || pageSize > 65536)
        return false;
    quint32 applicationId = 0;
    for (qint64 frame = walHeaderSize; wal.seek(frame); frame += frameHeaderSize + pageSize) {
        const QByteArray start = wal.read(frameHeaderSize + applicationIdAt + 4);
        if (start.size() < frameHeaderSize + applicationIdAt + 4)
            break;
        if (bigEndian(start, 0) == 1) // the frame's page number
            applicationId = bigEndian(start, frameHeaderSize + applicationIdAt);
    }
    return applicationId == quint32(Database::ApplicationId);
}

Result<void> OutputTarget::check(const QString &path, const QString &openDatabase, Use use)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString target = canonical(path);
    const QString open = openDatabase.isEmpty() ? QString() : canonical(openDatabase);
    if (!open.isEmpty() && target == open) {
        return Failure{tr("“%1” is the open file itself; writing there would destroy it. Choose "
                          "another name.")
                           .arg(name)};
    }
    for (const QString &suffix : companionSuffixes) {
        if (!target.endsWith(suffix))
            continue;
        const QString owner = target.left(target.size() - suffix.size());
        if (owner == open || isDanvanFile(owner)) {
            return Failure{
                tr("“%1” belongs to the danvan file “%2”: SQLite keeps its latest "
                   "changes there, and writing over it would damage that file. "
                   "Choose another name.")
                    .arg(name, QDir::toNativeSeparators(path.left(path.size() - suffix.size())))};
        }
    }
    if (!isDanvanFile(target))
        return {};
    if (use == Use::Report) {
        return Failure{tr("“%1” is a danvan database; writing there would destroy it. Choose "
                          "another name.")
                           .arg(name)};
    }
    // An earlier copy may be replaced; a file another program has open may not: its -wal
    // file would be applied to the new copy and damage it.
    for (const QString &suffix : companionSuffixes) {
        if (QFileInfo::exists(target + suffix)) {
            return Failure{tr("“%1” is a danvan file that another program has open (“%2” is "
                              "beside it); writing over it would damage it. Choose another "
                              "name, or close the other program first.")
                               .arg(name, QDir::toNativeSeparators(path + suffix))};
        }
    }
    return {};
}
