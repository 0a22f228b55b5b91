// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvRecordReader.h"

#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"

#include <cstring>

namespace im {
namespace {

// Index of the first delimiter or line feed at or after i, or n: eight bytes at a time.
qsizetype findFieldEnd(const char *data, qsizetype i, qsizetype n, char delimiter)
{
    constexpr quint64 kOnes = 0x0101010101010101ull;
    constexpr quint64 kHigh = 0x8080808080808080ull;
    const quint64 delimiters = kOnes * static_cast<unsigned char>(delimiter);
    const quint64 newlines = kOnes * static_cast<unsigned char>('\n');
    while (i + 8 <= n) {
        quint64 x;
        std::memcpy(&x, data + i, 8);
        const quint64 a = x ^ delimiters;
        const quint64 b = x ^ newlines;
        if ((((a - kOnes) & ~a) | ((b - kOnes) & ~b)) & kHigh)
            break;
        i += 8;
    }
    while (i < n && data[i] != delimiter && data[i] != '\n')
        ++i;
    return i;
}

} // namespace

CsvRecordReader::CsvRecordReader(DecodedStream &stream, CsvDialect dialect)
    : m_stream(&stream)
    , m_dialect(dialect)
{
}

CsvRecordReader::CsvRecordReader(QByteArrayView text, CsvDialect dialect)
    : m_dialect(dialect)
    , m_text(text)
{
}

bool CsvRecordReader::isBlank() const
{
    for (const QByteArrayView &f : m_fields) {
        if (!f.isEmpty())
            return false;
    }
    return true;
}

CsvRecordReader::Result CsvRecordReader::next()
{
    for (;;) {
        const bool atEnd = m_stream == nullptr || m_stream->atEnd();
        if (m_pos >= m_text.size() && atEnd)
            return Result::End;
        if (m_pos < m_text.size()) {
            const Parse p = parseRecord(atEnd);
            if (p == Parse::Complete) {
                m_recordLine = m_line;
                m_line += m_recordLines;
                m_pos = m_consumedTo;
                return Result::Record;
            }
            if (p == Parse::Error)
                return Result::Error;
        }
        // Need more text: drop what was consumed and decode the next block.
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const bool more = m_stream->readMore(m_buffer);
        m_text = m_buffer;
        if (!more) {
            if (m_stream->hasError()) {
                m_error = m_stream->errorString();
                return Result::Error;
            }
            if (m_pos >= m_text.size())
                return Result::End;
        }
    }
}

CsvRecordReader::Parse CsvRecordReader::parseRecord(bool atEnd)
{
    const char *data = m_text.data();
    const qsizetype n = m_text.size();
    const char delim = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    qsizetype i = m_pos;
    qint64 lines = 0;
    m_spans.clear();
    m_scratch.clear();
    m_unterminated = false;

    auto tooLong = [&]() {
        if (i - m_pos > limits::kMaxRecordBytes) {
            m_error = tr("Line %1 is longer than %2 MiB; the file is not a table this tool can read.")
                          .arg(m_line)
                          .arg(limits::kMaxRecordBytes / (1024LL * 1024));
            return true;
        }
        return false;
    };

    // The usual quoted field, with no doubled quote and nothing between its closing quote and the
    // delimiter or line end, is taken where it stands, as an unquoted one is; the others are copied.
    auto takeQuotedAsWritten = [&]() {
        const qsizetype open = i + 1;
        const void *q = std::memchr(data + open, quote, static_cast<size_t>(n - open));
        if (q == nullptr)
            return false;
        const qsizetype close = static_cast<const char *>(q) - data;
        qsizetype after = close + 1;
        if (after == n) {
            if (!atEnd)
                return false; // the next block may begin with a quote: "" then
        } else if (data[after] == '\r' && after + 1 < n && data[after + 1] == '\n') {
            ++after;
        } else if (data[after] != delim && data[after] != '\n') {
            return false;
        }
        for (qsizetype k = open; k < close; ++k)
            lines += data[k] == '\n';
        m_spans.push_back(Span{open, close - open, false});
        i = after;
        return true;
    };

    for (;;) {
        if (m_spans.size() >= static_cast<size_t>(limits::kMaxColumns)) {
            m_error = tr("Line %1 has more than %2 columns; the file is not a table this tool can read.")
                          .arg(m_line)
                          .arg(limits::kMaxColumns);
            return Parse::Error;
        }
        if (i < n && data[i] == quote) {
            if (!takeQuotedAsWritten()) {
                // Quoted field: copy into scratch, turning "" into ".
                ++i;
                const qsizetype scratchStart = m_scratch.size();
                bool closed = false;
                while (i < n) {
                    const void *q = std::memchr(data + i, quote, static_cast<size_t>(n - i));
                    const qsizetype end = q ? static_cast<const char *>(q) - data : n;
                    for (qsizetype k = i; k < end; ++k)
                        lines += data[k] == '\n';
                    m_scratch.append(data + i, end - i);
                    i = end;
                    if (i >= n)
                        break;
                    if (i + 1 < n && data[i + 1] == quote) {
                        m_scratch.append(quote);
                        i += 2;
                        continue;
                    }
                    if (i + 1 >= n && !atEnd)
                        break; // cannot tell "" from a closing quote yet
                    ++i;
                    closed = true;
                    break;
                }
                if (!closed) {
                    if (tooLong())
                        return Parse::Error;
                    if (!atEnd)
                        return Parse::NeedMore;
                    m_unterminated = true;
                    m_spans.push_back(Span{scratchStart, m_scratch.size() - scratchStart, true});
                    m_consumedTo = n;
                    m_recordLines = lines;
                    break;
                }
                // Text between the closing quote and the delimiter is kept, as spreadsheets do.
                while (i < n && data[i] != delim && data[i] != '\n') {
                    if (!(data[i] == '\r' && (i + 1 == n || data[i + 1] == '\n')))
                        m_scratch.append(data[i]);
                    ++i;
                }
                m_spans.push_back(Span{scratchStart, m_scratch.size() - scratchStart, true});
            }
        } else {
            const qsizetype start = i;
            i = findFieldEnd(data, i, n, delim);
            qsizetype end = i;
            if (end > start && data[end - 1] == '\r' && ((i < n && data[i] == '\n') || (i == n && atEnd)))
                --end;
            m_spans.push_back(Span{start, end - start, false});
        }
        if (tooLong())
            return Parse::Error;
        if (i >= n) {
            if (!atEnd)
                return Parse::NeedMore;
            m_consumedTo = n;
            m_recordLines = lines + 1;
            break;
        }
        if (data[i] == delim) {
            ++i;
            continue;
        }
        // data[i] == '\n'
        ++i;
        m_consumedTo = i;
        m_recordLines = lines + 1;
        break;
    }

    m_fields.clear();
    m_fields.reserve(m_spans.size());
    for (const Span &s : m_spans) {
        const char *base = s.inScratch ? m_scratch.constData() : data;
        m_fields.emplace_back(base + s.offset, s.length);
    }
    return Parse::Complete;
}

} // namespace im
