#include "JsonWriter.h"

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
};

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

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
