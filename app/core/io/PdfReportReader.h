// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <vector>

class QIODevice;

namespace im {

class IndicatorTable;

// Reads a threat report as PDF through Poppler's Qt 6 binding: the words of each page in reading order,
// one page at a time, put back into lines with the damage typesetting does to indicators repaired,
// then handed to the free-text extraction (FreeTextReader::Collector). Each row keeps its page and the
// line on that page.
//
// Repairs: ligatures (ﬁ ﬂ ...) spelled out, non-breaking and other odd spaces made plain, zero-width
// characters dropped; a hash broken over lines (also by a hyphen) joined when the pieces add up to
// exactly 32, 40 or 64 digits; a URL broken at a line end or a table cell's edge joined with the piece
// below it; a value forced over two lines of a narrow table cell joined; defanged values ("[.]",
// "hxxp ://") split by the renderer closed up. A piece is only taken as a continuation when it starts
// the next line right below the broken word's column, so table cells read beside each other stay apart.
//
// Encrypted, image-only, truncated and oversized files are refused with a message; a page limit and
// a time budget keep a hostile file from holding the reader.
class PdfReportReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportReader)

public:
    static constexpr int kMaxPages = 2000;
    static constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;
    static constexpr int kTimeBudgetMs = 60 * 1000;

    // "%PDF-" within the first 1024 bytes, where the format allows the header to be.
    static bool looksLikePdf(QByteArrayView sample);
    static void read(QIODevice &device, IndicatorTable &table, const ReadOptions &options, ReadReport &report);

    // One word of a page as Poppler gives it, in reading order.
    struct Word
    {
        QString text;
        QRectF box; // points, y down
        bool spaceAfter = false;
        bool lineEnd = false; // the last word of its line
    };
    // The lines of one page with the repairs above; the index is the line's number on the page - 1.
    static QStringList pageLines(std::vector<Word> words);
    // Ligatures, odd spaces and zero-width characters of one word.
    static QString normalizeWord(const QString &word);
};

} // namespace im
