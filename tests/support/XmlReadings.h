#pragma once

// The same XML read by QXmlStreamReader and by XmlScanner, written out alike, so that a test
// (tst_xmlscanner) and a fuzzer (fuzz_xmlscanner) can hold the scanner against Qt's reader:
// where Qt's reader takes a part, the scanner must take it and read the same.
#include "XmlScanner.h"

#include <QStringList>
#include <QXmlStreamReader>

namespace XmlReadings {

struct Reading
{
    bool ok = false;
    /// "<name a=1 b=2>", "</name>", and the text between two tags as "text".
    QStringList lines;
    /// The attributes' names of each start element, in order, without prefix.
    QList<QStringList> attributeNames;
};

inline void flushText(QString *text, QStringList *lines)
{
    if (!text->isEmpty())
        lines->append(u'"' + *text + u'"');
    text->clear();
}

inline Reading byQt(const QByteArray &xml)
{
    Reading reading;
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement()) {
            flushText(&text, &reading.lines);
            QString line = u'<' + reader.name().toString();
            QStringList names;
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                // The scanner gives the first attribute of a name, as XlsxReader asks.
                if (names.contains(attribute.name().toString()))
                    continue;
                names.append(attribute.name().toString());
                line += u' ' + names.last() + u'=' + attribute.value().toString();
            }
            reading.attributeNames.append(names);
            reading.lines.append(line + u'>');
        } else if (reader.isEndElement()) {
            flushText(&text, &reading.lines);
            reading.lines.append(QStringLiteral("</") + reader.name().toString() + u'>');
        }
    }
    reading.ok = !reader.hasError();
    return reading;
}

/// Asks each start element for the attributes `names` gives (those Qt's reader found), in
/// order; a start past the list is asked for none.
inline Reading byScanner(const QByteArray &xml, const QList<QStringList> &names)
{
    Reading reading;
    XmlScanner scanner(xml);
    QString text;
    qsizetype start = 0;
    while (!scanner.atEnd()) {
        switch (scanner.next()) {
        case XmlScanner::Token::Characters:
            text += XmlScanner::toString(scanner.characters());
            break;
        case XmlScanner::Token::StartElement: {
            flushText(&text, &reading.lines);
            QString line = u'<' + XmlScanner::toString(scanner.name());
            QStringList asked;
            for (const QString &name : names.value(start)) {
                const QByteArray value = scanner.attribute(name.toUtf8());
                line += u' ' + name + u'=' + XmlScanner::toString(value);
                asked.append(name);
            }
            ++start;
            reading.attributeNames.append(asked);
            reading.lines.append(line + u'>');
            break;
        }
        case XmlScanner::Token::EndElement:
            flushText(&text, &reading.lines);
            reading.lines.append(QStringLiteral("</") + XmlScanner::toString(scanner.name())
                                 + u'>');
            break;
        default:
            break;
        }
    }
    reading.ok = !scanner.hasError();
    return reading;
}

} // namespace XmlReadings
