#include "CsvReader.h"

#include "Text.h"

#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// UTF-16 saved without a byte-order mark: every other byte of Latin text is zero.
std::optional<QStringConverter::Encoding> guessUtf16(const QByteArray &data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 512) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += data.at(i) == '\0';
        zeroOdd += data.at(i + 1) == '\0';
    }
    const int pairs = int(sample / 2);
    if (zeroOdd * 3 > pairs && zeroEven * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (zeroEven * 3 > pairs && zeroOdd * 10 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{
}

Result<void> CsvReader::load()
{
    const QByteArray data = m_device->readAll();
    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(data);
    if (!encoding)
        encoding = guessUtf16(data);

    if (!encoding || *encoding == QStringConverter::Utf8) {
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
            return Failure{tr("%1, line %2: the file contains a NUL byte, so it is not a text "
                              "file. Save it from the spreadsheet as “CSV UTF-8”.")
                               .arg(m_fileName)
                               .arg(lineOfOffset(data, nul))};
        }
        // Stateless: an unfinished sequence at the very end is an error, not held back.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        m_text = decoder.decode(data);
        if (decoder.hasError()) {
            // Find the first line that does not decode, to name it.
            int line = 1;
            for (const QByteArray &piece : data.split('\n')) {
                QStringDecoder lineDecoder(QStringConverter::Utf8,
                                           QStringConverter::Flag::Stateless);
                const QString decoded = lineDecoder.decode(piece);
                Q_UNUSED(decoded)
                if (lineDecoder.hasError())
                    break;
                ++line;
            }
            m_text.clear();
            return Failure{tr("%1, line %2: the text is not UTF-8 (it may be Windows-1258, "
                              "TCVN3 or VNI). Open the file in a spreadsheet and save it again "
                              "as “CSV UTF-8”.")
                               .arg(m_fileName)
                               .arg(line)};
        }
    } else {
        QStringDecoder decoder(*encoding, QStringConverter::Flag::Stateless);
        m_text = decoder.decode(data);
        if (decoder.hasError() || data.size() % 2 != 0) {
            m_text.clear();
            return Failure{tr("%1: the file looks like UTF-16 text but cannot be decoded. Save "
                              "it from the spreadsheet as “CSV UTF-8”.")
                               .arg(m_fileName)};
        }
        if (const qsizetype nul = m_text.indexOf(QChar(0)); nul >= 0) {
            const int line = int(QStringView(m_text).left(nul).count(u'\n')) + 1;
            m_text.clear();
            return Failure{tr("%1, line %2: the file contains a NUL character, so it is not "
                              "a text file. Save it from the spreadsheet as “CSV UTF-8”.")
                               .arg(m_fileName)
                               .arg(line)};
        }
    }
    if (m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    m_text = Text::composed(m_text);
    m_delimiter = guessDelimiter();
    m_position = 0;
    m_line = 1;
    return {};
}

void CsvReader::loadText(const QString &text)
{
    m_text = text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
    m_text = Text::composed(m_text);
    m_delimiter = guessDelimiter();
    m_position = 0;
    m_line = 1;
    m_error.clear();
}

QChar CsvReader::guessDelimiter() const
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    qsizetype start = 0; // the first line that is not blank
    while (start < m_text.size()
           && (m_text.at(start) == u'\n' || m_text.at(start) == u'\r' || m_text.at(start) == u' '))
        ++start;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const QChar ch = m_text.at(i);
        if (ch == u'"')
            quoted = !quoted;
        else if (!quoted && (ch == u'\n' || ch == u'\r'))
            break;
        else if (!quoted && ch == u',')
            ++commas;
        else if (!quoted && ch == u';')
            ++semicolons;
        else if (!quoted && ch == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    const qsizetype size = m_text.size();
    const QChar *text = m_text.constData();

    while (m_position < size) {
        m_recordLine = m_line;
        QString field;
        bool inQuotes = false;
        bool wasQuoted = false;
        int quoteLine = 0;
        bool endOfRecord = false;
        while (m_position < size && !endOfRecord) {
            const QChar ch = text[m_position];
            if (inQuotes) {
                if (ch == u'"') {
                    if (m_position + 1 < size && text[m_position + 1] == u'"') {
                        field.append(u'"');
                        m_position += 2;
                    } else {
                        inQuotes = false;
                        ++m_position;
                    }
                    continue;
                }
                if (ch == u'\n')
                    ++m_line;
                field.append(ch);
                ++m_position;
                continue;
            }
            if (ch == m_delimiter) {
                fields->append(field);
                field.clear();
                wasQuoted = false;
                ++m_position;
            } else if (ch == u'\r' || ch == u'\n') {
                ++m_position;
                if (ch == u'\r' && m_position < size && text[m_position] == u'\n')
                    ++m_position;
                ++m_line;
                endOfRecord = true;
            } else if (ch == u'"' && field.isEmpty() && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
                quoteLine = m_line;
                ++m_position;
            } else {
                // Take the run of plain characters up to the next special one at once.
                qsizetype end = m_position + 1;
                while (end < size) {
                    const QChar next = text[end];
                    if (next == m_delimiter || next == u'\r' || next == u'\n' || next == u'"')
                        break;
                    ++end;
                }
                // Most fields are one such run: made at their size, not grown by appending.
                if (field.isEmpty())
                    field = QString(text + m_position, end - m_position);
                else
                    field.append(QStringView(text + m_position, end - m_position));
                m_position = end;
            }
        }
        if (inQuotes) {
            m_error = tr("%1, line %2: a quoted field is never closed (a \" is missing).")
                          .arg(m_fileName)
                          .arg(quoteLine);
            fields->clear();
            return false;
        }
        fields->append(field);
        const bool blank = fields->size() == 1 && fields->first().trimmed().isEmpty();
        if (!blank)
            return true;
        fields->clear();
    }
    return false;
}
