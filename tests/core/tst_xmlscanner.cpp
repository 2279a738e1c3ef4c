#include "XmlReadings.h"
#include "XmlScanner.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

class TestXmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQtDoes_data();
    void readsAsQtDoes();
    void refusesWhatQtRefuses_data();
    void refusesWhatQtRefuses();
    void refusesDeclarationsOfItsOwn_data();
    void refusesDeclarationsOfItsOwn();
    void otherEncodings_data();
    void otherEncodings();
    void elementText();
    void skipsElements();
    void depth();
    void namesCompared();
};

void TestXmlScanner::readsAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a sheet's cells")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v>"
                      "</c><c r=\"B1\"><v>1.5E-3</v></c></row></sheetData></worksheet>")
        << QStringList{u"<worksheet>"_s, u"<sheetData>"_s, u"<row r=1>"_s,    u"<c r=A1 s=1 t=s>"_s,
                       u"<v>"_s,         u"\"0\""_s,       u"</v>"_s,         u"</c>"_s,
                       u"<c r=B1>"_s,    u"<v>"_s,         u"\"1.5E-3\""_s,   u"</v>"_s,
                       u"</c>"_s,        u"</row>"_s,      u"</sheetData>"_s, u"</worksheet>"_s};
    QTest::newRow("empty elements")
        << QByteArray("<a><b/><c x=\"1\" /></a>")
        << QStringList{u"<a>"_s, u"<b>"_s, u"</b>"_s, u"<c x=1>"_s, u"</c>"_s, u"</a>"_s};
    QTest::newRow("quotes and spaces") << QByteArray("<a x = 'it\"s' y=\"a'b\" z='a>b'></a >")
                                       << QStringList{u"<a x=it\"s y=a'b z=a>b>"_s, u"</a>"_s};
    QTest::newRow("entities") << QByteArray(
        "<a x=\"&lt;&amp;&quot;&apos;&gt;\">&lt;b&gt; &amp; &#273;&#x1EA1;!</a>")
                              << QStringList{u"<a x=<&\"'>>"_s, u"\"<b> & đạ!\""_s, u"</a>"_s};
    QTest::newRow("CDATA") << QByteArray("<a>x<![CDATA[<b>&amp;</b>]]>y</a>")
                           << QStringList{u"<a>"_s, u"\"x<b>&amp;</b>y\""_s, u"</a>"_s};
    QTest::newRow("comments and instructions")
        << QByteArray("<?xml version=\"1.0\"?><!-- a <b> --><a><?pi x?>t<!--c-->u</a><!--e-->\n")
        << QStringList{u"<a>"_s, u"\"tu\""_s, u"</a>"_s};
    QTest::newRow("prefixes") << QByteArray(
        "<x:worksheet xmlns:x=\"urn:x\" xmlns=\"urn:d\"><x:c x:r=\"A1\"/>"
        "</x:worksheet>")
                              << QStringList{u"<worksheet>"_s, u"<c r=A1>"_s, u"</c>"_s,
                                             u"</worksheet>"_s};
    QTest::newRow("a prefixed attribute beside a plain one")
        << QByteArray("<a xmlns:r=\"urn:r\" r:id=\"rId1\" r=\"B2\"/>")
        << QStringList{u"<a id=rId1 r=B2>"_s, u"</a>"_s};
    QTest::newRow("line ends") << QByteArray("<a x=\"1\r\n2\t3\n4\">l1\r\nl2\rl3\nl4</a>")
                               << QStringList{u"<a x=1 2 3 4>"_s, u"\"l1\nl2\nl3\nl4\""_s,
                                              u"</a>"_s};
    QTest::newRow("a line end by reference is kept")
        << QByteArray("<a x=\"1&#10;2&#13;3\">&#13;</a>")
        << QStringList{u"<a x=1\n2\r3>"_s, u"\"\r\""_s, u"</a>"_s};
    QTest::newRow("byte-order mark, Vietnamese")
        << QByteArray("\xEF\xBB\xBF<t>Xã Bình An</t>")
        << QStringList{u"<t>"_s, u"\"Xã Bình An\""_s, u"</t>"_s};
    QTest::newRow("a text that begins with U+FEFF keeps it")
        << QByteArray("<a x=\"\xEF\xBB\xBF"
                      "1\">\xEF\xBB\xBF"
                      "x</a>")
        << QStringList{u"<a x=\uFEFF1>"_s, u"\"\uFEFFx\""_s, u"</a>"_s};
    QTest::newRow("a document type without declarations")
        << QByteArray("<!DOCTYPE a SYSTEM \"a.dtd\"><a/>") << QStringList{u"<a>"_s, u"</a>"_s};
    QTest::newRow("a character reference with leading zeros")
        << QByteArray("<a>&#x000000041;&#0000066;</a>")
        << QStringList{u"<a>"_s, u"\"AB\""_s, u"</a>"_s};
    QTest::newRow("white space around the element")
        << QByteArray("\n  <a> </a>\r\n  ") << QStringList{u"<a>"_s, u"\" \""_s, u"</a>"_s};
}

void TestXmlScanner::readsAsQtDoes()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, expected);
    const XmlReadings::Reading qt = XmlReadings::byQt(xml);
    QVERIFY(qt.ok);
    QCOMPARE(qt.lines, expected); // the table says what Qt reads
    const XmlReadings::Reading scanned = XmlReadings::byScanner(xml, qt.attributeNames);
    QVERIFY(scanned.ok);
    QCOMPARE(scanned.lines, expected);
}

void TestXmlScanner::refusesWhatQtRefuses_data()
{
    QTest::addColumn<QByteArray>("xml");

    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("a declaration alone") << QByteArray("<?xml version=\"1.0\"?>");
    QTest::newRow("tags crossed") << QByteArray("<a><b></a></b>");
    QTest::newRow("another tag closed") << QByteArray("<a></b>");
    QTest::newRow("another tag of its length closed") << QByteArray("<row></rox>");
    QTest::newRow("a longer tag closed") << QByteArray("<r></row>");
    QTest::newRow("not closed") << QByteArray("<a><b></b>");
    QTest::newRow("cut in a tag") << QByteArray("<a><b x=\"1");
    QTest::newRow("cut in a comment") << QByteArray("<a><!-- x");
    QTest::newRow("cut in CDATA") << QByteArray("<a><![CDATA[x");
    QTest::newRow("no quotes") << QByteArray("<a x=1/>");
    QTest::newRow("no value") << QByteArray("<a x/>");
    QTest::newRow("attributes not apart") << QByteArray("<a x=\"1\"y=\"2\"/>");
    QTest::newRow("'<' in a value") << QByteArray("<a x=\"<\"/>");
    QTest::newRow("an unknown entity") << QByteArray("<a>&nbsp;</a>");
    QTest::newRow("an entity not ended") << QByteArray("<a>&amp</a>");
    QTest::newRow("an unknown entity in a value") << QByteArray("<a x=\"&b;\"/>");
    QTest::newRow("character zero") << QByteArray("<a>&#0;</a>");
    QTest::newRow("a surrogate") << QByteArray("<a>&#xD800;</a>");
    QTest::newRow("past Unicode") << QByteArray("<a>&#x110000;</a>");
    QTest::newRow("text before") << QByteArray("x<a/>");
    QTest::newRow("text after") << QByteArray("<a/>x");
    QTest::newRow("two elements") << QByteArray("<a/><b/>");
    QTest::newRow("an end alone") << QByteArray("</a>");
    QTest::newRow("no name") << QByteArray("<>");
    QTest::newRow("CDATA outside") << QByteArray("<![CDATA[x]]><a/>");
    QTest::newRow("a declaration of markup") << QByteArray("<a><!ELEMENT a ANY></a>");
    QTest::newRow("an unknown encoding")
        << QByteArray("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a/>");
}

void TestXmlScanner::refusesWhatQtRefuses()
{
    QFETCH(QByteArray, xml);
    QVERIFY(!XmlReadings::byQt(xml).ok);
    QVERIFY(!XmlReadings::byScanner(xml, {}).ok);
}

void TestXmlScanner::refusesDeclarationsOfItsOwn_data()
{
    QTest::addColumn<QByteArray>("xml");

    QTest::newRow("an entity") << QByteArray("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>");
    QTest::newRow("an attribute's default")
        << QByteArray("<!DOCTYPE a [<!ATTLIST c t CDATA \"s\">]><a><c/></a>");
    QTest::newRow("an element") << QByteArray("<!DOCTYPE a [<!ELEMENT a ANY>]><a/>");
}

void TestXmlScanner::refusesDeclarationsOfItsOwn()
{
    // Qt's reader takes them (and would give the entity and the default); no spreadsheet
    // program writes them, and the scanner refuses them rather than read them otherwise.
    QFETCH(QByteArray, xml);
    QVERIFY(XmlReadings::byQt(xml).ok);
    QVERIFY(!XmlReadings::byScanner(xml, {}).ok);
}

void TestXmlScanner::otherEncodings_data()
{
    QTest::addColumn<QByteArray>("xml");

    const QString text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><t a=\"Đ\">Xã Bình An</t>"_s;
    QStringEncoder littleEndian(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder bigEndian(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16 LE, with its mark") << QByteArray(littleEndian.encode(text));
    QTest::newRow("UTF-16 BE, with its mark") << QByteArray(bigEndian.encode(text));
    QTest::newRow("Latin-1, declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t a=\"\xD0\">Caf\xE9</t>");
}

void TestXmlScanner::otherEncodings()
{
    QFETCH(QByteArray, xml);
    const XmlReadings::Reading qt = XmlReadings::byQt(xml);
    QVERIFY(qt.ok);
    QCOMPARE(qt.lines.size(), 3);
    const XmlReadings::Reading scanned = XmlReadings::byScanner(xml, qt.attributeNames);
    QVERIFY(scanned.ok);
    QCOMPARE(scanned.lines, qt.lines);
}

void TestXmlScanner::elementText()
{
    XmlScanner scanner("<si><r><t>Xã </t></r><r><t xml:space=\"preserve\">Bình &amp; An</t></r>"
                       "</si>");
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QCOMPARE(QString::fromUtf8(scanner.readElementText()), u"Xã Bình & An"_s);
    QCOMPARE(scanner.token(), XmlScanner::Token::EndElement);
    QCOMPARE(scanner.name(), "si");
    QCOMPARE(scanner.next(), XmlScanner::Token::EndDocument);
    QVERIFY(!scanner.hasError());
}

void TestXmlScanner::skipsElements()
{
    XmlScanner scanner("<c><f>SUM(<x/>A1)</f><v>3</v></c>");
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QCOMPARE(scanner.name(), "f");
    scanner.skipCurrentElement();
    QCOMPARE(scanner.token(), XmlScanner::Token::EndElement);
    QCOMPARE(scanner.name(), "f");
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QCOMPARE(scanner.name(), "v");
    QCOMPARE(scanner.readElementText(), "3");
}

void TestXmlScanner::depth()
{
    XmlScanner scanner("<a><b/></a>");
    QList<int> depths;
    while (scanner.next() != XmlScanner::Token::EndDocument)
        depths.append(scanner.depth());
    QCOMPARE(depths, (QList<int>{1, 2, 1, 0}));
    QVERIFY(!scanner.hasError());
}

void TestXmlScanner::namesCompared()
{
    XmlScanner scanner(R"(<row r="2" rr="x" s="7" st=""><rPh/></row>)");
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QVERIFY(scanner.isNamed("row"));
    QVERIFY(!scanner.isNamed("r"));
    QVERIFY(!scanner.isNamed("rows"));
    QVERIFY(!scanner.isNamed("rox"));
    QCOMPARE(scanner.attribute("r"), "2");
    QCOMPARE(scanner.attribute("rr"), "x");
    QCOMPARE(scanner.attribute("s"), "7");
    QVERIFY(scanner.attribute("st").isEmpty());
    QVERIFY(scanner.attribute("t").isEmpty());
    QVERIFY(scanner.attribute("").isEmpty());
    QCOMPARE(scanner.next(), XmlScanner::Token::StartElement);
    QVERIFY(scanner.isNamed("rPh"));
    QVERIFY(!scanner.isNamed("rph"));

    QVERIFY(XmlScanner::is(QByteArrayView("inlineStr"), "inlineStr"));
    QVERIFY(!XmlScanner::is(QByteArrayView("inlineSt"), "inlineStr"));
    QVERIFY(!XmlScanner::is(QByteArrayView(), "s"));
    QVERIFY(XmlScanner::same(QByteArrayView(), QByteArrayView("")));
    QVERIFY(!XmlScanner::same(QByteArrayView("a"), QByteArrayView("b")));
    QVERIFY(!XmlScanner::same(QByteArrayView("a"), QByteArrayView("ab")));
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
