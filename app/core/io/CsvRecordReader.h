// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace im {

class DecodedStream;

struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
};

// Reads RFC 4180 records from decoded text: quoted fields with embedded delimiters, doubled quotes
// and line breaks; CRLF or LF line ends. It is lenient where Excel is (a stray quote inside an
// unquoted field is kept as text) and strict about size: a record over limits::kMaxRecordBytes or
// wider than limits::kMaxColumns stops the read with an error instead of eating memory.
class CsvRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvRecordReader)

public:
    enum class Result { Record, End, Error };

    CsvRecordReader(DecodedStream &stream, CsvDialect dialect);
    // Reads the records of text already decoded and whole (the rest of a file). Fields are views into
    // the text, except quoted ones with a doubled quote or text after the closing quote, which are
    // copied. `text` must outlive the reader.
    CsvRecordReader(QByteArrayView text, CsvDialect dialect);

    Result next();
    // The fields of the last record; views stay valid until the next call to next().
    [[nodiscard]] const std::vector<QByteArrayView> &fields() const { return m_fields; }
    [[nodiscard]] qint64 line() const { return m_recordLine; } // 1-based line where the record starts
    // Over whole text: where the next record starts, and the line it starts on.
    [[nodiscard]] qsizetype position() const { return m_pos; }
    [[nodiscard]] qint64 nextLine() const { return m_line; }
    [[nodiscard]] bool unterminatedQuote() const { return m_unterminated; }
    [[nodiscard]] bool isBlank() const; // an empty line, or only empty fields
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    enum class Parse { Complete, NeedMore, Error };
    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
    };

    Parse parseRecord(bool atEnd);

    DecodedStream *m_stream = nullptr; // null over whole text
    CsvDialect m_dialect;
    QByteArray m_buffer;
    QByteArrayView m_text; // m_buffer, or the whole text
    qsizetype m_pos = 0;
    QByteArray m_scratch;
    std::vector<Span> m_spans;
    std::vector<QByteArrayView> m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qsizetype m_consumedTo = 0;
    qint64 m_recordLines = 0;
    bool m_unterminated = false;
    QString m_error;
};

} // namespace im
