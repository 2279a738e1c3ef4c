#include "LegacyEncoding.h"
#include "TestSupport.h"
#include "VniCodec.h"
#include "Windows1252.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <iconv.h>

using namespace Qt::StringLiterals;

using Encoding = LegacyEncoding::Encoding;

Q_DECLARE_METATYPE(Encoding)

namespace {

const QString movement = u"Dân vận khéo"_s;

// The same phrase as each encoding writes it.
const QByteArray windows1258("D\xE2n v\xE2\xF2n kh\xE9o"); // ậ is â then the dot below
const QByteArray tcvn3("D\xA9n v\xCBn kh\xD0o");
const QByteArray vni("Da\xE2n va\xE4n khe\xF9o");

// Text encoded by glibc's iconv, an encoder this program does not have.
QByteArray iconvEncode(const QString &text, const char *encoding)
{
    iconv_t converter = iconv_open(encoding, "UTF-8");
    if (converter == iconv_t(-1))
        return {};
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *input = in.data();
    std::size_t inputLeft = std::size_t(in.size());
    char *output = out.data();
    std::size_t outputLeft = std::size_t(out.size());
    const std::size_t done = iconv(converter, &input, &inputLeft, &output, &outputLeft);
    iconv_close(converter);
    if (done == std::size_t(-1))
        return {};
    out.truncate(out.size() - qsizetype(outputLeft));
    return out;
}

// Bytes shown as Windows-1252 characters, as a spreadsheet keeps a legacy font's text.
QString asLookAlikes(const QByteArray &bytes)
{
    QString text;
    for (const char byte : bytes)
        text.append(Windows1252::toUnicode(uchar(byte)));
    return text;
}

QStringList vietnameseLetters()
{
    QStringList letters;
    for (const QChar base : u"aăâeêioôơuưy"_s) {
        letters.append(QString(base));
        for (const char16_t mark : {0x0301, 0x0300, 0x0309, 0x0303, 0x0323})
            letters.append(
                QString(QString(base) + QChar(mark)).normalized(QString::NormalizationForm_C));
    }
    letters.append(u"đ"_s);
    const QStringList lower = letters;
    for (const QString &letter : lower)
        letters.append(letter.toUpper());
    return letters;
}

} // namespace

/// LegacyEncoding: files and cells in Windows-1258, TCVN3 and VNI as well as Unicode, the
/// fonts that tell them, and the guess from the text.
class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodeFile_data();
    void decodeFile();
    void decodeFileForced();
    void refusals();
    void windows1258IsComposed();
    void tcvn3EveryLetter();
    void fonts_data();
    void fonts();
    void lookAlikes();
    void capitalsFont();
    void guessLookAlikes_data();
    void guessLookAlikes();
    void guessLongerTexts();
    void plausibility();
    void keys();
};

void TestLegacyEncoding::decodeFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<Encoding>("encoding");
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QStringEncoder bare(QStringConverter::Utf16LE);
    const QString line = movement + u",Xã Bình An\r\n"_s;
    QTest::newRow("UTF-8") << line.toUtf8() << u"UTF-8"_s << Encoding::Unicode;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + line.toUtf8()
                                    << u"UTF-8 (with a byte-order mark)"_s << Encoding::Unicode;
    QTest::newRow("UTF-16 LE") << QByteArray(le.encode(line)) << u"UTF-16 LE"_s
                               << Encoding::Unicode;
    QTest::newRow("UTF-16 BE") << QByteArray(be.encode(line)) << u"UTF-16 BE"_s
                               << Encoding::Unicode;
    QTest::newRow("UTF-16 LE without BOM")
        << QByteArray(bare.encode(line)) << u"UTF-16 LE"_s << Encoding::Unicode;
    QTest::newRow("Windows-1258") << windows1258 + ",Xa\xDE Bi\xCCnh An\r\n"
                                  << u"Windows-1258"_s << Encoding::Windows1258;
    QTest::newRow("TCVN3") << tcvn3 + ",X\xB7 B\xD7nh An\r\n"
                           << u"TCVN3 (ABC)"_s << Encoding::Tcvn3;
    QTest::newRow("VNI") << vni + ",Xa\xF5 B\xECnh An\r\n" << u"VNI Windows"_s << Encoding::Vni;
}

void TestLegacyEncoding::decodeFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encodingName);
    QFETCH(Encoding, encoding);
    const auto decoded = LegacyEncoding::decodeFile(bytes, std::nullopt, u"f.csv"_s);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->encodingName, encodingName);
    QCOMPARE(decoded->encoding, encoding);
    QVERIFY2(decoded->text.startsWith(movement + u','), qPrintable(decoded->text));
    QVERIFY2(decoded->text.contains(u"Bình An"_s), qPrintable(decoded->text));
    QCOMPARE(decoded->text, decoded->text.normalized(QString::NormalizationForm_C));
}

void TestLegacyEncoding::decodeFileForced()
{
    // The clerk's choice decides, even against a good guess.
    const auto asVni = LegacyEncoding::decodeFile(vni, Encoding::Vni, u"f.csv"_s);
    QVERIFY(asVni.ok());
    QCOMPARE(asVni->text, movement);
    const auto asTcvn3 = LegacyEncoding::decodeFile(vni, Encoding::Tcvn3, u"f.csv"_s);
    QVERIFY(asTcvn3.ok());
    QCOMPARE(asTcvn3->encoding, Encoding::Tcvn3);
    QVERIFY(asTcvn3->text != movement);
    // Unicode forced on bytes that are not: refused, naming the file and what to do.
    const auto asUnicode = LegacyEncoding::decodeFile(tcvn3, Encoding::Unicode, u"f.csv"_s);
    QVERIFY(!asUnicode.ok());
    QVERIFY(asUnicode.error().contains(u"f.csv"_s));
    QVERIFY(asUnicode.error().contains(u"TCVN3"_s));
}

void TestLegacyEncoding::refusals()
{
    const auto nul =
        LegacyEncoding::decodeFile(QByteArray("a,b\nc\0d\n", 8), std::nullopt, u"f.csv"_s);
    QVERIFY(!nul.ok());
    QVERIFY2(nul.error().contains(u"line 2"_s), qPrintable(nul.error()));
    const auto odd = LegacyEncoding::decodeFile(QByteArray("\xFF\xFE"
                                                           "a\0b",
                                                           5),
                                                std::nullopt, u"f.csv"_s);
    QVERIFY(!odd.ok());
}

void TestLegacyEncoding::windows1258IsComposed()
{
    QCOMPARE(LegacyEncoding::decode(windows1258, Encoding::Windows1258), movement);
    QFile file(TestSupport::dataPath(u"register-windows-1258.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto decoded = LegacyEncoding::decodeFile(file.readAll(), std::nullopt, u"r.csv"_s);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->encoding, Encoding::Windows1258);
    QVERIFY2(decoded->text.startsWith(u"Tỉnh Thành Phố,Mã TP,Quận Huyện"_s),
             qPrintable(decoded->text.left(40)));
    QVERIFY(decoded->text.contains(u"Xã Bình An"_s));
}

void TestLegacyEncoding::tcvn3EveryLetter()
{
    // Each letter as glibc writes it in TCVN3, kept by a spreadsheet as look-alikes, read back.
    for (const QString &letter : vietnameseLetters()) {
        const QByteArray bytes = iconvEncode(letter, "TCVN5712-1");
        QVERIFY2(!bytes.isEmpty(), qPrintable(letter));
        QCOMPARE(LegacyEncoding::decode(bytes, Encoding::Tcvn3), letter);
        const auto text = LegacyEncoding::fromLookAlikes(asLookAlikes(bytes), Encoding::Tcvn3);
        QVERIFY2(text.has_value(), qPrintable(letter));
        QCOMPARE(*text, letter);
    }
}

void TestLegacyEncoding::fonts_data()
{
    QTest::addColumn<QString>("font");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("capitals");
    QTest::newRow(".VnTime") << u".VnTime"_s << Encoding::Tcvn3 << false;
    QTest::newRow(".VnTimeH") << u".VnTimeH"_s << Encoding::Tcvn3 << true;
    QTest::newRow(".VnArial") << u".VnArial"_s << Encoding::Tcvn3 << false;
    QTest::newRow(".VnArial NarrowH") << u".VnArial NarrowH"_s << Encoding::Tcvn3 << true;
    QTest::newRow("VNI-Times") << u"VNI-Times"_s << Encoding::Vni << false;
    QTest::newRow("VNI-Helve") << u"VNI-Helve"_s << Encoding::Vni << false;
    QTest::newRow("Times New Roman") << u"Times New Roman"_s << Encoding::Unicode << false;
    QTest::newRow("Calibri") << u"Calibri"_s << Encoding::Unicode << false;
    QTest::newRow("none") << QString() << Encoding::Unicode << false;
}

void TestLegacyEncoding::fonts()
{
    QFETCH(QString, font);
    QFETCH(Encoding, encoding);
    QFETCH(bool, capitals);
    const LegacyEncoding::FontEncoding found = LegacyEncoding::ofFont(font);
    QCOMPARE(found.encoding, encoding);
    QCOMPARE(found.capitals, capitals);
}

void TestLegacyEncoding::lookAlikes()
{
    QCOMPARE(LegacyEncoding::fromLookAlikes(u"D©n vËn khÐo"_s, Encoding::Tcvn3).value(), movement);
    QCOMPARE(LegacyEncoding::fromLookAlikes(asLookAlikes(vni), Encoding::Vni).value(), movement);
    // Text that no legacy font could hold is Unicode already.
    QVERIFY(!LegacyEncoding::fromLookAlikes(u"Dân vận khéo"_s, Encoding::Tcvn3).has_value());
    // Plain ASCII stays as it is.
    QCOMPARE(LegacyEncoding::fromLookAlikes(u"An Minh 2020"_s, Encoding::Vni).value(),
             u"An Minh 2020"_s);
}

void TestLegacyEncoding::capitalsFont()
{
    // A .VnTimeH cell: the lower-case codes show as capitals, so that is what was meant.
    QCOMPARE(LegacyEncoding::fromLookAlikes(u"d©n vËn khÐo"_s, Encoding::Tcvn3, true).value(),
             u"DÂN VẬN KHÉO"_s);
    QCOMPARE(LegacyEncoding::fromLookAlikes(u"b¸o c¸o"_s, Encoding::Tcvn3, true).value(),
             u"BÁO CÁO"_s);
}

void TestLegacyEncoding::guessLookAlikes_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("TCVN3") << QStringList{u"D©n vËn khÐo"_s,
                                          asLookAlikes(iconvEncode(u"Xã Bình An"_s, "TCVN5712-1"))}
                           << Encoding::Tcvn3;
    QTest::newRow("VNI") << QStringList{asLookAlikes(vni),
                                        asLookAlikes(VniCodec::encode(u"Huyện Châu Thành"_s))}
                         << Encoding::Vni;
    QTest::newRow("Unicode") << QStringList{movement, u"Xã Bình An"_s} << Encoding::Unicode;
    QTest::newRow("Latin-1 Vietnamese")
        << QStringList{u"Hà Tiên"_s, u"Ghi chú"_s} << Encoding::Unicode;
    QTest::newRow("ASCII") << QStringList{u"An Minh"_s} << Encoding::Unicode;
}

void TestLegacyEncoding::guessLookAlikes()
{
    QFETCH(QStringList, texts);
    QFETCH(Encoding, encoding);
    QCOMPARE(LegacyEncoding::guessLookAlikes(texts), encoding);
}

void TestLegacyEncoding::guessLongerTexts()
{
    const QString text =
        u"Ban Dân vận Huyện ủy Châu Thành tổ chức hội nghị tổng kết phong trào thi đua "
        "\"Dân vận khéo\" giai đoạn 2016-2020 tại hội trường xã Bình An, có 120 đại biểu dự."_s;
    QCOMPARE(LegacyEncoding::guessBytes(VniCodec::encode(text)), Encoding::Vni);
    QCOMPARE(LegacyEncoding::guessBytes(iconvEncode(text, "TCVN5712-1")), Encoding::Tcvn3);
    QCOMPARE(LegacyEncoding::guessBytes(iconvEncode(text, "CP1258")), Encoding::Windows1258);
    QCOMPARE(LegacyEncoding::decode(VniCodec::encode(text), Encoding::Vni), text);
    QCOMPARE(LegacyEncoding::decode(iconvEncode(text, "TCVN5712-1"), Encoding::Tcvn3), text);
    QCOMPARE(LegacyEncoding::decode(iconvEncode(text, "CP1258"), Encoding::Windows1258), text);
}

void TestLegacyEncoding::plausibility()
{
    QVERIFY(LegacyEncoding::plausibility(movement) > 0);
    QVERIFY(LegacyEncoding::plausibility(u"D©n vËn khÐo"_s) < 0);
    QVERIFY(LegacyEncoding::plausibility(u"Daân vaän kheùo"_s) < 0);
    QCOMPARE(LegacyEncoding::plausibility(u"An Minh 2020"_s), 0);
    // Both tone placements are Vietnamese.
    QCOMPARE(LegacyEncoding::plausibility(u"Hoà Hòa thuỷ thủy người nghiêng quốc giữa khuya"_s), 8);
}

void TestLegacyEncoding::keys()
{
    for (const Encoding encoding : LegacyEncoding::all())
        QCOMPARE(LegacyEncoding::fromKey(LegacyEncoding::key(encoding)), encoding);
    QCOMPARE(LegacyEncoding::fromKey(u"UTF-8"_s), Encoding::Unicode);
    QVERIFY(!LegacyEncoding::fromKey(u"latin1"_s).has_value());
}

QTEST_GUILESS_MAIN(TestLegacyEncoding)
#include "tst_legacyencoding.moc"
