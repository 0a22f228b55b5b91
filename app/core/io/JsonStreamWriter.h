// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <vector>

class QIODevice;

namespace im {

// Writes one JSON text straight to a device as it is produced, so a report of a million issues is
// never a document in memory: values go into a small buffer that is written out whenever it fills.
//
// The bytes are those QJsonDocument::toJson(Compact) gives for the same values in the same order
// (escapes, UTF-8, integers), so a command can move from building a QJsonObject to streaming without
// changing a byte of its output. Keys are written in the order the caller gives them.
class JsonStreamWriter
{
public:
    // How the elements of an array are laid out: all on one line, or each on a line of its own with
    // "\n" after "[", between elements after the comma, and before "]" (validate's "issues").
    enum class Layout { Compact, OneElementPerLine };

    explicit JsonStreamWriter(QIODevice *device, qsizetype bufferSize = 1 << 16);
    ~JsonStreamWriter(); // flushes
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray(Layout layout = Layout::Compact);
    void endArray();
    // The name of the next member of the current object; one value (or object or array) follows.
    void key(QLatin1StringView name);

    void value(QStringView text);
    void utf8Value(QByteArrayView utf8); // text already in UTF-8
    void latin1Value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(bool flag);
    void nullValue();

    // One or more elements of the current array already in JSON form, separated as the array's layout
    // separates them (e.g. formatted ahead on another thread by a writer of their own).
    void rawValue(QByteArrayView json);
    // Bytes outside the JSON text (the newline after the top-level value).
    void raw(QByteArrayView bytes);
    // Writes the buffer to the device; false once any write has failed.
    bool flush();
    [[nodiscard]] bool ok() const { return m_ok; }

    // Appends text to `out` as a JSON string (quotes included), escaped as QJsonDocument does.
    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    struct Level
    {
        bool first = true;
        bool perLine = false;
    };
    void beforeValue();
    void maybeFlush()
    {
        if (m_buffer.size() >= m_bufferSize)
            flush();
    }

    QIODevice *m_device;
    qsizetype m_bufferSize;
    QByteArray m_buffer;
    QByteArray m_scratch; // UTF-8 of the QString being written
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace im
