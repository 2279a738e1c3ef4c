#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringEncoder>

class QIODevice;

/// Writes JSON as it goes, in UTF-8, indented by four spaces a level as
/// QJsonDocument::Indented is (but for an empty object or array, written {} or []): for
/// documents too large to build as a QJsonObject tree first (the preview of a national
/// results table holds 76,000 values, and the tree and its serialisation took longer than
/// reading the table). Keys come out in the order written.
///
///     JsonWriter json;
///     json.beginObject();
///     json.key("file").string(path);
///     json.key("rows").beginArray();
///     ...
///     json.endArray();
///     json.endObject();
///     device->write(json.bytes());
///
/// Given a device, it writes there as it goes instead, and finish() says whether all of it
/// was taken.
class JsonWriter
{
public:
    /// Holds the document in bytes().
    JsonWriter() = default;
    /// Writes the document to `device` as it goes, a quarter of a megabyte at a time, so that
    /// it is never held whole; finish() writes the rest.
    explicit JsonWriter(QIODevice *device);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// The key of the next value, in an object; keys are ASCII.
    JsonWriter &key(QByteArrayView name);
    JsonWriter &string(QStringView text);
    JsonWriter &number(qint64 value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();

    /// What is written so far (with a device, what is not written to it yet); a whole
    /// document once every level is closed.
    const QByteArray &bytes() const { return m_out; }
    /// With a device: writes what is left to it. False when the device took less than it
    /// was given, then or before (after which nothing more was written to it).
    bool finish();

private:
    // `more` bytes added at the end, to be written; their start.
    char *extend(qsizetype more);
    void put(QByteArrayView bytes);
    void put(char c);
    void beforeValue();
    // The comma after the level's last member, and the next member's line.
    void separate();
    void newLine();
    void close(char bracket);
    void appendEscaped(QStringView text);
    // With a device, the bytes held go to it once there are this many.
    void drainWhenFull()
    {
        if (m_device && m_out.size() >= DrainAt)
            drain();
    }
    void drain();

    static constexpr qsizetype DrainAt = 256 * 1024;
    QIODevice *m_device = nullptr;
    bool m_failed = false;

    struct Level
    {
        bool object = false; ///< else an array
        bool empty = true;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};
