#include "SipHash.h"
#include "StringKey.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

class tst_StringKey : public QObject
{
    Q_OBJECT

private slots:
    void sipHashValues_data();
    void sipHashValues();
    void sipHash13Spreads();
    void seedChangesHash();
    void keysInContainers();
};

// The reference implementation's key, 00 01 … 0f, as its two little-endian words.
constexpr quint64 referenceK0 = 0x0706050403020100ULL;
constexpr quint64 referenceK1 = 0x0f0e0d0c0b0a0908ULL;

// The reference implementation's messages: the bytes 00, 01, … of the length wanted.
std::array<uchar, 64> referenceMessage()
{
    std::array<uchar, 64> message{};
    for (int i = 0; i < int(message.size()); ++i)
        message[i] = uchar(i);
    return message;
}

quint64 sipHash24(const uchar *data, size_t size)
{
    return Hashing::sipHash<2, 4>(data, size, referenceK0, referenceK1);
}

quint64 sipHash13(const uchar *data, size_t size)
{
    return Hashing::sipHash<1, 3>(data, size, referenceK0, referenceK1);
}

void tst_StringKey::sipHashValues_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<quint64>("sip24");
    QTest::addColumn<quint64>("sip13");
    // SipHash-2-4: the vectors published with the algorithm. SipHash-1-3: the same messages
    // and key as a separate implementation of the algorithm (in Python, from its
    // specification, which gives the published 2-4 vectors) hashes them. Lengths around a
    // word's end and the last word's edge.
    QTest::newRow("empty") << 0 << quint64(0x726fdb47dd0e0e31ULL) << quint64(0xabac0158050fc4dcULL);
    QTest::newRow("1 byte") << 1 << quint64(0x74f839c593dc67fdULL)
                            << quint64(0xc9f49bf37d57ca93ULL);
    QTest::newRow("7 bytes") << 7 << quint64(0xab0200f58b01d137ULL)
                             << quint64(0xd3927d989bb11140ULL);
    QTest::newRow("8 bytes") << 8 << quint64(0x93f5f5799a932462ULL)
                             << quint64(0x369095118d299a8eULL);
    QTest::newRow("15 bytes") << 15 << quint64(0xa129ca6149be45e5ULL)
                              << quint64(0xd320d86d2a519956ULL);
    QTest::newRow("16 bytes") << 16 << quint64(0x3f2acc7f57c29bdbULL)
                              << quint64(0xcc4fdd1a7d908b66ULL);
    QTest::newRow("17 bytes") << 17 << quint64(0x699ae9f52cbe4794ULL)
                              << quint64(0x9cf2689063dbd80cULL);
    QTest::newRow("63 bytes") << 63 << quint64(0x958a324ceb064572ULL)
                              << quint64(0x9d199062b7bbb3a8ULL);
}

void tst_StringKey::sipHashValues()
{
    QFETCH(int, length);
    QFETCH(quint64, sip24);
    QFETCH(quint64, sip13);
    const std::array<uchar, 64> message = referenceMessage();
    QCOMPARE(sipHash24(message.data(), size_t(length)), sip24);
    QCOMPARE(sipHash13(message.data(), size_t(length)), sip13);
}

void tst_StringKey::sipHash13Spreads()
{
    // The same code with fewer rounds: every length of the reference's messages and every
    // single bit flipped in a 16-byte one gives a hash of its own, none of them SipHash-2-4's.
    const std::array<uchar, 64> message = referenceMessage();
    QSet<quint64> seen;
    for (int length = 0; length < int(message.size()); ++length) {
        const quint64 hash = sipHash13(message.data(), size_t(length));
        QVERIFY(hash != sipHash24(message.data(), size_t(length)));
        seen.insert(hash);
    }
    for (int bit = 0; bit < 128; ++bit) {
        std::array<uchar, 16> flipped{};
        std::copy_n(message.begin(), flipped.size(), flipped.begin());
        flipped[bit / 8] ^= uchar(1 << (bit % 8));
        seen.insert(sipHash13(flipped.data(), flipped.size()));
    }
    QCOMPARE(seen.size(), 64 + 128);
}

void tst_StringKey::seedChangesHash()
{
    const StringKey code(u"30880"_s);
    QCOMPARE(qHash(code, 7), qHash(StringKey(u"3088"_s + u'0'), 7));
    QVERIFY(qHash(code, 7) != qHash(code, 8));
    QVERIFY(qHash(code, 7) != qHash(StringKey(u"30881"_s), 7));
    // The text's length counts: a string and the same string with a NUL after it differ.
    QVERIFY(qHash(code, 7) != qHash(StringKey(u"30880"_s + QChar(0)), 7));
}

void tst_StringKey::keysInContainers()
{
    QHash<StringKey, int> lineOf;
    QSet<StringKey> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString code = QString::number(10000 + i);
        lineOf.insert(code, i);
        seen.insert(u"Xã %1"_s.arg(i));
    }
    QCOMPARE(lineOf.size(), 20000);
    for (int i = 0; i < 20000; i += 7) {
        QCOMPARE(lineOf.value(QString::number(10000 + i), -1), i);
        QVERIFY(seen.contains(u"Xã %1"_s.arg(i)));
    }
    QCOMPARE(lineOf.value(u"9999"_s, -1), -1);
    QVERIFY(!seen.contains(u"Xa 1"_s));
    QCOMPARE(lineOf.constFind(u"10042"_s).key().text(), u"10042"_s);
}

QTEST_GUILESS_MAIN(tst_StringKey)
#include "tst_stringkey.moc"
