#include "SystemErrors.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace {

// The errors that have words of their own, in the order they are looked for.
constexpr int commonErrors[] = {ENOSPC, EDQUOT, EACCES, EPERM, ENOENT, EROFS, ENOTDIR, EISDIR};

} // namespace

QString SystemErrors::text(int errorCode)
{
    switch (errorCode) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOENT:
        return tr("there is no such file or folder");
    case EROFS:
        return tr("the disk can only be read");
    case ENOTDIR:
        return tr("a part of the path is a file, not a folder");
    case EISDIR:
        return tr("it is a folder, not a file");
    default:
        break;
    }
    return QString::fromLocal8Bit(std::strerror(errorCode));
}

QString SystemErrors::translate(const QString &systemText)
{
    const QString trimmed = systemText.trimmed();
    for (const int code : commonErrors) {
        // Qt's texts are the C library's (qt_error_string()), sometimes after words of its
        // own: "Cannot open x: No such file or directory".
        const QString system = qt_error_string(code);
        if (!system.isEmpty() && trimmed.endsWith(system, Qt::CaseInsensitive)) {
            const QString before = trimmed.left(trimmed.size() - system.size());
            return before + text(code);
        }
    }
    return trimmed;
}

QString SystemErrors::text(const QFileDevice &file)
{
    // Qt reports a full disk as a resource error.
    if (file.error() == QFileDevice::ResourceError)
        return text(ENOSPC);
    return translate(file.errorString());
}
