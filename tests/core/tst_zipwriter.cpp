#include "ZipParts.h"
#include "ZipWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes.at(at)) | quint8(bytes.at(at + 1)) << 8);
}

} // namespace

/// ZipWriter's containers, read back by ZipParts (minizip's reader): parts in order, whole,
/// stored or compressed as asked.
class TestZipWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void storedFirstPart();
};

void TestZipWriter::roundTrip()
{
    // Larger than the 1 MB the writer hands minizip at a time, and not compressible.
    QByteArray large(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator generator(36);
    for (char &byte : large)
        byte = char(generator.bounded(256));
    const QList<ZipWriter::Entry> entries{
        {u"mimetype"_s, "application/vnd.oasis.opendocument.text", true},
        {u"META-INF/manifest.xml"_s, QByteArray(5000, 'x'), false},
        {u"trống.txt"_s, QByteArray(), false},
        {u"lớn.bin"_s, large, false},
    };
    const auto packed = ZipWriter::pack(entries, QDateTime(QDate(2020, 7, 10), QTime(8, 30)));
    QVERIFY2(packed.ok(), qPrintable(packed.error()));
    // The repeated text is compressed.
    QVERIFY(packed->size() < large.size() + 5000);

    QBuffer buffer;
    buffer.setData(*packed);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ZipParts parts(&buffer, u"test.zip"_s);
    QVERIFY(parts.open().ok());
    QStringList names;
    for (const ZipWriter::Entry &entry : entries)
        names.append(entry.name);
    QCOMPARE(parts.names(), names);
    for (const ZipWriter::Entry &entry : entries) {
        const auto read = parts.read(entry.name);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->size(), entry.bytes.size());
        QVERIFY(*read == entry.bytes);
    }
}

void TestZipWriter::storedFirstPart()
{
    const auto packed = ZipWriter::pack(
        {{u"mimetype"_s, "text/plain", true}, {u"a.txt"_s, QByteArray(100, 'a'), false}});
    QVERIFY2(packed.ok(), qPrintable(packed.error()));
    const QByteArray &bytes = *packed;
    // The first local header: stored (method 0), no extra field, the bytes as they are.
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    QCOMPARE(le16(bytes, 8), quint16(0));
    QCOMPARE(le16(bytes, 26), quint16(8));
    QCOMPARE(le16(bytes, 28), quint16(0));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(bytes.mid(38, 10), QByteArray("text/plain"));
    // The second part is compressed (method 8, deflate).
    const qsizetype second = bytes.indexOf("PK\x03\x04", 4);
    QVERIFY(second > 0);
    QCOMPARE(le16(bytes, second + 8), quint16(8));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
