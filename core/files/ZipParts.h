#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class QIODevice;

/// The parts of a ZIP container (an XLSX or ODS file), read with zlib's minizip, the same
/// library libxlsxwriter writes them with, from the container's bytes in memory. Parts are
/// read whole, up to a size limit, so that a file that unpacks to gigabytes is refused
/// instead of filling the memory.
class ZipParts
{
    Q_DECLARE_TR_FUNCTIONS(ZipParts)

public:
    /// The largest part read: far more than the XML of a sheet of a million cells.
    static constexpr qint64 MaxPartSize = 512LL * 1024 * 1024;

    /// Reads the device's bytes now; `fileName` is only used in messages.
    ZipParts(QIODevice *device, const QString &fileName);
    /// Parts given as if unpacked already, for tests and fuzzing of the readers' XML.
    ZipParts(const QHash<QString, QByteArray> &parts, const QString &fileName);
    ~ZipParts();
    ZipParts(const ZipParts &) = delete;
    ZipParts &operator=(const ZipParts &) = delete;

    /// Reads the container's directory; fails when the bytes hold no ZIP container.
    Result<void> open();
    /// The names of the parts ("xl/workbook.xml").
    QStringList names() const { return m_names; }
    bool contains(const QString &name) const;
    /// A part's bytes, unpacked.
    Result<QByteArray> read(const QString &name);

    /// Where minizip reads from: the bytes and a position in them.
    struct Source
    {
        QByteArray bytes;
        qint64 position = 0;
    };

private:
    Source m_source;
    void *m_zip = nullptr; ///< minizip's unzFile
    QString m_fileName;
    QHash<QString, QByteArray> m_parts; ///< parts given in memory, by lower-case name
    bool m_inMemory = false;
    QStringList m_names;
};
