#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/// Packs parts into a ZIP container (an OpenDocument file) with zlib's minizip, the library
/// ZipParts reads them with, in memory: the caller writes the bytes whole to its file.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    /// A part of the container, in the order it is written.
    struct Entry
    {
        QString name; ///< "content.xml", "META-INF/manifest.xml"
        QByteArray bytes;
        /// Stored as is rather than compressed: OpenDocument's "mimetype", which a reader
        /// finds at a fixed place at the start of the file.
        bool stored = false;
    };

    /// The container's bytes, with each part dated `modified` (local time, as ZIP keeps it).
    static Result<QByteArray> pack(const QList<Entry> &entries,
                                   const QDateTime &modified = QDateTime::currentDateTime());

    /// Where minizip writes to: the bytes and a position in them (minizip goes back to
    /// complete a part's header once the part is written).
    struct Sink
    {
        QByteArray bytes;
        qint64 position = 0;
    };
};
