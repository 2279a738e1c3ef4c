#include "OutputFile.h"

#include "SystemErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// A file device whose writes are complete or fail with the system's reason. Qt passes on a
// write that the system cut short (a full disk takes what fits, then refuses the rest) as a
// shorter count without an error, and its own buffer hides the reason; so the device is
// opened unbuffered, buffers here, and writes each block to the end, where the system says
// why it stopped.
template<typename File>
class CompleteFile : public File
{
public:
    using File::File;

    bool openForWriting() { return File::open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

    /// Writes what is still held here; false (with the device's error set) when it fails.
    bool writeHeld()
    {
        const bool written = writeAll(m_held.constData(), m_held.size());
        m_held.clear();
        return written;
    }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        m_held.append(data, length);
        if (m_held.size() >= blockSize && !writeHeld())
            return -1;
        return length;
    }

private:
    static constexpr qsizetype blockSize = 1 << 16;

    bool writeAll(const char *data, qint64 length)
    {
        for (qint64 written = 0; written < length;) {
            const qint64 count = File::writeData(data + written, length - written);
            if (count <= 0) {
                m_failed = true;
                return false;
            }
            written += count;
        }
        return true;
    }

    QByteArray m_held;
    bool m_failed = false;
};

using WholeFile = CompleteFile<QSaveFile>;
using DirectFile = CompleteFile<QFile>;

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    cancel();
}

QString OutputFile::name() const
{
    return QDir::toNativeSeparators(m_path);
}

QIODevice *OutputFile::device() const
{
    return m_file.get();
}

Result<void> OutputFile::open()
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return Failure{tr("“%1” is a folder; choose a file name.").arg(name())};
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Failure{tr("“%1” cannot be written: its folder “%2” does not exist.")
                           .arg(name(), QDir::toNativeSeparators(info.absolutePath()))};
    }
    // A device or a pipe has no name to take over: it is written as it is.
    m_direct = info.exists() && !info.isFile();
    bool opened = false;
    if (m_direct) {
        auto file = std::make_unique<DirectFile>(m_path);
        opened = file->openForWriting();
        m_file = std::move(file);
    } else {
        auto file = std::make_unique<WholeFile>(m_path);
        opened = file->openForWriting();
        m_file = std::move(file);
    }
    if (!opened) {
        const Failure failure{
            tr("“%1” cannot be written: %2").arg(name(), SystemErrors::text(*m_file))};
        m_file.reset();
        return failure;
    }
    return {};
}

bool OutputFile::hasFailed() const
{
    return m_file && m_file->error() != QFileDevice::NoError;
}

Failure OutputFile::writeFailure() const
{
    if (!m_file)
        return {tr("“%1” cannot be written.").arg(name())};
    return {tr("“%1” cannot be written: %2").arg(name(), SystemErrors::text(*m_file))};
}

Result<void> OutputFile::commit()
{
    if (!m_file)
        return writeFailure();
    if (m_direct) {
        auto *file = static_cast<DirectFile *>(m_file.get());
        const bool written = file->writeHeld() && file->error() == QFileDevice::NoError;
        const Failure failure = writeFailure();
        file->close();
        m_file.reset();
        if (!written)
            return failure;
        return {};
    }
    auto *file = static_cast<WholeFile *>(m_file.get());
    if (!file->writeHeld() || file->error() != QFileDevice::NoError) {
        const Failure failure = writeFailure();
        cancel();
        return failure;
    }
    if (!file->commit()) {
        const Failure failure = file->error() == QFileDevice::RenameError
            ? Failure{tr("“%1” could not be replaced; is it open in another program? %2")
                          .arg(name(), SystemErrors::translate(file->errorString()))}
            : writeFailure();
        m_file.reset();
        return failure;
    }
    m_file.reset();
    return {};
}

void OutputFile::cancel()
{
    if (!m_file)
        return;
    if (!m_direct)
        static_cast<WholeFile *>(m_file.get())->cancelWriting();
    m_file.reset();
}
