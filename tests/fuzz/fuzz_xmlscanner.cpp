// libFuzzer target: XmlScanner, which reads the sheets and shared strings of .xlsx files,
// held against QXmlStreamReader. Any bytes must be read or refused without a fault; a part
// that Qt's reader takes must be taken and read the same (elements, attributes, text). Left
// out of the comparison: a document type, which may declare entities (the scanner refuses
// them on purpose), and bytes that end inside a UTF-8 sequence, which Qt's reader keeps
// waiting for and never sees (the scanner refuses them after the document's element). The
// readings are compared in UTF-8, which holds the scanner's text: a lone surrogate in a part
// in UTF-16, which Qt's reader keeps, is a '?' in both.
#include "FuzzSupport.h"
#include "XmlReadings.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

QList<QByteArray> inUtf8(const QStringList &lines)
{
    QList<QByteArray> bytes;
    for (const QString &line : lines)
        bytes.append(line.toUtf8());
    return bytes;
}

bool endsInsideUtf8Sequence(const QByteArray &bytes)
{
    qsizetype lead = bytes.size() - 1;
    while (lead >= 0 && lead > bytes.size() - 4 && (uchar(bytes.at(lead)) & 0xC0) == 0x80)
        --lead;
    if (lead < 0)
        return false;
    const uchar first = uchar(bytes.at(lead));
    const int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
    return bytes.size() - lead < length;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const XmlReadings::Reading qt = XmlReadings::byQt(xml);
    const XmlReadings::Reading scanned = XmlReadings::byScanner(xml, qt.attributeNames);
    if (qt.ok && !xml.contains("<!DOCTYPE") && !endsInsideUtf8Sequence(xml)) {
        FuzzSupport::check(scanned.ok, "what Qt reads, the scanner reads");
        const bool same = inUtf8(scanned.lines) == inUtf8(qt.lines);
        if (!same) {
            // Where they part, for whoever reads the crash input.
            qsizetype at = 0;
            while (at < qt.lines.size() && at < scanned.lines.size()
                   && qt.lines.at(at) == scanned.lines.at(at))
                ++at;
            std::fprintf(stderr, "line %lld: Qt: %s\nline %lld: scanner: %s\n", qlonglong(at),
                         qPrintable(qt.lines.value(at, QStringLiteral("(end)"))), qlonglong(at),
                         qPrintable(scanned.lines.value(at, QStringLiteral("(end)"))));
        }
        FuzzSupport::check(same, "and reads it the same");
    }

    // Each way of asking stays within the part.
    XmlScanner scanner(xml);
    while (!scanner.atEnd()) {
        if (scanner.next() != XmlScanner::Token::StartElement)
            continue;
        (void)scanner.attribute("r");
        if (scanner.name() == "v")
            (void)scanner.readElementText();
        else if (scanner.name() == "f")
            scanner.skipCurrentElement();
    }
    return 0;
}
