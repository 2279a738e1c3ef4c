#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

/// A file that a report or a copy is written to, whole or not at all. It is written beside
/// its target and takes the target's name only once every byte is on the disk, so that a
/// failure (a full disk, a folder that cannot be written) leaves an earlier file of that
/// name as it was. A target that is not a regular file (a device such as /dev/stdout, a
/// pipe) cannot be replaced, and is written directly.
///
/// Every write is checked: a write the system cuts short is a failure, never a shorter
/// file, and the failure says why in the user's words ("the disk is full").
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);
    /// Drops what was written unless commit() succeeded.
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Opens the file for writing; the message names the file and the reason.
    Result<void> open();
    /// Where to write once open (a writer that ignores a failed write is caught by commit()).
    QIODevice *device() const;
    /// Puts what was written in place of the target. On failure nothing is replaced.
    Result<void> commit();
    /// Drops what was written; the target stays as it was.
    void cancel();

    /// True when a write to device() failed.
    bool hasFailed() const;
    /// "“x.csv” cannot be written: the disk is full.": why the last write failed.
    Failure writeFailure() const;
    /// The target as the user writes it (native separators).
    QString name() const;

private:
    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    bool m_direct = false;
};
