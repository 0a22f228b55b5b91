// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JsonCursor.h"

#include "core/indicator/ServiceLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace im::jsonscan {

Skip skipValue(Cursor &c, int baseDepth)
{
    char ch = c.peek();
    if (ch == 0)
        return Skip::End;
    if (ch == '"') {
        c.advance();
        for (;;) {
            ch = c.peek();
            if (ch == 0)
                return Skip::End;
            c.advance();
            if (ch == '\\') {
                if (c.peek() == 0)
                    return Skip::End;
                c.advance();
            } else if (ch == '"') {
                return Skip::Ok;
            } else if (ch == '\n') {
                return Skip::Malformed;
            }
            if (c.sinceMarkSize() > limits::kMaxRecordBytes)
                return Skip::TooLong;
        }
    }
    if (ch == '{' || ch == '[') {
        int depth = 0;
        bool inString = false;
        for (;;) {
            ch = c.peek();
            if (ch == 0)
                return Skip::End;
            c.advance();
            if (c.sinceMarkSize() > limits::kMaxRecordBytes)
                return Skip::TooLong;
            if (inString) {
                if (ch == '\\') {
                    if (c.peek() == 0)
                        return Skip::End;
                    c.advance();
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            switch (ch) {
            case '"': inString = true; break;
            case '{':
            case '[':
                if (++depth + baseDepth > limits::kMaxJsonDepth)
                    return Skip::TooDeep;
                break;
            case '}':
            case ']':
                if (--depth == 0)
                    return Skip::Ok;
                break;
            case '\n': c.countLine(); break;
            default: break;
            }
        }
    }
    // A scalar: runs until a structural character or white space.
    bool any = false;
    for (ch = c.peek();
         ch != 0 && ch != ',' && ch != ']' && ch != '}' && ch != ' ' && ch != '\n' && ch != '\r' && ch != '\t';
         ch = c.peek()) {
        c.advance();
        any = true;
        if (c.sinceMarkSize() > 4096)
            return Skip::Malformed;
    }
    return any ? Skip::Ok : Skip::Malformed;
}

bool readKey(Cursor &c, QString *key)
{
    if (c.peek() != '"')
        return false;
    c.setMark();
    if (skipValue(c, 1) != Skip::Ok)
        return false;
    const QByteArray text = c.sinceMark();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    *key = doc.array().at(0).toString();
    return true;
}

bool Walker::value(int baseDepth, QJsonValue *out)
{
    const qint64 line = m_c.line();
    m_c.setMark();
    const Skip s = skipValue(m_c, baseDepth);
    if (s != Skip::Ok)
        return failWith(s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + m_c.sinceMark() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        return failWith(describeSkip(Skip::Malformed, line));
    *out = doc.array().at(0);
    return true;
}

bool Walker::skip(int baseDepth)
{
    m_c.setMark();
    const Skip s = skipValue(m_c, baseDepth);
    return s == Skip::Ok || failWith(s);
}

bool Walker::failWith(Skip s)
{
    return failWith(describeSkip(s, m_c.line()));
}

bool Walker::failWith(const QString &message)
{
    if (m_error.isEmpty())
        m_error = m_c.failed() ? m_c.streamError() : message;
    return false;
}

bool Walker::separator(char close, bool *closed)
{
    m_c.skipWhitespace();
    const char ch = m_c.peek();
    if (ch == 0)
        return failWith(Skip::End);
    m_c.advance();
    *closed = ch == close;
    return *closed || ch == ',' || failWith(Skip::Malformed);
}

} // namespace im::jsonscan
