#include "JsonWriter.h"

#include <algorithm>
#include <charconv>

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_levels.append(Level());
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_levels.append(Level());
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\": ");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(text);
    m_out.append('"');
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    beforeValue();
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(error) // 24 characters hold every qint64
    m_out.append(digits, end - digits);
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
    return *this;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false; // "key": written already
        return;
    }
    if (m_levels.isEmpty())
        return; // the document's own value
    Level &level = m_levels.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newLine();
}

void JsonWriter::newLine()
{
    m_out.append('\n');
    m_out.append(m_levels.size() * 4, ' ');
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty());
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newLine();
    m_out.append(bracket);
    if (m_levels.isEmpty())
        m_out.append('\n'); // the document ends with its line, as QJsonDocument's
}

void JsonWriter::appendEscaped(QStringView text)
{
    qsizetype begin = 0;
    const auto appendPlain = [this, &text, &begin](qsizetype end) {
        if (end == begin)
            return;
        const QStringView piece = text.sliced(begin, end - begin);
        const qsizetype at = m_out.size();
        const qsizetype needed = at + m_utf8.requiredSpace(piece.size());
        if (needed > m_out.capacity())
            m_out.reserve(std::max(needed, 2 * m_out.capacity()));
        m_out.resize(needed);
        char *written = m_utf8.appendToBuffer(m_out.data() + at, piece);
        m_out.resize(written - m_out.constData());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c))
            continue;
        appendPlain(i);
        begin = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\b':
            m_out.append("\\b");
            break;
        case u'\f':
            m_out.append("\\f");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            m_out.append(escape, sizeof escape);
            break;
        }
        }
    }
    appendPlain(text.size());
}
