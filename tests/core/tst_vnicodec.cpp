#include "VniCodec.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ChartEntry
{
    QString letter;
    QByteArray bytes;
};

// The VNI-Windows code chart, letter by letter: each vowel with no tone, sắc, huyền, hỏi, ngã
// and nặng (a lower-case letter, then its capital), then the letters with bytes of their own.
const QList<ChartEntry> &chart()
{
    static const QList<ChartEntry> entries = {
        {u"a"_s, QByteArray("a")},        {u"A"_s, QByteArray("A")},
        {u"á"_s, QByteArray("a\xF9")},    {u"Á"_s, QByteArray("A\xD9")},
        {u"à"_s, QByteArray("a\xF8")},    {u"À"_s, QByteArray("A\xD8")},
        {u"ả"_s, QByteArray("a\xFB")},    {u"Ả"_s, QByteArray("A\xDB")},
        {u"ã"_s, QByteArray("a\xF5")},    {u"Ã"_s, QByteArray("A\xD5")},
        {u"ạ"_s, QByteArray("a\xEF")},    {u"Ạ"_s, QByteArray("A\xCF")},
        {u"â"_s, QByteArray("a\xE2")},    {u"Â"_s, QByteArray("A\xC2")},
        {u"ấ"_s, QByteArray("a\xE1")},    {u"Ấ"_s, QByteArray("A\xC1")},
        {u"ầ"_s, QByteArray("a\xE0")},    {u"Ầ"_s, QByteArray("A\xC0")},
        {u"ẩ"_s, QByteArray("a\xE5")},    {u"Ẩ"_s, QByteArray("A\xC5")},
        {u"ẫ"_s, QByteArray("a\xE3")},    {u"Ẫ"_s, QByteArray("A\xC3")},
        {u"ậ"_s, QByteArray("a\xE4")},    {u"Ậ"_s, QByteArray("A\xC4")},
        {u"ă"_s, QByteArray("a\xEA")},    {u"Ă"_s, QByteArray("A\xCA")},
        {u"ắ"_s, QByteArray("a\xE9")},    {u"Ắ"_s, QByteArray("A\xC9")},
        {u"ằ"_s, QByteArray("a\xE8")},    {u"Ằ"_s, QByteArray("A\xC8")},
        {u"ẳ"_s, QByteArray("a\xFA")},    {u"Ẳ"_s, QByteArray("A\xDA")},
        {u"ẵ"_s, QByteArray("a\xFC")},    {u"Ẵ"_s, QByteArray("A\xDC")},
        {u"ặ"_s, QByteArray("a\xEB")},    {u"Ặ"_s, QByteArray("A\xCB")},
        {u"e"_s, QByteArray("e")},        {u"E"_s, QByteArray("E")},
        {u"é"_s, QByteArray("e\xF9")},    {u"É"_s, QByteArray("E\xD9")},
        {u"è"_s, QByteArray("e\xF8")},    {u"È"_s, QByteArray("E\xD8")},
        {u"ẻ"_s, QByteArray("e\xFB")},    {u"Ẻ"_s, QByteArray("E\xDB")},
        {u"ẽ"_s, QByteArray("e\xF5")},    {u"Ẽ"_s, QByteArray("E\xD5")},
        {u"ẹ"_s, QByteArray("e\xEF")},    {u"Ẹ"_s, QByteArray("E\xCF")},
        {u"ê"_s, QByteArray("e\xE2")},    {u"Ê"_s, QByteArray("E\xC2")},
        {u"ế"_s, QByteArray("e\xE1")},    {u"Ế"_s, QByteArray("E\xC1")},
        {u"ề"_s, QByteArray("e\xE0")},    {u"Ề"_s, QByteArray("E\xC0")},
        {u"ể"_s, QByteArray("e\xE5")},    {u"Ể"_s, QByteArray("E\xC5")},
        {u"ễ"_s, QByteArray("e\xE3")},    {u"Ễ"_s, QByteArray("E\xC3")},
        {u"ệ"_s, QByteArray("e\xE4")},    {u"Ệ"_s, QByteArray("E\xC4")},
        {u"o"_s, QByteArray("o")},        {u"O"_s, QByteArray("O")},
        {u"ó"_s, QByteArray("o\xF9")},    {u"Ó"_s, QByteArray("O\xD9")},
        {u"ò"_s, QByteArray("o\xF8")},    {u"Ò"_s, QByteArray("O\xD8")},
        {u"ỏ"_s, QByteArray("o\xFB")},    {u"Ỏ"_s, QByteArray("O\xDB")},
        {u"õ"_s, QByteArray("o\xF5")},    {u"Õ"_s, QByteArray("O\xD5")},
        {u"ọ"_s, QByteArray("o\xEF")},    {u"Ọ"_s, QByteArray("O\xCF")},
        {u"ô"_s, QByteArray("o\xE2")},    {u"Ô"_s, QByteArray("O\xC2")},
        {u"ố"_s, QByteArray("o\xE1")},    {u"Ố"_s, QByteArray("O\xC1")},
        {u"ồ"_s, QByteArray("o\xE0")},    {u"Ồ"_s, QByteArray("O\xC0")},
        {u"ổ"_s, QByteArray("o\xE5")},    {u"Ổ"_s, QByteArray("O\xC5")},
        {u"ỗ"_s, QByteArray("o\xE3")},    {u"Ỗ"_s, QByteArray("O\xC3")},
        {u"ộ"_s, QByteArray("o\xE4")},    {u"Ộ"_s, QByteArray("O\xC4")},
        {u"ơ"_s, QByteArray("\xF4")},     {u"Ơ"_s, QByteArray("\xD4")},
        {u"ớ"_s, QByteArray("\xF4\xF9")}, {u"Ớ"_s, QByteArray("\xD4\xD9")},
        {u"ờ"_s, QByteArray("\xF4\xF8")}, {u"Ờ"_s, QByteArray("\xD4\xD8")},
        {u"ở"_s, QByteArray("\xF4\xFB")}, {u"Ở"_s, QByteArray("\xD4\xDB")},
        {u"ỡ"_s, QByteArray("\xF4\xF5")}, {u"Ỡ"_s, QByteArray("\xD4\xD5")},
        {u"ợ"_s, QByteArray("\xF4\xEF")}, {u"Ợ"_s, QByteArray("\xD4\xCF")},
        {u"u"_s, QByteArray("u")},        {u"U"_s, QByteArray("U")},
        {u"ú"_s, QByteArray("u\xF9")},    {u"Ú"_s, QByteArray("U\xD9")},
        {u"ù"_s, QByteArray("u\xF8")},    {u"Ù"_s, QByteArray("U\xD8")},
        {u"ủ"_s, QByteArray("u\xFB")},    {u"Ủ"_s, QByteArray("U\xDB")},
        {u"ũ"_s, QByteArray("u\xF5")},    {u"Ũ"_s, QByteArray("U\xD5")},
        {u"ụ"_s, QByteArray("u\xEF")},    {u"Ụ"_s, QByteArray("U\xCF")},
        {u"ư"_s, QByteArray("\xF6")},     {u"Ư"_s, QByteArray("\xD6")},
        {u"ứ"_s, QByteArray("\xF6\xF9")}, {u"Ứ"_s, QByteArray("\xD6\xD9")},
        {u"ừ"_s, QByteArray("\xF6\xF8")}, {u"Ừ"_s, QByteArray("\xD6\xD8")},
        {u"ử"_s, QByteArray("\xF6\xFB")}, {u"Ử"_s, QByteArray("\xD6\xDB")},
        {u"ữ"_s, QByteArray("\xF6\xF5")}, {u"Ữ"_s, QByteArray("\xD6\xD5")},
        {u"ự"_s, QByteArray("\xF6\xEF")}, {u"Ự"_s, QByteArray("\xD6\xCF")},
        {u"i"_s, QByteArray("i")},        {u"I"_s, QByteArray("I")},
        {u"í"_s, QByteArray("\xED")},     {u"Í"_s, QByteArray("\xCD")},
        {u"ì"_s, QByteArray("\xEC")},     {u"Ì"_s, QByteArray("\xCC")},
        {u"ỉ"_s, QByteArray("\xE6")},     {u"Ỉ"_s, QByteArray("\xC6")},
        {u"ĩ"_s, QByteArray("\xF3")},     {u"Ĩ"_s, QByteArray("\xD3")},
        {u"ị"_s, QByteArray("\xF2")},     {u"Ị"_s, QByteArray("\xD2")},
        {u"y"_s, QByteArray("y")},        {u"Y"_s, QByteArray("Y")},
        {u"ý"_s, QByteArray("y\xF9")},    {u"Ý"_s, QByteArray("Y\xD9")},
        {u"ỳ"_s, QByteArray("y\xF8")},    {u"Ỳ"_s, QByteArray("Y\xD8")},
        {u"ỷ"_s, QByteArray("y\xFB")},    {u"Ỷ"_s, QByteArray("Y\xDB")},
        {u"ỹ"_s, QByteArray("y\xF5")},    {u"Ỹ"_s, QByteArray("Y\xD5")},
        {u"ỵ"_s, QByteArray("\xEE")},     {u"Ỵ"_s, QByteArray("\xCE")},
        {u"đ"_s, QByteArray("\xF1")},     {u"Đ"_s, QByteArray("\xD1")},
    };
    return entries;
}

} // namespace

/// VniCodec: every letter of the VNI code chart both ways, words and texts as VNI fonts
/// hold them, and bytes that are not letters.
class TestVniCodec : public QObject
{
    Q_OBJECT

private slots:
    void chartHasEveryVietnameseLetter();
    void letter_data();
    void letter();
    void words_data();
    void words();
    void marksWithoutLetter();
    void otherBytesAreWindows1252();
    void encodeReplacesWhatVniCannotWrite();
};

void TestVniCodec::chartHasEveryVietnameseLetter()
{
    // 12 vowels × 6 tones and đ, in both cases.
    QCOMPARE(chart().size(), (12 * 6 + 1) * 2);
    QSet<QString> letters;
    for (const ChartEntry &entry : chart())
        letters.insert(entry.letter);
    QCOMPARE(letters.size(), chart().size());
}

void TestVniCodec::letter_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QByteArray>("bytes");
    for (const ChartEntry &entry : chart())
        QTest::newRow(entry.letter.toUtf8().constData()) << entry.letter << entry.bytes;
}

void TestVniCodec::letter()
{
    QFETCH(QString, letter);
    QFETCH(QByteArray, bytes);
    QCOMPARE(VniCodec::decode(bytes), letter);
    QCOMPARE(VniCodec::encode(letter), bytes);
    // Decomposed input encodes the same.
    QCOMPARE(VniCodec::encode(letter.normalized(QString::NormalizationForm_D)), bytes);
}

void TestVniCodec::words_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("movement") << QByteArray("Da\xE2n va\xE4n khe\xF9o") << u"Dân vận khéo"_s;
    QTest::newRow("capitals") << QByteArray("DA\xC2N VA\xC4N KHE\xD9O") << u"DÂN VẬN KHÉO"_s;
    QTest::newRow("commune") << QByteArray("Xa\xF5 B\xECnh An") << u"Xã Bình An"_s;
    QTest::newRow("horn vowels") << QByteArray("ng\xF6\xF4\xF8i") << u"người"_s;
    QTest::newRow("district") << QByteArray("Huye\xE4n Cha\xE2u Tha\xF8nh")
                              << u"Huyện Châu Thành"_s;
    QTest::newRow("party") << QByteArray("\xD1"
                                         "a\xFBng Co\xE4ng sa\xFBn Vie\xE4t Nam")
                           << u"Đảng Cộng sản Việt Nam"_s;
    QTest::newRow("hoa") << QByteArray("V\xF3nh Ho\xF8"
                                       "a")
                         << u"Vĩnh Hòa"_s;
    QTest::newRow("y and horn") << QByteArray("Ky\xF8 ho\xEFp th\xF6\xF9 nha\xE1t")
                                << u"Kỳ họp thứ nhất"_s;
}

void TestVniCodec::words()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(VniCodec::decode(bytes), text);
    QCOMPARE(VniCodec::encode(text), bytes);
}

void TestVniCodec::marksWithoutLetter()
{
    // A tone byte at the start has no letter to go on: it stays a combining mark.
    QCOMPARE(VniCodec::decode(QByteArray("\xF9")), QString(QChar(0x0301)));
    QCOMPARE(VniCodec::decode(QByteArray(" \xE1")), u" "_s + QChar(0x0302) + QChar(0x0301));
}

void TestVniCodec::otherBytesAreWindows1252()
{
    QCOMPARE(VniCodec::decode(QByteArray("\x80 \xA9 \xD7 \xFF")), u"€ © × ÿ"_s);
    QCOMPARE(VniCodec::encode(u"€ © ×"_s), QByteArray("\x80 \xA9 \xD7"));
}

void TestVniCodec::encodeReplacesWhatVniCannotWrite()
{
    // ü would read back as u with a breve and a tilde; Cyrillic and CJK have no byte.
    QCOMPARE(VniCodec::encode(u"ü Ж 中"_s), QByteArray("? ? ?"));
}

QTEST_GUILESS_MAIN(TestVniCodec)
#include "tst_vnicodec.moc"
