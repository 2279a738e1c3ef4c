#include "CsvReader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

namespace {

const QString fileName = u"units.csv"_s;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// True when `message` names `number` as a number of its own (not inside "12" or "2020"),
// leaving out the file name, which may hold digits too.
bool mentionsNumber(QString message, int number)
{
    message.remove(fileName);
    const QRegularExpression pattern(u"(?<!\\d)%1(?!\\d)"_s.arg(number));
    return pattern.match(message).hasMatch();
}

struct ReadResult
{
    Records records;
    QList<int> lines;
    QString error;
};

ReadResult readAll(CsvReader &reader)
{
    ReadResult result;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.error = reader.error();
    return result;
}

} // namespace

/// CsvReader: spreadsheet CSV as it comes from offices, read from a QBuffer.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void delimiter_data();
    void delimiter();
    void encodings_data();
    void encodings();
    void normalizedToNfc();
    void unclosedQuote();
    void invalidUtf8_data();
    void invalidUtf8();
    void nulByte_data();
    void nulByte();
    void emptyDevice();
    void megabyteLine();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain") << utf8(u"Tên,Mã\nXã Bình An,30898\n"_s)
                           << Records{{u"Tên"_s, u"Mã"_s}, {u"Xã Bình An"_s, u"30898"_s}}
                           << QList<int>{1, 2};
    QTest::newRow("CRLF") << utf8(u"Tên,Mã\r\nXã Bình An,30898\r\n"_s)
                          << Records{{u"Tên"_s, u"Mã"_s}, {u"Xã Bình An"_s, u"30898"_s}}
                          << QList<int>{1, 2};
    QTest::newRow("no line break at the end")
        << utf8(u"a,b\nc,d"_s) << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
    QTest::newRow("doubled quotes")
        << utf8(u"\"Phong trào \"\"Dân vận khéo\"\"\",x\n"_s)
        << Records{{u"Phong trào \"Dân vận khéo\""_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("only a doubled quote")
        << utf8(u"\"\"\"\",x\n"_s) << Records{{u"\""_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("comma inside quotes")
        << utf8(u"\"Rạch Giá, Kiên Giang\",899\n"_s)
        << Records{{u"Rạch Giá, Kiên Giang"_s, u"899"_s}} << QList<int>{1};
    QTest::newRow("line breaks inside quotes")
        << utf8(u"Tên,Ghi chú\n\"Xã Bình An\",\"dòng một\ndòng hai\ndòng ba\"\nXã Mong Thọ,x\n"_s)
        << Records{{u"Tên"_s, u"Ghi chú"_s},
                   {u"Xã Bình An"_s, u"dòng một\ndòng hai\ndòng ba"_s},
                   {u"Xã Mong Thọ"_s, u"x"_s}}
        << QList<int>{1, 2, 5};
    QTest::newRow("line break inside quotes, CRLF file")
        << utf8(u"a,\"b\nc\"\r\nd,e\r\nf,g\r\n"_s)
        << Records{{u"a"_s, u"b\nc"_s}, {u"d"_s, u"e"_s}, {u"f"_s, u"g"_s}} << QList<int>{1, 3, 4};
    const QString empty;
    QTest::newRow("empty fields") << utf8(u"a,,c\n,,\n"_s)
                                  << Records{{u"a"_s, empty, u"c"_s}, {empty, empty, empty}}
                                  << QList<int>{1, 2};
    QTest::newRow("quoted empty field")
        << utf8(u"a,\"\",c\n"_s) << Records{{u"a"_s, empty, u"c"_s}} << QList<int>{1};
    QTest::newRow("blank lines skipped")
        << utf8(u"a,b\n\n\r\n   \nc,d\n\n"_s) << Records{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
        << QList<int>{1, 5};
    QTest::newRow("spaces inside fields kept")
        << utf8(u" a , b \n"_s) << Records{{u" a "_s, u" b "_s}} << QList<int>{1};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    const Result<void> loaded = reader.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const ReadResult read = readAll(reader);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.records, records);
    QCOMPARE(read.lines, lines);

    // At the end, reading again gives nothing and no error.
    QStringList fields{u"left over"_s};
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("firstRecord");

    QTest::newRow("comma") << utf8(u"Tên,Mã,Cấp\nXã Bình An,30898,Xã\n"_s) << QChar(u',')
                           << QStringList{u"Tên"_s, u"Mã"_s, u"Cấp"_s};
    QTest::newRow("semicolon") << utf8(u"Tên;Mã;Cấp\nXã Bình An;30898;Xã\n"_s) << QChar(u';')
                               << QStringList{u"Tên"_s, u"Mã"_s, u"Cấp"_s};
    QTest::newRow("semicolon with decimal commas below")
        << utf8(u"Tên;Số tiền\nXã Bình An;1,5\nXã Mong Thọ;2,25\n"_s) << QChar(u';')
        << QStringList{u"Tên"_s, u"Số tiền"_s};
    QTest::newRow("semicolon, commas inside quotes")
        << utf8(u"\"Rạch Giá, Kiên Giang, Việt Nam\";Mã\n"_s) << QChar(u';')
        << QStringList{u"Rạch Giá, Kiên Giang, Việt Nam"_s, u"Mã"_s};
    QTest::newRow("tab") << utf8(u"Tên\tMã\tCấp\nXã Bình An\t30898\tXã\n"_s) << QChar(u'\t')
                         << QStringList{u"Tên"_s, u"Mã"_s, u"Cấp"_s};
    QTest::newRow("tab with commas in names")
        << utf8(u"Tên\tMã\tGhi chú\nA\t1\tx, y\n"_s) << QChar(u'\t')
        << QStringList{u"Tên"_s, u"Mã"_s, u"Ghi chú"_s};
    QTest::newRow("one column") << utf8(u"Tên\nXã Bình An\n"_s) << QChar(u',')
                                << QStringList{u"Tên"_s};
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, firstRecord);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    QVERIFY(reader.load().ok());
    QCOMPARE(reader.delimiter(), delimiter);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, firstRecord);
    if (reader.readRecord(&fields))
        QCOMPARE(fields.size(), firstRecord.size());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("data");

    const QString text = u"Tên,Mã,Cấp\r\nXã Vĩnh Hòa Hiệp,30892,Xã\r\nThị trấn Minh Lương,30880,"
                         "Thị trấn\r\n"_s;
    QTest::newRow("UTF-8") << encoded(text, QStringConverter::Utf8, false);
    QTest::newRow("UTF-8 with BOM") << encoded(text, QStringConverter::Utf8, true);
    QTest::newRow("UTF-16LE with BOM") << encoded(text, QStringConverter::Utf16LE, true);
    QTest::newRow("UTF-16LE without BOM") << encoded(text, QStringConverter::Utf16LE, false);
    QTest::newRow("UTF-16BE with BOM") << encoded(text, QStringConverter::Utf16BE, true);
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, data);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    const Result<void> loaded = reader.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const ReadResult read = readAll(reader);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    const Records expected{
        {u"Tên"_s, u"Mã"_s, u"Cấp"_s},
        {u"Xã Vĩnh Hòa Hiệp"_s, u"30892"_s, u"Xã"_s},
        {u"Thị trấn Minh Lương"_s, u"30880"_s, u"Thị trấn"_s},
    };
    // The byte-order mark is not part of the first field.
    QCOMPARE(read.records, expected);
    QCOMPARE(read.lines, (QList<int>{1, 2, 3}));
    QCOMPARE(reader.delimiter(), QChar(u','));
}

void TestCsvReader::normalizedToNfc()
{
    const QString decomposed = u"Xã Vĩnh Hòa Hiệp"_s.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != u"Xã Vĩnh Hòa Hiệp"_s);
    QByteArray data = utf8(u"Tên,Mã\n"_s + decomposed + u",30892\n"_s);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    QVERIFY(reader.load().ok());
    const ReadResult read = readAll(reader);
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.records.at(1).at(0), u"Xã Vĩnh Hòa Hiệp"_s);
}

void TestCsvReader::unclosedQuote()
{
    QByteArray data = utf8(u"Tên,Mã\nXã Bình An,30898\n\"Xã Mong Thọ,30887\nXã Giục Tượng,30889\n"
                           "Xã Minh Hòa,30895\n"_s);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    QVERIFY(reader.load().ok());

    const ReadResult read = readAll(reader);
    QCOMPARE(read.records.size(), 2);
    QVERIFY(!read.error.isEmpty());
    QVERIFY2(read.error.contains(fileName), qPrintable(read.error));
    // The quote opens on line 3; the file ends on line 5.
    QVERIFY2(mentionsNumber(read.error, 3), qPrintable(read.error));
    QVERIFY2(!mentionsNumber(read.error, 5), qPrintable(read.error));

    // The reader stays stopped.
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
    QCOMPARE(reader.error(), read.error);
}

void TestCsvReader::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");

    // "Đà Nẵng" in Windows-1258.
    QTest::newRow("Windows-1258 on line 3")
        << QByteArray("Ten,Ma\nXa Binh An,30898\n\xD0\xE0 N\xE3ng,48\nXa Mong Tho,30887\n") << 3;
    // "Hòa" in Latin-1.
    QTest::newRow("Latin-1 on line 1") << QByteArray("H\xF2\x61,1\nb,2\n") << 1;
    QTest::newRow("UTF-8 lines before the bad one")
        << (utf8(u"Tên,Mã\nXã Bình An,30898\nXã Mong Thọ,30887\n"_s) + QByteArray("Vi\xEAt,1\n"))
        << 4;
    // A file cut in the middle of "ệ", and a Windows-1258 file whose only accented letter
    // ("à" of "Hoà") is its very last byte: the decoder must not keep them back silently.
    QTest::newRow("truncated sequence at the end")
        << (utf8(u"Tên\nXã Bình An\n"_s) + QByteArray("Vi\xE1\xBB")) << 3;
    QTest::newRow("Windows-1258 letter as the last byte")
        << QByteArray("Ten,Ma\nXa Binh An,30898\nXa Vinh Ho\xE0") << 3;
}

void TestCsvReader::invalidUtf8()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    const Result<void> loaded = reader.load();
    QVERIFY2(!loaded.ok(), "load() accepted bytes that are not UTF-8");
    QVERIFY2(loaded.error().contains(fileName), qPrintable(loaded.error()));
    QVERIFY2(mentionsNumber(loaded.error(), line), qPrintable(loaded.error()));

    // Nothing half-decoded is handed out.
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(fields.isEmpty());
}

void TestCsvReader::nulByte_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");

    QTest::newRow("UTF-8, line 3") << QByteArray("a,b\nc,d\ne\0f,g\nh,i\n", 18) << 3;
    QTest::newRow("UTF-8, line 1") << QByteArray("\0a,b\nc,d\n", 9) << 1;
    QTest::newRow("UTF-16LE, line 2")
        << encoded(u"Tên,Mã\r\nXã\u0000Bình An,30898\r\n"_s, QStringConverter::Utf16LE, true) << 2;
}

void TestCsvReader::nulByte()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    const Result<void> loaded = reader.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(fileName), qPrintable(loaded.error()));
    QVERIFY2(mentionsNumber(loaded.error(), line), qPrintable(loaded.error()));
}

void TestCsvReader::emptyDevice()
{
    QByteArray data;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    QVERIFY(reader.load().ok());
    QCOMPARE(reader.fileName(), fileName);
    QStringList fields;
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.error().isEmpty());
}

void TestCsvReader::megabyteLine()
{
    // One line of a megabyte, quoted and with a doubled quote in it, between two short ones:
    // read whole and in one piece, and the lines after it are counted right.
    const QByteArray big = QByteArray(1 << 20, 'a');
    QByteArray data = "Tên,Mã\r\n\"" + big + "\"\"b\",1\r\nXã Bình An,30898\r\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, fileName);
    QVERIFY(reader.load().ok());
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).size(), big.size() + 2);
    QVERIFY(fields.at(0).endsWith(u"a\"b"_s));
    QCOMPARE(reader.recordLine(), 2);
    QVERIFY(reader.readRecord(&fields));
    QCOMPARE(fields, (QStringList{u"Xã Bình An"_s, u"30898"_s}));
    QCOMPARE(reader.recordLine(), 3);
}

QTEST_GUILESS_MAIN(TestCsvReader)

#include "tst_csvreader.moc"
