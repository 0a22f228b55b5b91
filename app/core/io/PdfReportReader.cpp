// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PdfReportReader.h"

#include "core/indicator/IndicatorTable.h"
#include "core/io/FreeTextReader.h"

#include <QDeadlineTimer>
#include <QIODevice>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace im {
namespace {

constexpr QChar kSoftHyphen(0x00AD);
// [CHOICE] Where one part of a line ends and the next begins (a table cell, a column): a gap wider
// than this share of the text's height, or one wider than a word space where the word lines up with
// a word on the line above or below, as the cells of a table column do. Word spaces are about a
// quarter of the height; a table's cell padding can be less than half of it.
constexpr double kSegmentGap = 0.6;
constexpr double kWordGap = 0.15;
constexpr double kAlignment = 0.75; // points
// How many lines below a broken word its continuation may come out, since Poppler reads the other
// cells of a table row in between.
constexpr int kLookAhead = 4;

bool isHashLength(qsizetype n)
{
    return n == 32 || n == 40 || n == 64;
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

// Characters a URL may hold as written in a report (RFC 3986, defang brackets included).
bool isUrlChar(QChar c)
{
    if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
        return false;
    return !QStringView(u"<>\"{}|\\^`").contains(c);
}

// What joining a word with the piece below it does.
enum class Join {
    No,
    Yes,        // the pieces belong together
    DropHyphen, // together, without the hyphen (or soft hyphen) at the end of the first
    Pending,    // a hash not yet complete: together only if a later piece completes it
    Cell,       // a value forced over two lines of a narrow cell; whole after this one join
};

Join hexJoin(const QString &head, const QString &piece)
{
    QStringView h(head);
    bool hyphen = false;
    if (h.endsWith(QLatin1Char('-')) || h.endsWith(kSoftHyphen)) {
        h.chop(1);
        hyphen = true;
    }
    qsizetype n1 = 0;
    while (n1 < h.size() && isHex(h[h.size() - 1 - n1]))
        ++n1;
    // The run must start the word or follow punctuation ("SHA-256:" or "("), not be the end of a word.
    if (n1 < 4 || isHashLength(n1) || (n1 < h.size() && h[h.size() - 1 - n1].isLetterOrNumber()))
        return Join::No;
    qsizetype n2 = 0;
    while (n2 < piece.size() && isHex(piece[n2]))
        ++n2;
    if (n2 == 0 || (n2 < piece.size() && (piece[n2].isLetterOrNumber() || piece[n2] == QLatin1Char('_'))))
        return Join::No;
    if (isHashLength(n1 + n2))
        return hyphen ? Join::DropHyphen : Join::Yes;
    if (n2 == piece.size() && n1 + n2 < 64)
        return Join::Pending;
    return Join::No;
}

Join urlJoin(const QString &head, const QString &piece)
{
    static const QRegularExpression urlStart(QStringLiteral(R"((?:://|\[://\]|\[:\]//|^\(?www\.))"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (!head.contains(urlStart) || piece.isEmpty())
        return Join::No;
    for (QChar c : piece) {
        if (!isUrlChar(c))
            return Join::No;
    }
    const QChar last = head.back();
    const QChar first = piece.front();
    // "... http://a.example/x." then "The next sentence": the sentence ended.
    if (first.isUpper() && QStringView(u".,;:!?)").contains(last))
        return Join::No;
    // A URL cannot end in these, so the line broke inside it.
    if (QStringView(u"-_=&?%#+~@").contains(last))
        return Join::Yes;
    if (QStringView(u"./?&=_%#-").contains(first))
        return Join::Yes;
    // After '/', '.' or a plain character the piece must look like more of a URL, not like a word.
    QStringView body(piece);
    while (!body.isEmpty() && QStringView(u".,;:!?)").contains(body.back()))
        body.chop(1);
    for (QChar c : body) {
        if (QStringView(u"/.?=&%_-#").contains(c))
            return Join::Yes;
    }
    return Join::No;
}

Join defangJoin(const QString &head, const QString &piece)
{
    static const QRegularExpression openEnd(QStringLiteral(R"(\w(?:\[\.?|\(\.?|\[\.\]|\(\.\)|\[dot\]|\(dot\))$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closeStart(QStringLiteral(R"(^(?:\.?\]|\.?\)|\[\.\]|\(\.\)|\[dot\]|\(dot\))\w)"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (head.contains(openEnd) && !piece.isEmpty()
        && (piece.front().isLetterOrNumber() || piece.front() == QLatin1Char(']') || piece.front() == QLatin1Char('.')))
        return Join::Yes;
    if (!head.isEmpty() && head.back().isLetterOrNumber() && piece.contains(closeStart))
        return Join::Yes;
    return Join::No;
}

// A value forced over two lines of a narrow cell: both pieces alone on their lines, value characters only.
Join cellJoin(const QString &head, const QString &piece)
{
    static const QRegularExpression valueHead(
        QStringLiteral(R"(^[A-Za-z0-9\-\[\]():]*[.\[][A-Za-z0-9.\-\[\]():]*[A-Za-z0-9\]]$)"));
    static const QRegularExpression valuePiece(QStringLiteral(R"(^[A-Za-z0-9.\-\[\]()]+$)"));
    return head.contains(valueHead) && piece.contains(valuePiece) ? Join::Cell : Join::No;
}

Join decide(const QString &head, const QString &piece, bool bothAlone, bool tight)
{
    if (head.endsWith(kSoftHyphen) && !piece.isEmpty() && piece.front().isLetter())
        return Join::DropHyphen;
    const Join hex = hexJoin(head, piece);
    if (hex != Join::No)
        return hex;
    if (urlJoin(head, piece) == Join::Yes || defangJoin(head, piece) == Join::Yes)
        return Join::Yes;
    return bothAlone && tight ? cellJoin(head, piece) : Join::No;
}

struct Placed
{
    PdfReportReader::Word word;
    int line = 0;
    qsizetype segmentStart = 0; // index of the first word of its part of the line
    bool segmentFirst = false;
    bool segmentLast = false;
    bool taken = false; // joined to a word above
};

// Whether another word starts at the same x on a line just above or below, as in a table column.
bool startsColumn(const std::vector<Placed> &words, size_t at)
{
    const QRectF &box = words[at].word.box;
    const double h = std::max(box.height(), 1.0);
    constexpr size_t kWindow = 200;
    const size_t from = at > kWindow ? at - kWindow : 0;
    const size_t to = std::min(words.size(), at + kWindow);
    for (size_t j = from; j < to; ++j) {
        const QRectF &other = words[j].word.box;
        const double dy = std::abs(other.top() - box.top());
        if (j != at && dy > 0.5 * h && dy < 2.5 * h && std::abs(other.left() - box.left()) < kAlignment)
            return true;
    }
    return false;
}

// The word that continues `from` on a following line: the first word of its part of a line, right
// below `from` and starting where `from`'s part of the line starts (or, when `from` ends its line,
// where the line starts: a paragraph's next line).
qsizetype findBelow(const std::vector<Placed> &words, qsizetype from, double anchorX, double lineX)
{
    const Placed &w = words[static_cast<size_t>(from)];
    const double h = std::max(w.word.box.height(), 1.0);
    for (size_t i = static_cast<size_t>(from) + 1; i < words.size(); ++i) {
        const Placed &v = words[i];
        if (v.line == w.line)
            continue;
        if (v.line > w.line + kLookAhead)
            break;
        if (v.taken || !v.segmentFirst)
            continue;
        const QRectF &b = v.word.box;
        const bool below = b.top() > w.word.box.top() + 0.4 * h && b.top() < w.word.box.bottom() + 0.9 * h;
        const auto near = [&](double x) { return b.left() > x - 1.5 * h && b.left() < x + 0.3 * h; };
        const bool aligned = near(anchorX) || (w.word.lineEnd && near(lineX));
        if (below && aligned)
            return static_cast<qsizetype>(i);
    }
    return -1;
}

bool abortWhenLate(const QVariant &closure)
{
    return static_cast<const QDeadlineTimer *>(closure.value<void *>())->hasExpired();
}

void ignorePopplerMessage(const QString &, const QVariant &) {}

} // namespace

bool PdfReportReader::looksLikePdf(QByteArrayView sample)
{
    return sample.first(std::min<qsizetype>(sample.size(), 1024)).indexOf("%PDF-") >= 0;
}

QString PdfReportReader::normalizeWord(const QString &word)
{
    bool ascii = true;
    for (QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return word;
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        switch (c) {
        case 0x200B: // zero-width space, joiners and the byte order mark: invisible, and they split values
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0xFEFF: break;
        case 0x2010: // the Unicode hyphens a typesetter uses for '-'
        case 0x2011:
        case 0x2012:
        case 0x2013: out += QLatin1Char('-'); break;
        case 0x00AD:
            // Only a soft hyphen that ends the word marks a break; elsewhere it is invisible.
            if (i == word.size() - 1)
                out += kSoftHyphen;
            break;
        default: out += word[i];
        }
    }
    // Compatibility forms: ligatures (U+FB01 "fi"), non-breaking and other spaces, the fullwidth
    // "［.］" of Chinese reports, and the Kangxi radicals some fonts map CJK characters to.
    return out.normalized(QString::NormalizationForm_KC);
}

QStringList PdfReportReader::pageLines(std::vector<Word> words)
{
    std::vector<Placed> placed;
    placed.reserve(words.size());
    int line = 0;
    for (Word &w : words) {
        Placed p;
        p.word = std::move(w);
        p.word.text = normalizeWord(p.word.text);
        p.line = line;
        if (p.word.lineEnd)
            ++line;
        placed.push_back(std::move(p));
    }
    const int lineCount = placed.empty() ? 0 : placed.back().line + 1;
    for (size_t i = 0; i < placed.size(); ++i) {
        Placed &p = placed[i];
        const bool newLine = i == 0 || placed[i - 1].line != p.line;
        bool gapBefore = newLine;
        if (!newLine) {
            const QRectF &prev = placed[i - 1].word.box;
            const double h = std::max({prev.height(), p.word.box.height(), 1.0});
            const double gap = p.word.box.left() - prev.right();
            gapBefore = gap > kSegmentGap * h || (gap > kWordGap * h && startsColumn(placed, i));
        }
        p.segmentFirst = gapBefore;
        p.segmentStart = gapBefore ? static_cast<qsizetype>(i) : placed[i - 1].segmentStart;
        if (i > 0 && gapBefore)
            placed[i - 1].segmentLast = true;
    }
    if (!placed.empty())
        placed.back().segmentLast = true;

    // Join each broken word with the pieces below it.
    for (size_t i = 0; i < placed.size(); ++i) {
        if (placed[i].taken || !placed[i].segmentLast)
            continue;
        QString head = placed[i].word.text;
        QString pendingText;
        std::vector<qsizetype> pending;
        qsizetype current = static_cast<qsizetype>(i);
        double anchor = placed[static_cast<size_t>(placed[i].segmentStart)].word.box.left();
        double lineStart = anchor;
        for (size_t k = i; k > 0 && placed[k - 1].line == placed[i].line; --k)
            lineStart = placed[k - 1].word.box.left();
        bool alone = placed[i].segmentFirst;
        for (int step = 0; step < 8; ++step) {
            const qsizetype below = findBelow(placed, current, anchor, lineStart);
            if (below < 0)
                break;
            Placed &v = placed[static_cast<size_t>(below)];
            const QRectF &above = placed[static_cast<size_t>(current)].word.box;
            // Lines of one cell or paragraph touch; the next table row starts below the cell's padding.
            const bool tight = v.word.box.top() - above.bottom() < 0.3 * std::max(above.height(), 1.0);
            const bool bothAlone = alone && v.segmentLast;
            const Join join = decide(head + pendingText, v.word.text, bothAlone, tight);
            if (join == Join::No)
                break;
            if (join == Join::Pending) {
                pending.push_back(below);
                pendingText += v.word.text;
            } else {
                if (join == Join::DropHyphen) {
                    QString &end = pendingText.isEmpty() ? head : pendingText;
                    end.chop(1);
                }
                head += pendingText + v.word.text;
                pendingText.clear();
                for (qsizetype p : pending)
                    placed[static_cast<size_t>(p)].taken = true;
                pending.clear();
                v.taken = true;
            }
            // A value forced over two lines of a cell is whole after one join.
            if (!v.segmentLast || join == Join::Cell)
                break;
            current = below;
            anchor = v.word.box.left();
            lineStart = anchor;
            alone = alone && v.segmentFirst;
        }
        placed[i].word.text = head;
    }

    QStringList lines(lineCount);
    for (const Placed &p : placed) {
        if (p.taken)
            continue;
        QString &out = lines[p.line];
        out += p.word.text;
        if (p.word.spaceAfter || p.segmentLast)
            out += QLatin1Char(' ');
    }
    // A defanged scheme the renderer split from its separator ("hxxp ://", "hxxps [:]//", "http:// host").
    static const QRegularExpression schemeGap(QStringLiteral(R"(\b(h(?:xx|XX|tt)ps?|fxps?|ftps?)\s+(?=\[?:|\[://\]))"));
    static const QRegularExpression separatorGap(QStringLiteral(R"((://|\[://\]|\[:\]//)\s+(?=[\w\[]))"));
    for (QString &l : lines) {
        l.remove(kSoftHyphen);
        if (l.contains(QLatin1Char(':'))) {
            l.replace(schemeGap, QStringLiteral("\\1"));
            l.replace(separatorGap, QStringLiteral("\\1"));
        }
        l = l.trimmed();
    }
    return lines;
}

void PdfReportReader::read(QIODevice &device, IndicatorTable &table, const ReadOptions &options, ReadReport &report)
{
    report.format = FileFormat::Pdf;
    report.encoding = TextEncoding::Utf8; // Poppler hands over Unicode text
    static std::once_flag quiet;
    // Poppler reports every repair it makes to a damaged file on the debug output; the reader's own
    // messages say what matters.
    std::call_once(quiet, [] { Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant()); });

    // In blocks: a stream of unknown size must not make one allocation of the whole limit.
    QByteArray data;
    while (data.size() <= kMaxBytes) {
        const QByteArray block = device.read(4LL * 1024 * 1024);
        if (block.isEmpty())
            break;
        data += block;
    }
    report.bytesRead = data.size();
    if (data.size() > kMaxBytes) {
        report.error = tr("The PDF is larger than %L1 MiB; it is not read.").arg(kMaxBytes / (1024LL * 1024));
        return;
    }
    if (!looksLikePdf(data)) {
        report.error = tr("The file is not a PDF document.");
        return;
    }
    // A complete file ends with %%EOF; Poppler would otherwise rebuild what it can of a cut-off file
    // and the report would silently lose its last pages.
    if (data.right(1024).indexOf("%%EOF") < 0) {
        report.error = tr("The PDF is truncated or damaged: it has no end-of-file marker.");
        return;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
    if (!document) {
        report.error = tr("The PDF is damaged and cannot be read.");
        return;
    }
    if (document->isLocked()) {
        report.error = tr("The PDF is protected by a password. Open it in a PDF viewer, save a copy without "
                          "the password, and read that copy.");
        return;
    }
    const int pages = document->numPages();
    if (pages <= 0) {
        report.error = tr("The PDF has no pages that can be read; it may be damaged.");
        return;
    }
    if (pages > kMaxPages) {
        report.error =
            tr("The PDF has %L1 pages; reports of more than %L2 pages are not read.").arg(pages).arg(kMaxPages);
        return;
    }

    QDeadlineTimer deadline(kTimeBudgetMs);
    const QVariant closure = QVariant::fromValue(static_cast<void *>(&deadline));
    FreeTextReader::Collector collector(table, report);
    qint64 linesRead = 0;
    bool anyText = false;
    for (int p = 0; p < pages; ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page)
            continue;
        const auto boxes = page->textList(Poppler::Page::Rotate0, abortWhenLate, closure);
        if (deadline.hasExpired()) {
            report.error = tr("Reading the PDF took longer than %1 seconds (page %2 of %3); it is not read.")
                               .arg(kTimeBudgetMs / 1000)
                               .arg(p + 1)
                               .arg(pages);
            table.clear();
            return;
        }
        std::vector<Word> words;
        words.reserve(boxes.size());
        for (const auto &box : boxes) {
            Word w;
            w.text = box->text();
            w.box = box->boundingBox();
            w.spaceAfter = box->hasSpaceAfter();
            w.lineEnd = box->nextWord() == nullptr;
            words.push_back(std::move(w));
        }
        const QStringList lines = pageLines(std::move(words));
        for (qsizetype l = 0; l < lines.size(); ++l) {
            if (lines[l].isEmpty())
                continue;
            anyText = true;
            ++linesRead;
            if (!collector.addLine(lines[l], l + 1, p + 1))
                return;
        }
        // Progress in bytes, as the other readers give it: the share of the pages read.
        if (options.progress && !options.progress(data.size() * (p + 1) / pages)) {
            report.cancelled = true;
            return;
        }
    }
    if (!anyText) {
        report.error = tr("The PDF holds no text (%n page(s)); its pages may be scanned images, and text in "
                          "images is not recognised.",
                          nullptr, pages);
        return;
    }
    collector.finish(linesRead);
}

} // namespace im
