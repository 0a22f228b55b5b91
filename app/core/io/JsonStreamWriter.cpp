// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JsonStreamWriter.h"

#include <QIODevice>
#include <QStringEncoder>

#include <cstring>

namespace im {
namespace {

// Whether any of the eight bytes at p is a control character, a quote or a backslash: a message is
// mostly plain text, passed over a word at a time.
bool wordNeedsEscape(const char *p)
{
    constexpr quint64 kOnes = 0x0101010101010101ull;
    constexpr quint64 kHighs = 0x8080808080808080ull;
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    const auto hasZeroByte = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };
    const quint64 control = (word - 0x20 * kOnes) & ~word & kHighs; // a byte below 0x20
    return (control | hasZeroByte(word ^ ('"' * kOnes)) | hasZeroByte(word ^ ('\\' * kOnes))) != 0;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device, qsizetype bufferSize)
    : m_device(device)
    , m_bufferSize(bufferSize)
{
    m_buffer.reserve(bufferSize + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_ok && m_device->write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.resize(0); // keeps the capacity
    }
    return m_ok;
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (!level.first)
        m_buffer += ',';
    if (level.perLine)
        m_buffer += '\n';
    level.first = false;
}

void JsonStreamWriter::beginObject()
{
    beforeValue();
    m_buffer += '{';
    m_levels.push_back({});
}

void JsonStreamWriter::endObject()
{
    m_levels.pop_back();
    m_buffer += '}';
    maybeFlush();
}

void JsonStreamWriter::beginArray(Layout layout)
{
    beforeValue();
    m_buffer += '[';
    m_levels.push_back({true, layout == Layout::OneElementPerLine});
}

void JsonStreamWriter::endArray()
{
    if (m_levels.back().perLine)
        m_buffer += '\n';
    m_levels.pop_back();
    m_buffer += ']';
    maybeFlush();
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    beforeValue();
    appendEscaped(m_buffer, QByteArrayView(name.data(), name.size()));
    m_buffer += ':';
    m_afterKey = true;
}

void JsonStreamWriter::value(QStringView text)
{
    beforeValue();
    m_scratch.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char *end = encoder.appendToBuffer(m_scratch.data(), text);
    m_scratch.resize(end - m_scratch.data());
    appendEscaped(m_buffer, m_scratch);
    maybeFlush();
}

void JsonStreamWriter::utf8Value(QByteArrayView utf8)
{
    beforeValue();
    appendEscaped(m_buffer, utf8);
    maybeFlush();
}

void JsonStreamWriter::latin1Value(QLatin1StringView text)
{
    bool ascii = true;
    for (char c : text)
        ascii = ascii && static_cast<uchar>(c) < 0x80;
    if (ascii) {
        utf8Value(QByteArrayView(text.data(), text.size()));
        return;
    }
    value(QString(text));
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    char *p = digits + sizeof digits;
    const bool negative = number < 0;
    quint64 n = negative ? 0 - static_cast<quint64>(number) : static_cast<quint64>(number);
    do {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    if (negative)
        *--p = '-';
    m_buffer.append(p, digits + sizeof digits - p);
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_buffer += flag ? QByteArrayView("true") : QByteArrayView("false");
}

void JsonStreamWriter::nullValue()
{
    beforeValue();
    m_buffer += QByteArrayView("null");
}

void JsonStreamWriter::rawValue(QByteArrayView json)
{
    beforeValue();
    if (json.size() < m_bufferSize) {
        m_buffer += json;
        maybeFlush();
        return;
    }
    // A large piece (a chunk of rows formatted ahead) goes to the device as it is, not through the buffer.
    if (flush() && m_device->write(json.data(), json.size()) != json.size())
        m_ok = false;
}

void JsonStreamWriter::raw(QByteArrayView bytes)
{
    m_buffer += bytes;
    maybeFlush();
}

void JsonStreamWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    const char *run = p; // start of the bytes that need no escape
    for (; p != end; ++p) {
        while (end - p >= 8 && !wordNeedsEscape(p))
            p += 8;
        if (p == end)
            break;
        const auto c = static_cast<uchar>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
            break;
        }
    }
    out.append(run, end - run);
    out += '"';
}

} // namespace im
