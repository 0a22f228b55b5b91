// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <algorithm>

// A forward-only scanner over streamed JSON text, shared by the readers of JSON formats (Import and List
// bodies, MISP, STIX): it finds where each value begins and ends without building a document, so a
// reader parses one element at a time and a large file never becomes one in-memory tree.
namespace im::jsonscan {

// A cursor over the decoded text that refills on demand and keeps everything from `mark` on.
class Cursor
{
public:
    explicit Cursor(DecodedStream &stream)
        : m_stream(stream)
    {
    }

    // The character at the cursor, or 0 at the end of input.
    char peek()
    {
        if (m_pos >= m_buffer.size() && !refill())
            return 0;
        return m_buffer[m_pos];
    }
    void advance() { ++m_pos; }
    void skipWhitespace()
    {
        for (char c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek()) {
            if (c == '\n')
                ++m_line;
            advance();
        }
    }
    void setMark() { m_mark = m_pos; }
    [[nodiscard]] QByteArray sinceMark() const { return m_buffer.mid(m_mark, m_pos - m_mark); }
    [[nodiscard]] qsizetype sinceMarkSize() const { return m_pos - m_mark; }
    [[nodiscard]] qint64 line() const { return m_line; }
    void countLine() { ++m_line; }
    [[nodiscard]] bool failed() const { return m_stream.hasError(); }
    [[nodiscard]] QString streamError() const { return m_stream.errorString(); }

private:
    bool refill()
    {
        const qsizetype keepFrom = m_mark >= 0 ? std::min(m_mark, m_pos) : m_pos;
        if (keepFrom > 0) {
            m_buffer.remove(0, keepFrom);
            m_pos -= keepFrom;
            if (m_mark >= 0)
                m_mark -= keepFrom;
        }
        const qsizetype before = m_buffer.size();
        while (m_buffer.size() == before) {
            if (!m_stream.readMore(m_buffer))
                return m_buffer.size() > before;
        }
        return true;
    }

    DecodedStream &m_stream;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_mark = -1;
    qint64 m_line = 1;
};

enum class Skip { Ok, End, TooDeep, TooLong, Malformed };

// Moves past one JSON value (object, array, string or scalar) without interpreting it. baseDepth is the
// nesting depth of the array or object that holds the value.
Skip skipValue(Cursor &c, int baseDepth);

// Reads an object member's name at the cursor (which must be at '"').
bool readKey(Cursor &c, QString *key);

// A translated description of a scan failure near the cursor's line.
QString describeSkip(Skip s, qint64 line);

// Walking a document member by member. Each function leaves the cursor after what it consumed and
// returns false with `*error` set (translated) when the text is not what it should be; `depth` is the
// nesting depth of the object or array being walked (1 for the top level).
class Walker
{
public:
    explicit Walker(Cursor &c)
        : m_c(c)
    {
    }

    // At '{': calls onMember(key, line) with the cursor at each member's value, which onMember must
    // consume (with value(), skip(), or a nested walk) and return false to stop.
    template<typename Fn>
    bool forEachMember(int depth, Fn onMember)
    {
        if (depth > limits::kMaxJsonDepth)
            return failWith(Skip::TooDeep);
        m_c.advance();
        for (;;) {
            m_c.skipWhitespace();
            if (m_c.peek() == '}') {
                m_c.advance();
                return true;
            }
            QString key;
            if (!readKey(m_c, &key))
                return failWith(m_c.peek() == 0 ? Skip::End : Skip::Malformed);
            m_c.skipWhitespace();
            if (m_c.peek() != ':')
                return failWith(Skip::Malformed);
            m_c.advance();
            m_c.skipWhitespace();
            if (!onMember(key))
                return false;
            bool closed = false;
            if (!separator('}', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    // At '[': calls onElement() with the cursor at each element, which it must consume.
    template<typename Fn>
    bool forEachElement(int depth, Fn onElement)
    {
        if (depth > limits::kMaxJsonDepth)
            return failWith(Skip::TooDeep);
        m_c.advance();
        m_c.skipWhitespace();
        if (m_c.peek() == ']') {
            m_c.advance();
            return true;
        }
        for (;;) {
            m_c.skipWhitespace();
            if (!onElement())
                return false;
            bool closed = false;
            if (!separator(']', &closed))
                return false;
            if (closed)
                return true;
        }
    }

    // Parses the value at the cursor (at most limits::kMaxRecordBytes of text).
    bool value(int baseDepth, QJsonValue *out);
    // Moves past the value at the cursor.
    bool skip(int baseDepth);

    bool failWith(Skip s);
    bool failWith(const QString &message);
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] Cursor &cursor() { return m_c; }

private:
    // After a member or element: ',' continues, `close` ends (*closed), anything else fails.
    bool separator(char close, bool *closed);

    Cursor &m_c;
    QString m_error;
};

} // namespace im::jsonscan
