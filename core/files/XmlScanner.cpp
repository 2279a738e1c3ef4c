#include "XmlScanner.h"

#include <QStringDecoder>

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where a name ends: white space, or a character that cannot be in one.
bool endsName(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '/':
    case '>':
    case '<':
    case '=':
    case '"':
    case '\'':
        return true;
    default:
        return false;
    }
}

QByteArrayView localName(QByteArrayView qualified)
{
    const void *colon = std::memchr(qualified.data(), ':', size_t(qualified.size()));
    if (!colon)
        return qualified;
    const qsizetype at = static_cast<const char *>(colon) - qualified.data();
    return qualified.sliced(at + 1);
}

bool holds(QByteArrayView bytes, char c)
{
    return !bytes.isEmpty() && std::memchr(bytes.data(), c, size_t(bytes.size())) != nullptr;
}

void appendUtf8(char32_t code, QByteArray *out)
{
    if (code < 0x80) {
        out->append(char(code));
    } else if (code < 0x800) {
        out->append(char(0xC0 | (code >> 6)));
        out->append(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->append(char(0xE0 | (code >> 12)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    } else {
        out->append(char(0xF0 | (code >> 18)));
        out->append(char(0x80 | ((code >> 12) & 0x3F)));
        out->append(char(0x80 | ((code >> 6) & 0x3F)));
        out->append(char(0x80 | (code & 0x3F)));
    }
}

// The character of "#38" or "#x26"; 0 when it is not one XML allows.
char32_t characterReference(QByteArrayView reference)
{
    if (reference.size() < 2)
        return 0;
    const bool hex = reference.at(1) == 'x';
    const QByteArrayView digits = reference.sliced(hex ? 2 : 1);
    if (digits.isEmpty())
        return 0;
    char32_t code = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        code = code * (hex ? 16 : 10) + char32_t(digit);
        if (code > 0x10FFFF)
            return 0;
    }
    const bool allowed = code == 0x9 || code == 0xA || code == 0xD
        || (code >= 0x20 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD)
        || code >= 0x10000;
    return allowed ? code : 0;
}

// The encoding a declaration names (<?xml version="1.0" encoding="windows-1252"?>).
QByteArray declaredEncoding(QByteArrayView data)
{
    if (!data.startsWith("<?xml"))
        return {};
    const qsizetype end = QByteArray::fromRawData(data.data(), data.size()).indexOf("?>");
    if (end < 0)
        return {};
    const QByteArray declaration = QByteArray::fromRawData(data.data(), end);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < declaration.size() && (isSpace(declaration.at(i)) || declaration.at(i) == '='))
        ++i;
    if (i >= declaration.size() || (declaration.at(i) != '"' && declaration.at(i) != '\''))
        return {};
    const qsizetype close = declaration.indexOf(declaration.at(i), i + 1);
    return close < 0 ? QByteArray() : declaration.mid(i + 1, close - i - 1);
}

} // namespace

XmlScanner::XmlScanner(const QByteArray &data)
    : m_data(data)
{
    const auto detected = QStringConverter::encodingForData(data, u'<');
    if (detected && *detected == QStringConverter::Utf8) {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        return;
    }
    QStringDecoder decoder;
    if (detected) {
        decoder = QStringDecoder(*detected);
    } else {
        const QByteArray declared = declaredEncoding(data);
        if (declared.isEmpty() || declared.compare("utf-8", Qt::CaseInsensitive) == 0
            || declared.compare("utf8", Qt::CaseInsensitive) == 0)
            return;
        decoder = QStringDecoder(declared.constData());
        if (!decoder.isValid()) {
            m_token = Token::Invalid;
            return;
        }
    }
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        m_token = Token::Invalid;
        return;
    }
    m_data = text.toUtf8();
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

XmlScanner::Token XmlScanner::fail()
{
    return m_token = Token::Invalid;
}

bool XmlScanner::skipPast(QByteArrayView closing)
{
    const qsizetype at = m_data.indexOf(closing, m_pos);
    if (at >= 0)
        m_pos = at + closing.size();
    return at >= 0;
}

XmlScanner::Token XmlScanner::next()
{
    if (atEnd())
        return m_token;
    if (m_closeEmpty) {
        m_closeEmpty = false;
        m_open.removeLast();
        return m_token = Token::EndElement;
    }
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size) {
        if (data[m_pos] != '<') {
            const void *found = std::memchr(data + m_pos, '<', size_t(size - m_pos));
            const qsizetype begin = m_pos;
            m_pos = found ? static_cast<const char *>(found) - data : size;
            const QByteArrayView text(data + begin, m_pos - begin);
            if (m_open.isEmpty()) {
                for (const char c : text) {
                    if (!isSpace(c))
                        return fail(); // text outside the document's element
                }
                continue;
            }
            if (QByteArray checked; holds(text, '&') && !unescape(text, false, &checked))
                return fail();
            m_textBegin = begin;
            m_textEnd = m_pos;
            m_cdata = false;
            return m_token = Token::Characters;
        }
        // Most of a sheet is tags: they are told by their second byte, before the rest.
        if (m_pos + 1 < size && data[m_pos + 1] != '?' && data[m_pos + 1] != '!')
            return readTag();
        const QByteArrayView rest(data + m_pos, size - m_pos);
        if (rest.startsWith("<?")) {
            if (!skipPast("?>"))
                return fail();
        } else if (rest.startsWith("<!--")) {
            m_pos += 4;
            if (!skipPast("-->"))
                return fail();
        } else if (rest.startsWith("<![CDATA[")) {
            const qsizetype end = m_data.indexOf("]]>", m_pos + 9);
            if (m_open.isEmpty() || end < 0)
                return fail();
            m_textBegin = m_pos + 9;
            m_textEnd = end;
            m_cdata = true;
            m_pos = end + 3;
            return m_token = Token::Characters;
        } else if (rest.startsWith("<!DOCTYPE")) {
            // A name and at most an external identifier, to its '>'. Declarations of its own
            // (an internal subset, in brackets) could give entities and attributes' defaults
            // that are not read here: no spreadsheet program writes them.
            const qsizetype end = m_data.indexOf('>', m_pos);
            const qsizetype subset = m_data.indexOf('[', m_pos);
            if (m_rootSeen || end < 0 || (subset >= 0 && subset < end))
                return fail();
            m_pos = end + 1;
        } else if (rest.startsWith("<!")) {
            return fail();
        } else {
            return readTag();
        }
    }
    if (!m_open.isEmpty() || !m_rootSeen)
        return fail(); // cut short, or no element at all
    return m_token = Token::EndDocument;
}

XmlScanner::Token XmlScanner::readTag()
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    qsizetype i = m_pos + 1;
    const bool closing = i < size && data[i] == '/';
    if (closing)
        ++i;
    const qsizetype nameBegin = i;
    while (i < size && !endsName(data[i]))
        ++i;
    if (i == nameBegin || i >= size)
        return fail();
    const QByteArrayView qualified(data + nameBegin, i - nameBegin);
    m_name = localName(qualified);
    if (closing) {
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size || data[i] != '>' || m_open.isEmpty() || !same(m_open.last(), qualified))
            return fail();
        m_open.removeLast();
        m_pos = i + 1;
        return m_token = Token::EndElement;
    }
    if (m_open.isEmpty() && m_rootSeen)
        return fail(); // a second document element
    m_attributes.clear();
    for (;;) {
        const qsizetype before = i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return fail();
        if (data[i] == '>') {
            m_pos = i + 1;
            break;
        }
        if (data[i] == '/') {
            if (i + 1 >= size || data[i + 1] != '>')
                return fail();
            m_pos = i + 2;
            m_closeEmpty = true;
            break;
        }
        if (i == before)
            return fail(); // attributes are parted by white space
        const qsizetype attributeName = i;
        while (i < size && !endsName(data[i]))
            ++i;
        if (i == attributeName)
            return fail();
        const QByteArrayView qualifiedName(data + attributeName, i - attributeName);
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size || data[i] != '=')
            return fail();
        ++i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size || (data[i] != '"' && data[i] != '\''))
            return fail();
        const char quote = data[i];
        const qsizetype valueBegin = ++i;
        const void *valueEnd = std::memchr(data + i, quote, size_t(size - i));
        if (!valueEnd)
            return fail();
        i = static_cast<const char *>(valueEnd) - data;
        const QByteArrayView value(data + valueBegin, i - valueBegin);
        if (holds(value, '<'))
            return fail();
        if (QByteArray checked; holds(value, '&') && !unescape(value, true, &checked))
            return fail();
        // Namespace declarations are not attributes.
        if (qualifiedName.front() != 'x'
            || (qualifiedName != "xmlns" && !qualifiedName.startsWith("xmlns:")))
            m_attributes.append({localName(qualifiedName), value});
        ++i;
    }
    m_rootSeen = true;
    m_open.append(qualified);
    return m_token = Token::StartElement;
}

QByteArray XmlScanner::attribute(QByteArrayView wanted) const
{
    if (m_token != Token::StartElement)
        return {};
    for (const Attribute &attribute : m_attributes) {
        if (!same(attribute.name, wanted))
            continue;
        bool plain = true;
        for (const char c : attribute.value)
            plain = plain && c != '&' && c != '\t' && c != '\n' && c != '\r';
        if (plain)
            return QByteArray::fromRawData(attribute.value.data(), attribute.value.size());
        QByteArray unescaped;
        unescape(attribute.value, true, &unescaped);
        return unescaped;
    }
    return {};
}

QByteArray XmlScanner::characters() const
{
    if (m_token != Token::Characters)
        return {};
    const QByteArrayView raw(m_data.constData() + m_textBegin, m_textEnd - m_textBegin);
    if (!holds(raw, '\r') && (m_cdata || !holds(raw, '&')))
        return QByteArray::fromRawData(raw.data(), raw.size());
    QByteArray text;
    if (m_cdata) {
        text = raw.toByteArray().replace("\r\n", "\n").replace('\r', '\n');
        return text;
    }
    unescape(raw, false, &text);
    return text;
}

QByteArray XmlScanner::readElementText()
{
    if (m_token != Token::StartElement)
        return {};
    const int open = depth();
    QByteArray text;
    while (next() != Token::Invalid) {
        if (m_token == Token::Characters) {
            if (text.isNull())
                text = characters(); // the one piece an element mostly holds, not copied
            else
                text += characters();
        } else if (m_token == Token::EndElement && depth() < open) {
            break;
        }
    }
    return text;
}

void XmlScanner::skipCurrentElement()
{
    if (m_token != Token::StartElement)
        return;
    const int open = depth();
    while (next() != Token::Invalid) {
        if (m_token == Token::EndElement && depth() < open)
            return;
    }
}

QString XmlScanner::toString(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

bool XmlScanner::unescape(QByteArrayView raw, bool attribute, QByteArray *out)
{
    out->clear();
    out->reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r') {
            // Line ends are LF in XML; white space in an attribute is a space.
            out->append(attribute ? ' ' : '\n');
            if (i + 1 < raw.size() && raw.at(i + 1) == '\n')
                ++i;
            continue;
        }
        if (attribute && (c == '\t' || c == '\n')) {
            out->append(' ');
            continue;
        }
        if (c != '&') {
            out->append(c);
            continue;
        }
        const void *semicolon = std::memchr(raw.data() + i, ';', size_t(raw.size() - i));
        if (!semicolon)
            return false;
        const qsizetype end = static_cast<const char *>(semicolon) - raw.data();
        const QByteArrayView entity = raw.sliced(i + 1, end - i - 1);
        if (entity == "lt") {
            out->append('<');
        } else if (entity == "gt") {
            out->append('>');
        } else if (entity == "amp") {
            out->append('&');
        } else if (entity == "quot") {
            out->append('"');
        } else if (entity == "apos") {
            out->append('\'');
        } else if (entity.startsWith('#')) {
            const char32_t code = characterReference(entity);
            if (code == 0)
                return false;
            appendUtf8(code, out);
        } else {
            return false;
        }
        i = end;
    }
    return true;
}
