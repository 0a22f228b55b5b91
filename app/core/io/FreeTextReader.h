// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads prose (a threat report as text, Markdown, AsciiDoc or HTML, or text from the clipboard) and
// takes out the indicators in it, line by line, so a report is never one row per line:
//
// - defanged forms are restored first: hxxp(s), fxp, [.] (.) {.} [dot] (dot), [:], [://], [/], [@] (at),
//   "\." ; a word around them stays as written otherwise;
// - MD5, SHA-1 and SHA-256 hashes are runs of exactly 32, 40 or 64 hex digits; a hash inside a longer hex
//   run is not split out;
// - URLs (http, https, ftp with ports, paths and queries), IPv4 and IPv6 addresses (checked), domain
//   names whose last label is a top-level domain and not a file extension (punycode included);
// - the host of a URL (a domain or an address) is taken too, since Defender enforces an HTTPS URL's path
//   only in Edge; unless the report also names the host on its own, the row carries the warning
//   read.host-of-url naming the URL;
// - a value mentioned again is taken once; every row keeps the line it was first found on and that
//   line's text (trimmed) as its description, for context;
// - a value next to a word such as "victim", "sinkhole", "legitimate" or "example" carries the warning
//   read.context-hint, dismissed with "I have checked this row" (contextHint()); so does every value in a
//   section titled like References, Acknowledgements or Further reading (sectionTitle()).
//
// HTML tags, scripts and styles are dropped and the common entities decoded before extraction.
class FreeTextReader
{
    Q_DECLARE_TR_FUNCTIONS(FreeTextReader)

public:
    // `html`: drop tags, scripts and styles and decode entities first.
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report,
                     bool html);

    // Takes the indicators out of lines handed in one at a time, for readers that make the text
    // themselves (PdfReportReader): the rules of read(), with the line (and page) each value was found on.
    class Collector
    {
    public:
        Collector(IndicatorTable &table, ReadReport &report);
        // False when the table is full: the report then holds the error and the table is cleared.
        bool addLine(const QString &text, qint64 line, int page = 0);
        // The "nothing found" error, or the counts per type as notices.
        void finish(qint64 linesRead);

    private:
        IndicatorTable &m_table;
        ReadReport &m_report;
        QSet<QString> m_seen;
        QMap<QString, int> m_perType;
        QString m_references;           // the title of the references section the lines are in; empty outside one
        QHash<QString, int> m_hostRows; // rows taken from a URL's host, by key, while they carry the note
        int m_repeats = 0;
        int m_hints = 0;

        void dropHostNote(int row);
    };

    struct Found
    {
        IndicatorType type;
        QString value;
        qsizetype at = -1; // where the value starts in refang(line)
        QString url;       // for the host of a URL: the URL
    };
    // The indicators in one line of text, in the order they appear.
    static QList<Found> extract(const QString &line);
    // The word near `value` in `line` that suggests the value is not the attacker's ("victim",
    // "sinkhole", "legitimate", "benign", "not malicious", "example", 受害, 合法, 良性, 非恶意, 示例, ...),
    // as written; empty when there is none. Such rows get the dismissable warning read.context-hint.
    static QString contextHint(const QString &line, const QString &value);
    // What a line without indicators says about the section it opens: a references section (References,
    // Acknowledgements, Further reading, Sources, 参考资料, 致谢, 參考文獻, 致謝, ...), another section (a
    // Markdown or AsciiDoc heading, a line in capitals, a usual section name such as "Indicators of
    // compromise" or "Appendix"), or none (an ordinary line).
    enum class Section { None, References, Other };
    struct SectionTitle
    {
        Section kind = Section::None;
        QString title; // the title without heading marks and numbering
    };
    static SectionTitle sectionTitle(const QString &line);
    // The text with the common defang styles restored.
    static QString refang(const QString &text);

    // Whether the sample reads as prose rather than one value per line (TableReader's choice between
    // a plain IOC list and a report).
    static bool looksLikeProse(QByteArrayView sample);

private:
    static Found hostOf(const QString &url, qsizetype urlAt);
};

} // namespace im
