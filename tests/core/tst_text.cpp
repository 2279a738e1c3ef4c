#include "Text.h"
#include "Unit.h"
#include "UnitKind.h"
#include "UnitTree.h"
#include "VietnameseCollator.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString nfd(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// The search key spelled out the slow way, to hold Text::searchKey() against: decompose,
// drop the marks, "đ" as "d", lower case, white space runs as one space, none at the ends.
QString referenceSearchKey(const QString &text)
{
    QString letters;
    for (const QChar ch : nfd(text)) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        letters.append(ch == QChar(0x0110) || ch == QChar(0x0111) ? QChar(u'd') : ch.toLower());
    }
    return letters.simplified();
}

Unit makeUnit(qint64 id, const QString &code, const QString &name, const QString &level,
              qint64 parentId)
{
    Unit unit;
    unit.id = id;
    unit.code = code;
    unit.name = name;
    unit.level = level;
    unit.kind = UnitKind::fromName(name);
    unit.parentId = parentId;
    return unit;
}

// A small piece of Kiên Giang, given in no particular order, with the traps real files
// have: two "Xã Bình An", "Hoà"/"Hòa", D/Đ, numbered names and a unit whose parent is gone.
QList<Unit> sampleUnits()
{
    return {
        makeUnit(8, u"X01"_s, u"Xã Vĩnh Hòa Phú"_s, u"commune"_s, 2),
        makeUnit(5, u"30808"_s, u"Xã Bình An"_s, u"commune"_s, 2),
        makeUnit(11, u"X99"_s, u"Xã Mồ Côi"_s, u"commune"_s, 999),
        makeUnit(3, u"905"_s, u"Huyện Châu Thành"_s, u"district"_s, 1),
        makeUnit(7, u"30893"_s, u"Xã Vĩnh Hoà Phú"_s, u"commune"_s, 3),
        makeUnit(13, u"X10"_s, u"Xã Tân Hiệp 10"_s, u"commune"_s, 2),
        makeUnit(10, u"X03"_s, u"Xã Đông Thái"_s, u"commune"_s, 3),
        makeUnit(1, u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s, 0),
        makeUnit(6, u"30898"_s, u"Xã Bình An"_s, u"commune"_s, 3),
        makeUnit(4, u"899"_s, u"Thành phố Rạch Giá"_s, u"district"_s, 1),
        makeUnit(12, u"X02"_s, u"Xã Tân Hiệp 2"_s, u"commune"_s, 2),
        makeUnit(9, u"30880"_s, u"Thị trấn Minh Lương"_s, u"commune"_s, 3),
        makeUnit(14, u"X04"_s, u"Xã Dương Hòa"_s, u"commune"_s, 3),
        makeUnit(2, u"902"_s, u"Huyện Kiên Lương"_s, u"district"_s, 1),
    };
}

QStringList codesInTreeOrder(const UnitTree &tree)
{
    QStringList codes;
    for (int i = 0; i < tree.size(); ++i)
        codes.append(tree.at(i).code);
    return codes;
}

} // namespace

/// Text clean-up and matching, unit kinds, Vietnamese sorting and the unit tree built on them.
class TestText : public QObject
{
    Q_OBJECT

private slots:
    void searchKey_data();
    void searchKey();
    void searchKeyEveryLetter();
    void searchKeyMixedText();
    void nameKey_data();
    void nameKey();
    void matchesKey_data();
    void matchesKey();
    void digitsValue_data();
    void digitsValue();
    void composedAsNfc();
    void simplifiedTakesEverySpace();
    void simplified_data();
    void simplified();
    void cleanName_data();
    void cleanName();
    void withStandardPrefix_data();
    void withStandardPrefix();

    void kindFromName_data();
    void kindFromName();
    void kindNormalized_data();
    void kindNormalized();
    void isCommuneKind_data();
    void isCommuneKind();
    void kindDisplayName();

    void collatorOrder();
    void collatorIgnoresCase();
    void collatorSortKeysAgree();

    void treeOrder();
    void treeStructure();
    void treeLabels();
    void treeLookups();
    void treeOrphanBecomesRoot();
    void treeCycleKeepsUnits();
    void emptyTree();
};

void TestText::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");

    QTest::newRow("commune") << u"Xã Bình An"_s << u"xa binh an"_s;
    QTest::newRow("capital Đ") << u"Đông"_s << u"dong"_s;
    QTest::newRow("small đ") << u"đông"_s << u"dong"_s;
    QTest::newRow("tone on a") << u"Hoà"_s << u"hoa"_s;
    QTest::newRow("tone on o") << u"Hòa"_s << u"hoa"_s;
    QTest::newRow("horns and breves") << u"Ưu Ơn Ăn Âu Ê"_s << u"uu on an au e"_s;
    QTest::newRow("full name") << u"Xã Vĩnh Hoà Phú"_s << u"xa vinh hoa phu"_s;
    QTest::newRow("decomposed") << nfd(u"Thị trấn Minh Lương"_s) << u"thi tran minh luong"_s;
    QTest::newRow("tabs and no-break spaces") << u"  Xã\tBình\u00A0\u00A0An  "_s << u"xa binh an"_s;
    QTest::newRow("digits kept") << u"Xã Tân Hiệp 2"_s << u"xa tan hiep 2"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestText::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);

    QCOMPARE(Text::searchKey(text), key);
    // Decomposed and composed spellings of the same text give the same key.
    QCOMPARE(Text::searchKey(nfd(text)), key);
    QCOMPARE(Text::searchKey(text.normalized(QString::NormalizationForm_C)), key);
}

void TestText::searchKeyEveryLetter()
{
    // Every printable ASCII character, every precomposed Latin letter and the general
    // punctuation (quotation marks, dashes, odd spaces), alone and inside a word, decomposed
    // or not.
    QList<char16_t> characters;
    for (char16_t ch = 0x20; ch < 0x7F; ++ch)
        characters.append(ch);
    for (char16_t ch = 0x00A0; ch <= 0x024F; ++ch)
        characters.append(ch);
    for (char16_t ch = 0x1E00; ch <= 0x1EFF; ++ch)
        characters.append(ch);
    for (char16_t ch = 0x2000; ch <= 0x206F; ++ch)
        characters.append(ch);
    for (const char16_t ch : std::as_const(characters)) {
        const QString alone(QChar{ch});
        const QString inWord = u"Xã "_s + alone + u"ngọc"_s;
        for (const QString &text : {alone, inWord, nfd(inWord)}) {
            if (Text::searchKey(text) != referenceSearchKey(text)) {
                QFAIL(qPrintable(u"U+%1 in “%2”: “%3”, expected “%4”"_s.arg(
                    QString::number(ch, 16), text, Text::searchKey(text),
                    referenceSearchKey(text))));
            }
        }
    }
}

void TestText::searchKeyMixedText()
{
    // Names made at random from Vietnamese letters, ASCII, spaces and tabs, a few with a
    // character outside the Latin blocks.
    const QString pieces[] = {u"Xã"_s, u"ĐÔNG"_s, u"hoà"_s,    u"Hòa"_s, u" "_s,    u"\t"_s,
                              u"  "_s, u"Ấp"_s,   u"12"_s,     u"Ỹ"_s,   u"thuỷ"_s, u"-"_s,
                              u"ơ"_s,  u"Ư"_s,    u"\u00A0"_s, u"ß"_s,   u"Ω"_s,    u"(A)"_s};
    quint32 state = 20201130;
    const auto random = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (int n = 0; n < 2000; ++n) {
        QString text;
        for (quint32 parts = random(8); parts > 0; --parts)
            text += pieces[random(std::size(pieces))];
        QCOMPARE(Text::searchKey(text), referenceSearchKey(text));
    }
}

void TestText::nameKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("old and new tone placement") << u"Xã Vĩnh Hoà"_s << u"xã vĩnh hòa"_s << true;
    QTest::newRow("uy") << u"Thuỷ Nguyên"_s << u"Thủy Nguyên"_s << true;
    QTest::newRow("in the middle") << u"Hoà Bình"_s << u"Hòa Bình"_s << true;
    QTest::newRow("capitals") << u"HOÀ AN"_s << u"hòa an"_s << true;
    QTest::newRow("spaces") << u" An  Hòa "_s << u"An Hòa"_s << true;
    QTest::newRow("decomposed") << nfd(u"Hoà"_s) << u"hòa"_s << true;
    QTest::newRow("different tone") << u"An Hòa"_s << u"An Hóa"_s << false;
    QTest::newRow("not at a syllable's end") << u"Hoàng"_s << u"Hòang"_s << false;
    QTest::newRow("accents matter") << u"Bình An"_s << u"Binh An"_s << false;
}

void TestText::nameKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);

    QCOMPARE(Text::nameKey(first) == Text::nameKey(second), same);
}

void TestText::matchesKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");

    QTest::newRow("one word") << u"Xã Bình An"_s << u"bình"_s << true;
    QTest::newRow("without accents") << u"Xã Bình An"_s << u"binh"_s << true;
    QTest::newRow("words in another order") << u"Xã Bình An"_s << u"an binh"_s << true;
    QTest::newRow("other tone placement") << u"Xã Vĩnh Hoà Phú"_s << u"vinh hòa"_s << true;
    QTest::newRow("đ typed as d") << u"Xã Đông Thái"_s << u"dong thai"_s << true;
    QTest::newRow("part of a word") << u"Huyện Châu Thành"_s << u"chau th"_s << true;
    QTest::newRow("extra spaces") << u"Xã Bình An"_s << u"  binh   an "_s << true;
    QTest::newRow("one word missing") << u"Xã Bình An"_s << u"binh hoa"_s << false;
    QTest::newRow("no word") << u"Xã Bình An"_s << u"vinh"_s << false;
    QTest::newRow("empty query") << u"Xã Bình An"_s << QString() << true;
}

void TestText::matchesKey()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(bool, matches);

    QCOMPARE(Text::matchesKey(Text::searchKey(text), Text::searchKey(query)), matches);
}

void TestText::digitsValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value"); // -1: none
    QTest::newRow("figures") << u"120"_s << qint64(120);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("leading zeros") << u"007"_s << qint64(7);
    QTest::newRow("spaces around") << u" \t45000000\u00a0"_s << qint64(45000000);
    QTest::newRow("eighteen figures") << u"999999999999999999"_s << qint64(999999999999999999);
    QTest::newRow("nineteen figures") << u"1000000000000000000"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("spaces") << u"   "_s << qint64(-1);
    QTest::newRow("grouped") << u"1.500.000"_s << qint64(-1);
    QTest::newRow("space inside") << u"1 500"_s << qint64(-1);
    QTest::newRow("sign") << u"+5"_s << qint64(-1);
    QTest::newRow("negative") << u"-5"_s << qint64(-1);
    QTest::newRow("with a word") << u"120 người"_s << qint64(-1);
    QTest::newRow("Arabic-Indic") << u"\u0661\u0662"_s << qint64(-1);
}

void TestText::digitsValue()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    const std::optional<qint64> read = Text::digitsValue(text);
    if (value < 0)
        QVERIFY(!read.has_value());
    else
        QCOMPARE(read, std::optional<qint64>(value));
}

// Text::composed() skips QString::normalized() when it judges that NFC cannot change the
// text: every character of the first plane, alone, after a letter and before a combining
// mark, and characters beyond it, must come out as NFC writes them.
void TestText::composedAsNfc()
{
    int differ = 0;
    for (char32_t code = 1; code < 0x10000; ++code) {
        if (code >= 0xD800 && code <= 0xDFFF)
            continue;
        const QString ch = QString::fromUcs4(&code, 1);
        const QStringList texts{ch, u"a"_s + ch, ch + u"\u0301"_s, u"Xã "_s + ch + u"ị"_s};
        for (const QString &text : texts) {
            const QString nfc = text.normalized(QString::NormalizationForm_C);
            if (Text::composed(text) != nfc && ++differ <= 5)
                qWarning("U+%04X in \"%s\" is not composed", unsigned(code), qPrintable(text));
        }
    }
    QCOMPARE(differ, 0);
    // Beyond the first plane: a musical symbol NFC decomposes, and an emoji it keeps.
    const QString beyond = QString::fromUcs4(U"\U0001D15E \U0001F600");
    QCOMPARE(Text::composed(beyond), beyond.normalized(QString::NormalizationForm_C));
    QVERIFY(Text::composed(beyond) != beyond);
    // Text NFC leaves alone is given back as it is, not copied.
    const QString name = u"Xã Vĩnh Hòa Phú"_s;
    QVERIFY(Text::composed(name).constData() == name.constData());
}

// simplified() judges most characters without QChar::isSpace(): it must agree with it (and
// take the no-break space and the byte order mark as spaces too) on the whole first plane.
void TestText::simplifiedTakesEverySpace()
{
    int differ = 0;
    for (int code = 1; code <= 0xFFFF; ++code) {
        if (code >= 0xD800 && code <= 0xDFFF)
            continue;
        const QChar ch{char16_t(code)};
        const bool space = ch.isSpace() || code == 0x00A0 || code == 0xFEFF;
        const QString text = u"Xã"_s + ch + u"Bình"_s;
        const QString expected = space ? u"Xã Bình"_s : text;
        if (Text::simplifiedNfc(text) != expected && ++differ <= 5)
            qWarning("U+%04X is %s", unsigned(code), space ? "a space" : "no space");
    }
    QCOMPARE(differ, 0);
}

void TestText::simplified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spaces") << u"  Xã   Bình An "_s << u"Xã Bình An"_s;
    QTest::newRow("tabs and line breaks") << u"Xã\tBình\r\nAn"_s << u"Xã Bình An"_s;
    QTest::newRow("no-break space") << u"Xã\u00A0Bình An"_s << u"Xã Bình An"_s;
    QTest::newRow("byte-order mark") << u"\uFEFFXã Bình An"_s << u"Xã Bình An"_s;
    QTest::newRow("decomposed to composed") << nfd(u"Vĩnh Hòa"_s) << u"Vĩnh Hòa"_s;
    QTest::newRow("tone placement kept") << u"Vĩnh Hoà"_s << u"Vĩnh Hoà"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u" \t "_s << QString();
}

void TestText::simplified()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QString result = Text::simplified(text);
    QCOMPARE(result, expected);
    QCOMPARE(result, result.normalized(QString::NormalizationForm_C));
}

void TestText::cleanName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Thị Trấn") << u"Thị Trấn  Kiên Lương"_s << u"Thị trấn Kiên Lương"_s;
    QTest::newRow("THÀNH PHỐ") << u"THÀNH PHỐ Rạch Giá"_s << u"Thành phố Rạch Giá"_s;
    QTest::newRow("lower-case xã") << u"xã Bình An"_s << u"Xã Bình An"_s;
    QTest::newRow("thị xã, not xã") << u"THỊ XÃ Hà Tiên"_s << u"Thị xã Hà Tiên"_s;
    QTest::newRow("Đảng bộ") << u"ĐẢNG BỘ Quân sự tỉnh"_s << u"Đảng bộ Quân sự tỉnh"_s;
    QTest::newRow("spaces around") << u"  huyện\tChâu  Thành "_s << u"Huyện Châu Thành"_s;
    QTest::newRow("Hoà kept") << u"Xã Vĩnh Hoà Phú"_s << u"Xã Vĩnh Hoà Phú"_s;
    QTest::newRow("Hòa kept") << u"Xã Vĩnh Hòa Hiệp"_s << u"Xã Vĩnh Hòa Hiệp"_s;
    QTest::newRow("only the leading kind") << u"xã Thị Trấn"_s << u"Xã Thị Trấn"_s;
    QTest::newRow("no kind") << u"Bình An"_s << u"Bình An"_s;
    QTest::newRow("kind word alone") << u"Xã"_s << u"Xã"_s;
    QTest::newRow("decomposed") << nfd(u"Thị Trấn Kiên Lương"_s) << u"Thị trấn Kiên Lương"_s;
}

void TestText::cleanName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    QCOMPARE(Text::cleanName(name), expected);
    // Cleaning a clean name changes nothing.
    QCOMPARE(Text::cleanName(expected), expected);
}

void TestText::withStandardPrefix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mixed case") << u"thị TRẤN Kiên Lương"_s << u"Thị trấn Kiên Lương"_s;
    QTest::newRow("capitals with Đ") << u"ĐẶC KHU Kiên Hải"_s << u"Đặc khu Kiên Hải"_s;
    QTest::newRow("one letter off") << u"Xà Bình An"_s << u"Xà Bình An"_s;
    QTest::newRow("standard") << u"Phường Rạch Giá"_s << u"Phường Rạch Giá"_s;
    QTest::newRow("kind word alone") << u"Huyện"_s << u"Huyện"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestText::withStandardPrefix()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);

    const QString standard = UnitKind::withStandardPrefix(name);
    QCOMPARE(standard, expected);
    // As the older way: the prefix found, then its standard spelling put in its place.
    QString older = name;
    if (const QString prefix = UnitKind::prefixOf(name); !prefix.isEmpty())
        older.replace(0, prefix.size(), UnitKind::standardPrefix(prefix));
    QCOMPARE(standard, older);
    // A name that needs no change comes back as it is, not copied.
    const QString held(name.constData(), name.size()); // on the heap, as a file's names are
    if (name == expected && !name.isEmpty())
        QVERIFY(UnitKind::withStandardPrefix(held).isSharedWith(held));
}

void TestText::kindFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("kind");

    QTest::newRow("Thị Trấn") << u"Thị Trấn Kiên Lương"_s << u"Thị Trấn"_s << u"thị trấn"_s;
    QTest::newRow("thị xã") << u"Thị xã Hà Tiên"_s << u"Thị xã"_s << u"thị xã"_s;
    QTest::newRow("xã") << u"Xã Bình An"_s << u"Xã"_s << u"xã"_s;
    QTest::newRow("phường") << u"Phường Vĩnh Thanh"_s << u"Phường"_s << u"phường"_s;
    QTest::newRow("huyện") << u"Huyện Châu Thành"_s << u"Huyện"_s << u"huyện"_s;
    QTest::newRow("thành phố") << u"THÀNH PHỐ Rạch Giá"_s << u"THÀNH PHỐ"_s << u"thành phố"_s;
    QTest::newRow("tỉnh") << u"Tỉnh Kiên Giang"_s << u"Tỉnh"_s << u"tỉnh"_s;
    QTest::newRow("đặc khu") << u"Đặc khu Phú Quốc"_s << u"Đặc khu"_s << u"đặc khu"_s;
    QTest::newRow("no kind") << u"Bình An"_s << QString() << QString();
    QTest::newRow("kind glued to the name") << u"Xãbình"_s << QString() << QString();
}

void TestText::kindFromName()
{
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QFETCH(QString, kind);

    QCOMPARE(UnitKind::prefixOf(name), prefix);
    QCOMPARE(UnitKind::fromName(name), kind);
}

void TestText::kindNormalized_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title case") << u"Thị Trấn"_s << u"thị trấn"_s;
    QTest::newRow("capitals and spaces") << u"  XÃ "_s << u"xã"_s;
    QTest::newRow("Đ") << u"Đảng\u00A0 Bộ"_s << u"đảng bộ"_s;
    QTest::newRow("decomposed") << nfd(u"Phường"_s) << u"phường"_s;
    QTest::newRow("unknown kind kept") << u"Ban Chỉ huy"_s << u"ban chỉ huy"_s;
}

void TestText::kindNormalized()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QCOMPARE(UnitKind::normalized(kind), expected);
}

void TestText::isCommuneKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("commune");

    QTest::newRow("xã") << u"xã"_s << true;
    QTest::newRow("phường") << u"phường"_s << true;
    QTest::newRow("thị trấn") << u"thị trấn"_s << true;
    QTest::newRow("đặc khu") << u"đặc khu"_s << true;
    QTest::newRow("thị xã") << u"thị xã"_s << false;
    QTest::newRow("huyện") << u"huyện"_s << false;
    QTest::newRow("quận") << u"quận"_s << false;
    QTest::newRow("thành phố") << u"thành phố"_s << false;
    QTest::newRow("tỉnh") << u"tỉnh"_s << false;
    QTest::newRow("đảng bộ") << u"đảng bộ"_s << false;
    QTest::newRow("unknown") << u"ấp"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestText::isCommuneKind()
{
    QFETCH(QString, kind);
    QFETCH(bool, commune);

    QCOMPARE(UnitKind::isCommuneKind(kind), commune);
}

void TestText::kindDisplayName()
{
    const QString commune = UnitKind::displayName(u"xã"_s);
    const QString district = UnitKind::displayName(u"huyện"_s);
    QVERIFY(!commune.isEmpty());
    QVERIFY(!district.isEmpty());
    QVERIFY(commune != district);
    // An unknown kind is shown as written.
    QCOMPARE(UnitKind::displayName(u"ban chỉ huy"_s), u"ban chỉ huy"_s);
}

void TestText::collatorOrder()
{
    const QStringList expected =
        u"Anh|Ăn|Ân|Bình|Dương|Đông|Ong|Ông|Ơn|Út|Ưng|Xã Tân Hiệp 2|Xã Tân Hiệp 10"_s.split(u'|');
    QStringList shuffled =
        u"Ơn|Xã Tân Hiệp 10|Đông|Ân|Ưng|Anh|Ông|Ăn|Út|Dương|Ong|Bình|Xã Tân Hiệp 2"_s.split(u'|');
    QCOMPARE(shuffled.size(), expected.size());

    QStringList plain = shuffled;
    std::sort(plain.begin(), plain.end());
    // Plain QString order is by code point: Vietnamese letters land after Z.
    QVERIFY(plain != expected);
    QVERIFY(plain.indexOf(u"Đông"_s) > plain.indexOf(u"Ong"_s));
    QVERIFY(plain.indexOf(u"Xã Tân Hiệp 10"_s) < plain.indexOf(u"Xã Tân Hiệp 2"_s));

    const VietnameseCollator collator;
    std::sort(shuffled.begin(), shuffled.end(), collator);
    QCOMPARE(shuffled, expected);

    QVERIFY(collator(u"Xã Tân Hiệp 2"_s, u"Xã Tân Hiệp 10"_s));
    QVERIFY(!collator(u"Xã Tân Hiệp 10"_s, u"Xã Tân Hiệp 2"_s));
    QVERIFY(collator.compare(u"Dương"_s, u"Đông"_s) < 0);
    QVERIFY(collator.compare(u"Đông"_s, u"Dương"_s) > 0);
}

void TestText::collatorIgnoresCase()
{
    const VietnameseCollator collator;
    QCOMPARE(collator.compare(u"xã bình an"_s, u"XÃ BÌNH AN"_s), 0);
    // Lower case does not sort after every capital, as it does by code point.
    QVERIFY(collator(u"an"_s, u"Bình"_s));
    QVERIFY(QString(u"Bình"_s) < QString(u"an"_s));
}

void TestText::collatorSortKeysAgree()
{
    const VietnameseCollator collator;
    const QStringList names{u"Xã Bình An"_s,          u"Xã Đông Thái"_s,   u"Xã Dương Hòa"_s,
                            u"Thị trấn Minh Lương"_s, u"Xã Tân Hiệp 10"_s, u"Xã Tân Hiệp 2"_s};
    for (const QString &a : names) {
        for (const QString &b : names) {
            const int direct = collator.compare(a, b);
            const int byKey = collator.sortKey(a).compare(collator.sortKey(b));
            QVERIFY2((direct < 0) == (byKey < 0) && (direct > 0) == (byKey > 0),
                     qPrintable(a + u" / "_s + b));
        }
    }
}

void TestText::treeOrder()
{
    const UnitTree tree(sampleUnits());
    QCOMPARE(tree.size(), 14);
    // Pre-order, children in Vietnamese order: Châu Thành < Kiên Lương < Rạch Giá (by name,
    // "Huyện" < "Thành phố"), D < Đ, "Tân Hiệp 2" < "Tân Hiệp 10"; the orphan is a root after
    // the province.
    const QStringList expected{
        u"91"_s,  u"905"_s,   u"30880"_s, u"30898"_s, u"X04"_s, u"X03"_s, u"30893"_s,
        u"902"_s, u"30808"_s, u"X02"_s,   u"X10"_s,   u"X01"_s, u"899"_s, u"X99"_s,
    };
    QCOMPARE(codesInTreeOrder(tree), expected);
}

void TestText::treeStructure()
{
    const UnitTree tree(sampleUnits());
    const int province = tree.indexOfCode(u"91"_s);
    const int chauThanh = tree.indexOfCode(u"905"_s);
    const int kienLuong = tree.indexOfCode(u"902"_s);
    const int rachGia = tree.indexOfCode(u"899"_s);
    const int binhAn = tree.indexOfCode(u"30898"_s);
    const int orphan = tree.indexOfCode(u"X99"_s);

    QCOMPARE(tree.parentIndex(province), -1);
    QCOMPARE(tree.parentIndex(chauThanh), province);
    QCOMPARE(tree.parentIndex(binhAn), chauThanh);
    QCOMPARE(tree.children(province), (QList<int>{chauThanh, kienLuong, rachGia}));
    QCOMPARE(tree.children(chauThanh).size(), 5);
    QVERIFY(tree.children(chauThanh).contains(binhAn));
    QVERIFY(tree.children(rachGia).isEmpty());
    QCOMPARE(tree.roots(), (QList<int>{province, orphan}));

    QVERIFY(tree.isAncestor(province, binhAn));
    QVERIFY(tree.isAncestor(chauThanh, binhAn));
    QVERIFY(!tree.isAncestor(kienLuong, binhAn));
    QVERIFY(!tree.isAncestor(binhAn, chauThanh));
    QVERIFY(!tree.isAncestor(binhAn, binhAn));
    QVERIFY(!tree.isAncestor(province, orphan));

    // Every unit's children come right after it, each followed by its descendants.
    for (int i = 0; i < tree.size(); ++i) {
        for (int child : tree.children(i)) {
            QCOMPARE(tree.parentIndex(child), i);
            QVERIFY(child > i);
        }
    }
}

void TestText::treeLabels()
{
    const UnitTree tree(sampleUnits());
    const int binhAnChauThanh = tree.indexOfCode(u"30898"_s);
    const int binhAnKienLuong = tree.indexOfCode(u"30808"_s);
    const int hoaChauThanh = tree.indexOfCode(u"30893"_s);
    const int hoaKienLuong = tree.indexOfCode(u"X01"_s);
    const int duongHoa = tree.indexOfCode(u"X04"_s);

    QVERIFY(tree.hasRepeatedName(binhAnChauThanh));
    QCOMPARE(tree.label(binhAnChauThanh), u"Xã Bình An (Huyện Châu Thành)"_s);
    QCOMPARE(tree.label(binhAnKienLuong), u"Xã Bình An (Huyện Kiên Lương)"_s);

    // "Hoà" and "Hòa" are the same name written two ways, so both need their district.
    QVERIFY(tree.hasRepeatedName(hoaChauThanh));
    QVERIFY(tree.hasRepeatedName(hoaKienLuong));
    QCOMPARE(tree.label(hoaChauThanh), u"Xã Vĩnh Hoà Phú (Huyện Châu Thành)"_s);
    QCOMPARE(tree.label(hoaKienLuong), u"Xã Vĩnh Hòa Phú (Huyện Kiên Lương)"_s);

    QVERIFY(!tree.hasRepeatedName(duongHoa));
    QCOMPARE(tree.label(duongHoa), u"Xã Dương Hòa"_s);
    QCOMPARE(tree.label(tree.indexOfCode(u"91"_s)), u"Tỉnh Kiên Giang"_s);
}

void TestText::treeLookups()
{
    const UnitTree tree(sampleUnits());
    for (const Unit &unit : sampleUnits()) {
        const int index = tree.indexOf(unit.id);
        QVERIFY2(index >= 0, qPrintable(unit.name));
        QCOMPARE(tree.at(index).id, unit.id);
        QCOMPARE(tree.at(index).name, unit.name);
        QCOMPARE(tree.indexOfCode(unit.code), index);
    }
    QCOMPARE(tree.indexOf(12345), -1);
    QCOMPARE(tree.indexOfCode(u"00000"_s), -1);
    QCOMPARE(tree.indexOfCode(QString()), -1);

    const int binhAn = tree.indexOfCode(u"30898"_s);
    QCOMPARE(tree.searchKey(binhAn), u"xa binh an 30898"_s);
    QVERIFY(Text::matchesKey(tree.searchKey(binhAn), Text::searchKey(u"bình an 30898"_s)));
}

void TestText::treeOrphanBecomesRoot()
{
    const UnitTree tree(sampleUnits());
    const int orphan = tree.indexOfCode(u"X99"_s);
    QVERIFY(orphan >= 0);
    QCOMPARE(tree.parentIndex(orphan), -1);
    QVERIFY(tree.roots().contains(orphan));
    QCOMPARE(tree.label(orphan), u"Xã Mồ Côi"_s);
}

void TestText::treeCycleKeepsUnits()
{
    // 21 and 22 are each other's parent, 23 is its own parent, 24 hangs under the cycle.
    const QList<Unit> units{
        makeUnit(1, u"91"_s, u"Tỉnh Kiên Giang"_s, u"province"_s, 0),
        makeUnit(21, u"C21"_s, u"Xã Một"_s, u"commune"_s, 22),
        makeUnit(22, u"C22"_s, u"Xã Hai"_s, u"commune"_s, 21),
        makeUnit(23, u"C23"_s, u"Xã Ba"_s, u"commune"_s, 23),
        makeUnit(24, u"C24"_s, u"Ấp Bốn"_s, u"commune"_s, 21),
    };
    const UnitTree tree(units);
    QCOMPARE(tree.size(), units.size());

    QList<int> seen;
    for (const Unit &unit : units) {
        const int index = tree.indexOf(unit.id);
        QVERIFY2(index >= 0, qPrintable(unit.name));
        QVERIFY(!seen.contains(index));
        seen.append(index);
    }

    const int one = tree.indexOfCode(u"C21"_s);
    const int two = tree.indexOfCode(u"C22"_s);
    const int self = tree.indexOfCode(u"C23"_s);
    const int four = tree.indexOfCode(u"C24"_s);
    QCOMPARE(tree.parentIndex(self), -1);
    QVERIFY(tree.roots().contains(self));
    // The cycle is cut at one of its units, which becomes a root; the other stays below it.
    QVERIFY((tree.parentIndex(one) == -1) != (tree.parentIndex(two) == -1));
    QVERIFY(tree.roots().contains(one) || tree.roots().contains(two));
    QCOMPARE(tree.parentIndex(four), one);
    // Walking up ends even though the data has a cycle.
    QVERIFY(!tree.isAncestor(four, one));
    QVERIFY(!tree.isAncestor(self, self));
    for (int i = 0; i < tree.size(); ++i) {
        for (int child : tree.children(i))
            QCOMPARE(tree.parentIndex(child), i);
    }
}

void TestText::emptyTree()
{
    const UnitTree tree(QList<Unit>{});
    QCOMPARE(tree.size(), 0);
    QVERIFY(tree.roots().isEmpty());
    QCOMPARE(tree.indexOf(1), -1);
}

QTEST_GUILESS_MAIN(TestText)

#include "tst_text.moc"
