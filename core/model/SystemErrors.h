#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

/// The system's reasons for a failed file operation, in the user's language. The common
/// ones (a full disk, a permission denied, a missing file or folder, a disk that can only be
/// read) have words of their own; any other is given as the system words it. Qt and the C
/// library give these reasons in English only (Qt marks a few for translation in its
/// "QIODevice" context but never translates them), so every message that carries a system
/// reason takes it from here.
class SystemErrors
{
    Q_DECLARE_TR_FUNCTIONS(SystemErrors)

public:
    /// The reason for an errno value: "the disk is full".
    static QString text(int errorCode);
    /// The reason a file device (QFile, QSaveFile) gives for its last failure.
    static QString text(const QFileDevice &file);
    /// A reason as Qt or the C library words it ("No space left on device"), in the user's
    /// words when it is one of the common ones.
    static QString translate(const QString &systemText);
};
