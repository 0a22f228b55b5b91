// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JsonTableReader.h"

#include "indicator/IndicatorTable.h"
#include "indicator/ServiceLimits.h"
#include "io/DecodedStream.h"
#include "io/IndicatorJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>

namespace im {
namespace {

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
            case '"':
                inString = true;
                break;
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
            case '\n':
                c.countLine();
                break;
            default:
                break;
            }
        }
    }
    // A scalar: runs until a structural character or white space.
    bool any = false;
    for (ch = c.peek(); ch != 0 && ch != ',' && ch != ']' && ch != '}' && ch != ' ' && ch != '\n' && ch != '\r'
                        && ch != '\t';
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

} // namespace

void JsonTableReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Json;
    Cursor c(stream);
    QMap<QString, int> unknownKeys;

    auto fail = [&](const QString &message) {
        if (c.failed())
            report.error = c.streamError();
        else
            report.error = message;
    };
    auto describe = [&](Skip s) {
        switch (s) {
        case Skip::TooDeep:
            return tr("The JSON is nested more than %1 levels deep near line %2.")
                .arg(limits::kMaxJsonDepth)
                .arg(c.line());
        case Skip::TooLong:
            return tr("A JSON element near line %1 is larger than %2 MiB.")
                .arg(c.line())
                .arg(limits::kMaxRecordBytes / (1024 * 1024));
        case Skip::End:
            return tr("The JSON ends too early, near line %1.").arg(c.line());
        default:
            return tr("The JSON is malformed near line %1.").arg(c.line());
        }
    };

    auto addElement = [&](const QByteArray &text, qint64 line) -> bool {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
        if (error.error != QJsonParseError::NoError) {
            report.error = tr("The JSON is malformed near line %1: %2.").arg(line).arg(error.errorString());
            return false;
        }
        const IndicatorJson::ReadRow row = IndicatorJson::fromJson(doc.array().at(0));
        table.appendIndicator(row.indicator);
        const int r = table.rowCount() - 1;
        table.setSourceLine(r, line);
        for (const ReadNote &note : row.notes)
            table.addReadNote(r, note);
        for (const QString &key : row.unknownKeys)
            ++unknownKeys[key];
        return true;
    };

    // depth: how deep the array itself is nested (1 for a bare array, 2 inside the wrapper object).
    auto readArray = [&](int depth) -> bool {
        // At '['.
        c.advance();
        c.skipWhitespace();
        if (c.peek() == ']') {
            c.advance();
            return true;
        }
        qint64 nextProgress = 0;
        for (;;) {
            c.skipWhitespace();
            const qint64 line = c.line();
            c.setMark();
            const Skip s = skipValue(c, depth);
            if (s != Skip::Ok) {
                fail(describe(s));
                return false;
            }
            if (table.rowCount() >= limits::kMaxRows) {
                fail(tr("The file has more than %L1 rows, more than this tool opens at once.").arg(limits::kMaxRows));
                return false;
            }
            if (!addElement(c.sinceMark(), line))
                return false;
            c.skipWhitespace();
            const char ch = c.peek();
            c.advance();
            if (ch == ']')
                return true;
            if (ch != ',') {
                fail(describe(ch == 0 ? Skip::End : Skip::Malformed));
                return false;
            }
            if (options.progress && stream.bytesRead() >= nextProgress) {
                nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
                if (!options.progress(stream.bytesRead())) {
                    report.cancelled = true;
                    return false;
                }
            }
        }
    };

    c.skipWhitespace();
    const char first = c.peek();
    if (first == '[') {
        if (!readArray(1))
            return;
    } else if (first == '{') {
        // Look for the Indicators (Import body) or value (List response) array among the members.
        c.advance();
        bool foundArray = false;
        bool sawIndicatorField = false;
        for (;;) {
            c.skipWhitespace();
            if (c.peek() == '}') {
                c.advance();
                break;
            }
            QString key;
            if (!readKey(c, &key)) {
                fail(describe(c.peek() == 0 ? Skip::End : Skip::Malformed));
                return;
            }
            c.skipWhitespace();
            if (c.peek() != ':') {
                fail(describe(Skip::Malformed));
                return;
            }
            c.advance();
            c.skipWhitespace();
            const bool isList = key.compare(QLatin1String("Indicators"), Qt::CaseInsensitive) == 0
                                || key.compare(QLatin1String("value"), Qt::CaseInsensitive) == 0;
            if (isList && c.peek() == '[' && !foundArray) {
                foundArray = true;
                if (!readArray(2))
                    return;
            } else {
                Field field;
                sawIndicatorField = sawIndicatorField || fieldFromApiName(key.toLatin1().constData(), key.size(), &field);
                c.setMark();
                const Skip s = skipValue(c, 1);
                if (s != Skip::Ok) {
                    fail(describe(s));
                    return;
                }
            }
            c.skipWhitespace();
            const char ch = c.peek();
            c.advance();
            if (ch == '}')
                break;
            if (ch != ',') {
                fail(describe(ch == 0 ? Skip::End : Skip::Malformed));
                return;
            }
        }
        if (!foundArray) {
            if (!sawIndicatorField) {
                fail(tr("The JSON object has no \"Indicators\" or \"value\" array and is not an indicator."));
                return;
            }
            // A single indicator object (a Submit body).
            fail(tr("The JSON holds a single indicator object. Put it in an array or in {\"Indicators\": [...]} "
                    "to import it."));
            return;
        }
    } else if (first == 0 && !c.failed()) {
        fail(tr("The file is empty."));
        return;
    } else {
        fail(tr("The file is not JSON: it must start with [ or {."));
        return;
    }
    c.skipWhitespace();
    if (c.peek() != 0) {
        fail(tr("There is text after the end of the JSON, near line %1.").arg(c.line()));
        table.clear();
        return;
    }
    if (c.failed()) {
        fail(QString());
        return;
    }
    for (auto it = unknownKeys.cbegin(); it != unknownKeys.cend(); ++it)
        report.notices.append(tr("The property \"%1\" is not an indicator field and was not imported (%n row(s)).",
                                 nullptr, it.value())
                                  .arg(it.key()));
}

} // namespace im
