#include "JsonWriter.h"

#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace {

// Control characters, quotes and backslashes, and a surrogate without its pair, which UTF-8
// cannot hold (QJsonDocument writes it as \uXXXX too).
bool needsEscape(QStringView text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x20 || c == u'"' || c == u'\\')
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode());
    if (QChar::isLowSurrogate(c))
        return i == 0 || !QChar::isHighSurrogate(text.at(i - 1).unicode());
    return false;
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
{
}

bool JsonWriter::finish()
{
    if (m_device && !m_out.isEmpty())
        drain();
    return !m_failed;
}

void JsonWriter::drain()
{
    // After a refusal nothing more is written: what reached the device is the document's
    // beginning, without a piece missing in its middle.
    if (!m_failed && m_device->write(m_out) != m_out.size())
        m_failed = true;
    m_out.resize(0); // the room is kept for the next bytes
}

char *JsonWriter::extend(qsizetype more)
{
    // Room made by doubling: QByteArray::append() goes through insert(), which cost more
    // than the copying for the millions of small pieces of a national preview.
    const qsizetype at = m_out.size();
    const qsizetype size = at + more;
    if (size > m_out.capacity())
        m_out.reserve(std::max(size, 2 * m_out.capacity()));
    m_out.resize(size);
    return m_out.data() + at;
}

void JsonWriter::put(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    Q_ASSERT_X(bytes.data() + bytes.size() <= m_out.constData()
                   || bytes.data() >= m_out.constData() + m_out.capacity(),
               "JsonWriter", "a piece of the writer's own bytes, which growing would free");
    std::memcpy(extend(bytes.size()), bytes.data(), size_t(bytes.size()));
    drainWhenFull();
}

void JsonWriter::put(char c)
{
    put(QByteArrayView(&c, 1));
}

JsonWriter &JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_levels.append(Level{true});
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
    put('[');
    m_levels.append(Level{false});
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QByteArrayView name)
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().object && !m_afterKey, "JsonWriter::key",
               "a key belongs in an object, before its value");
    separate();
    put('"');
    put(name);
    put("\": ");
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    beforeValue();
    put('"');
    appendEscaped(text);
    put('"');
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    beforeValue();
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(error) // 24 characters hold every qint64
    put(QByteArrayView(digits, end - digits));
    return *this;
}

JsonWriter &JsonWriter::boolean(bool value)
{
    beforeValue();
    put(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    put("null");
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
    Q_ASSERT_X(!m_levels.last().object, "JsonWriter", "a value in an object needs its key first");
    separate();
}

void JsonWriter::separate()
{
    Level &level = m_levels.last();
    if (!level.empty)
        put(',');
    level.empty = false;
    newLine();
}

void JsonWriter::newLine()
{
    // Copied from spaces at hand: QByteArray::append(count, ' ') inserts through a slower
    // path, and a 30 MB preview starts 1.5 million lines.
    static constexpr char spaces[] =
        "                                                                ";
    constexpr qsizetype held = sizeof spaces - 1;
    put('\n');
    for (qsizetype left = m_levels.size() * 4; left > 0; left -= held)
        put(QByteArrayView(spaces, std::min(left, held)));
}

void JsonWriter::close(char bracket)
{
    Q_ASSERT_X(!m_levels.isEmpty() && m_levels.last().object == (bracket == '}') && !m_afterKey,
               "JsonWriter", "an object or array closed that is not open, or a key left alone");
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newLine();
    put(bracket);
    if (m_levels.isEmpty())
        put('\n'); // the document ends with its line, as QJsonDocument's
}

void JsonWriter::appendEscaped(QStringView text)
{
    qsizetype begin = 0;
    const auto appendPlain = [this, &text, &begin](qsizetype end) {
        if (end == begin)
            return;
        const QStringView piece = text.sliced(begin, end - begin);
        char *into = extend(m_utf8.requiredSpace(piece.size()));
        char *written = m_utf8.appendToBuffer(into, piece);
        m_out.resize(written - m_out.constData());
        drainWhenFull();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!needsEscape(text, i))
            continue;
        const char16_t c = text.at(i).unicode();
        appendPlain(i);
        begin = i + 1;
        switch (c) {
        case u'"':
            put("\\\"");
            break;
        case u'\\':
            put("\\\\");
            break;
        case u'\b':
            put("\\b");
            break;
        case u'\f':
            put("\\f");
            break;
        case u'\n':
            put("\\n");
            break;
        case u'\r':
            put("\\r");
            break;
        case u'\t':
            put("\\t");
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {
                '\\', 'u', hex[c >> 12], hex[(c >> 8) & 0xF], hex[(c >> 4) & 0xF], hex[c & 0xF]};
            put(QByteArrayView(escape, sizeof escape));
            break;
        }
        }
    }
    appendPlain(text.size());
}
