#include "JsonWriter.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQtWritesIt();
    void indentedLikeQt();
    void strings_data();
    void strings();
    void numbers();
    void toDevice();
    void deviceRefuses();
};

namespace {

// A document of a few megabytes: many small pieces, long strings that need escaping and
// strings in Vietnamese, so that the device is written many times, some of them in the
// middle of a string.
void writeLarge(JsonWriter &json)
{
    json.beginObject();
    json.key("rows").beginArray();
    for (int i = 0; i < 20000; ++i) {
        json.beginObject();
        json.key("row").number(i);
        json.key("unit").string(u"Xã Bình An số %1 \"thử\"\n"_s.arg(i));
        json.key("note").string(QString(i % 97, u'ệ'));
        json.key("ok").boolean(i % 2 == 0);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

// A device that takes nothing, as a full disk.
// A device that takes its first `taking` writes and refuses the others, as a disk that
// fills up.
class RefusingDevice : public QIODevice
{
public:
    explicit RefusingDevice(int taking = 0)
        : m_taking(taking)
    {
    }
    int refused = 0;
    QByteArray taken;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_taking > 0) {
            --m_taking;
            taken.append(data, size);
            return size;
        }
        ++refused;
        return -1;
    }

private:
    int m_taking = 0;
};

} // namespace

void TestJsonWriter::readsAsQtWritesIt()
{
    JsonWriter json;
    json.beginObject();
    json.key("campaign").number(1);
    json.key("name").string(u"Tổng kết “Dân vận khéo”"_s);
    json.key("files").beginArray();
    json.beginObject();
    json.key("form").boolean(true);
    json.key("error").null();
    json.key("rows").beginArray();
    json.number(-7).string(u""_s).boolean(false).beginArray().endArray().beginObject().endObject();
    json.endArray();
    json.endObject();
    json.endArray();
    json.key("empty").beginObject().endObject();
    json.endObject();

    const QJsonObject expected{
        {u"campaign"_s, 1},
        {u"name"_s, u"Tổng kết “Dân vận khéo”"_s},
        {u"files"_s,
         QJsonArray{
             QJsonObject{{u"form"_s, true},
                         {u"error"_s, QJsonValue::Null},
                         {u"rows"_s, QJsonArray{-7, u""_s, false, QJsonArray(), QJsonObject()}}}}},
        {u"empty"_s, QJsonObject()}};
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(json.bytes(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.object(), expected);
}

void TestJsonWriter::indentedLikeQt()
{
    JsonWriter json;
    json.beginObject();
    json.key("a").number(1);
    json.key("b").beginArray().boolean(true).null().endArray();
    json.key("c").beginObject().endObject();
    json.endObject();
    QCOMPARE(json.bytes(),
             QByteArray("{\n"
                        "    \"a\": 1,\n"
                        "    \"b\": [\n"
                        "        true,\n"
                        "        null\n"
                        "    ],\n"
                        "    \"c\": {}\n"
                        "}\n"));
    // Qt writes the same document with the same lines (its empty object on two).
    const QJsonObject same{
        {u"a"_s, 1}, {u"b"_s, QJsonArray{true, QJsonValue::Null}}, {u"c"_s, QJsonObject()}};
    QCOMPARE(QJsonDocument(same).toJson(QJsonDocument::Indented).replace("{\n    }", "{}"),
             json.bytes());
}

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("ASCII") << u"Ban Dan van 2016-2020"_s;
    QTest::newRow("Vietnamese") << u"Xã Bình An (30808, Kiên Lương) → Xã Kiên Lương"_s;
    QTest::newRow("quotes and backslashes") << u"\"C:\\Hồ sơ\\\" và \\\\"_s;
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QTest::newRow("every control character") << controls + u"\u007f"_s;
    QTest::newRow("line and paragraph separators") << u"a\u2028b\u2029c"_s;
    QTest::newRow("outside the first plane") << u"\U0001F4C4 hồ sơ"_s;
    QTest::newRow("a surrogate without its pair")
        << u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00) + QChar(0xDC00);
    QTest::newRow("a long text") << u"Hội nghị tổng kết phong trào thi đua. "_s.repeated(2000);
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginArray().string(text).endArray();
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(json.bytes(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.array().at(0).toString(), text);
    // Only what JSON requires is escaped: the rest is UTF-8 as it is.
    for (const char c : json.bytes())
        QVERIFY(uchar(c) >= 0x20 || c == '\n');
}

void TestJsonWriter::numbers()
{
    JsonWriter json;
    json.beginArray();
    json.number(0).number(1'500'000).number(std::numeric_limits<qint64>::min());
    json.number(std::numeric_limits<qint64>::max());
    json.endArray();
    QCOMPARE(json.bytes(),
             QByteArray("[\n    0,\n    1500000,\n    -9223372036854775808,\n"
                        "    9223372036854775807\n]\n"));
}

void TestJsonWriter::toDevice()
{
    JsonWriter held;
    writeLarge(held);
    QVERIFY(held.bytes().size() > 4 * 1024 * 1024);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    JsonWriter written(&buffer);
    writeLarge(written);
    // Most of it is on the device before the end: the writer never held the whole.
    QVERIFY(buffer.size() > 0);
    QVERIFY(written.bytes().size() < 1024 * 1024);
    QVERIFY(written.finish());
    QVERIFY(written.bytes().isEmpty());
    QCOMPARE(buffer.data(), held.bytes());
}

void TestJsonWriter::deviceRefuses()
{
    JsonWriter held;
    writeLarge(held);
    RefusingDevice device(2);
    QVERIFY(device.open(QIODevice::WriteOnly));
    JsonWriter json(&device);
    writeLarge(json);
    // Refused once, it writes no more (no piece missing in the middle of what got there),
    // and says so at the end.
    QCOMPARE(device.refused, 1);
    QVERIFY(!json.finish());
    QCOMPARE(device.refused, 1);
    QVERIFY(!device.taken.isEmpty());
    QCOMPARE(device.taken, held.bytes().left(device.taken.size()));

    // A short document that reaches the device only at its end fails there.
    RefusingDevice small;
    QVERIFY(small.open(QIODevice::WriteOnly));
    JsonWriter shortJson(&small);
    shortJson.beginArray().number(1).endArray();
    QCOMPARE(small.refused, 0);
    QVERIFY(!shortJson.finish());
    QCOMPARE(small.refused, 1);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
