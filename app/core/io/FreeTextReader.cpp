// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FreeTextReader.h"

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/io/DecodedStream.h"
#include "core/validation/ValueRules.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

namespace im {
namespace {

// [CHOICE] A description longer than this is cut: the line is context, not the report.
constexpr int kMaxContext = 400;

// Top-level domains a report's domain names end in: the generic ones seen in threat reports and every
// two-letter country code except those that are mostly file extensions (below).
bool isLikelyTld(const QString &tld)
{
    static const QSet<QString> generic = {
        QStringLiteral("com"),      QStringLiteral("net"),      QStringLiteral("org"),      QStringLiteral("info"),
        QStringLiteral("biz"),      QStringLiteral("edu"),      QStringLiteral("gov"),      QStringLiteral("mil"),
        QStringLiteral("int"),      QStringLiteral("xyz"),      QStringLiteral("top"),      QStringLiteral("online"),
        QStringLiteral("site"),     QStringLiteral("club"),     QStringLiteral("shop"),     QStringLiteral("store"),
        QStringLiteral("live"),     QStringLiteral("icu"),      QStringLiteral("vip"),      QStringLiteral("work"),
        QStringLiteral("tech"),     QStringLiteral("space"),    QStringLiteral("website"),  QStringLiteral("fun"),
        QStringLiteral("app"),      QStringLiteral("dev"),      QStringLiteral("cloud"),    QStringLiteral("link"),
        QStringLiteral("click"),    QStringLiteral("pro"),      QStringLiteral("mobi"),     QStringLiteral("name"),
        QStringLiteral("asia"),     QStringLiteral("today"),    QStringLiteral("host"),     QStringLiteral("press"),
        QStringLiteral("buzz"),     QStringLiteral("monster"),  QStringLiteral("rest"),     QStringLiteral("bar"),
        QStringLiteral("cyou"),     QStringLiteral("sbs"),      QStringLiteral("quest"),    QStringLiteral("life"),
        QStringLiteral("world"),    QStringLiteral("news"),     QStringLiteral("email"),    QStringLiteral("support"),
        QStringLiteral("services"), QStringLiteral("network"),  QStringLiteral("digital"),  QStringLiteral("global"),
        QStringLiteral("group"),    QStringLiteral("company"),  QStringLiteral("center"),   QStringLiteral("solutions"),
        QStringLiteral("systems"),  QStringLiteral("software"), QStringLiteral("security"), QStringLiteral("onion"),
        QStringLiteral("cam"),      QStringLiteral("lol"),      QStringLiteral("best"),     QStringLiteral("ltd"),
        QStringLiteral("loan"),     QStringLiteral("win"),      QStringLiteral("download"), QStringLiteral("stream"),
        QStringLiteral("review"),   QStringLiteral("trade"),    QStringLiteral("party"),    QStringLiteral("date"),
        QStringLiteral("science"),  QStringLiteral("agency"),   QStringLiteral("zone"),     QStringLiteral("one"),
        QStringLiteral("ink"),      QStringLiteral("wiki"),     QStringLiteral("blog"),     QStringLiteral("page"),
        QStringLiteral("site"),     QStringLiteral("finance"),  QStringLiteral("bank"),     QStringLiteral("microsoft"),
        QStringLiteral("google"),   QStringLiteral("amazon"),   QStringLiteral("arpa"),
    };
    // Two-letter endings that are far more often file extensions, or abbreviations, in reports.
    static const QSet<QString> extensions = {
        QStringLiteral("sh"), QStringLiteral("py"), QStringLiteral("ps"), QStringLiteral("md"), QStringLiteral("so"),
        QStringLiteral("js"), QStringLiteral("gz"), QStringLiteral("xz"), QStringLiteral("bz"), QStringLiteral("pl"),
        QStringLiteral("rb"), QStringLiteral("cs"), QStringLiteral("go"), QStringLiteral("hh"), QStringLiteral("ai"),
        QStringLiteral("db"), QStringLiteral("7z"), QStringLiteral("ie"), QStringLiteral("eg"), QStringLiteral("vb"),
    };
    if (tld.startsWith(QLatin1String("xn--")))
        return true;
    if (tld.size() == 2)
        return !extensions.contains(tld);
    return generic.contains(tld);
}

// Blanks text[from, to) so later patterns do not find parts of a value already taken.
void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        text[i] = QLatin1Char(' ');
}

QString stripTrailingPunctuation(QString value)
{
    while (!value.isEmpty()) {
        const QChar c = value.back();
        if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':')
            || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('`')
            || c == QLatin1Char('_')
            || (c == QLatin1Char(')') && value.count(QLatin1Char('(')) < value.count(QLatin1Char(')'))))
            value.chop(1);
        else
            break;
    }
    return value;
}

// HTML to text, one line at a time; `inTag` and `skipping` carry a tag or a script/style across lines.
class HtmlLines
{
public:
    QString text(const QString &line)
    {
        QString out;
        out.reserve(line.size());
        for (const QChar c : line) {
            if (m_inTag) {
                m_tag.append(c);
                if (c == QLatin1Char('>')) {
                    m_inTag = false;
                    const QString tag = m_tag.toLower();
                    if (tag.startsWith(QLatin1String("<script")) || tag.startsWith(QLatin1String("<style")))
                        m_skipping = true;
                    else if (tag.startsWith(QLatin1String("</script")) || tag.startsWith(QLatin1String("</style")))
                        m_skipping = false;
                    out.append(QLatin1Char(' '));
                }
                continue;
            }
            if (c == QLatin1Char('<')) {
                m_inTag = true;
                m_tag = c;
                continue;
            }
            if (!m_skipping)
                out.append(c);
        }
        static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{1,6});"));
        QString decoded;
        qsizetype last = 0;
        for (auto it = numeric.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            bool ok = false;
            const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
            decoded += QStringView(out).mid(last, m.capturedStart() - last);
            if (ok && code > 0 && code < 0x110000)
                decoded += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            last = m.capturedEnd();
        }
        decoded += QStringView(out).mid(last);
        decoded.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        decoded.replace(QLatin1String("&lt;"), QLatin1String("<"));
        decoded.replace(QLatin1String("&gt;"), QLatin1String(">"));
        decoded.replace(QLatin1String("&quot;"), QLatin1String("\""));
        decoded.replace(QLatin1String("&#39;"), QLatin1String("'"));
        decoded.replace(QLatin1String("&amp;"), QLatin1String("&"));
        return decoded;
    }

private:
    QString m_tag;
    bool m_inTag = false;
    bool m_skipping = false;
};

// How often value stands in text (letter case aside) before position `before` (all of text when -1).
qsizetype mentionsOf(const QString &text, const QString &value, qsizetype before = -1)
{
    qsizetype n = 0;
    for (qsizetype i = text.indexOf(value, 0, Qt::CaseInsensitive); i >= 0 && (before < 0 || i < before);
         i = text.indexOf(value, i + 1, Qt::CaseInsensitive))
        ++n;
    return n;
}

// Where the n-th (from 0) mention of value starts in text; -1 when there are fewer.
qsizetype nthMention(const QString &text, const QString &value, qsizetype n)
{
    qsizetype i = text.indexOf(value, 0, Qt::CaseInsensitive);
    while (i >= 0 && n-- > 0)
        i = text.indexOf(value, i + 1, Qt::CaseInsensitive);
    return i;
}

// [CHOICE] How far from a value a hint word still speaks of it: about a clause on either side.
constexpr qsizetype kHintReach = 80;

} // namespace

QString FreeTextReader::contextHint(const QString &line, const QString &value)
{
    // Words that say a value is not the attacker's: a victim, a sinkhole, a legitimate or benign
    // service, an example (English, Simplified and Traditional Chinese). "example" inside a host name
    // (www.example.com) is no hint, hence the guards against dots, slashes and hyphens.
    static const QRegularExpression hint(
        QStringLiteral(
            R"((?<![\w\-/@])(?<!\w\.)(victims?|sinkhol(?:e|es|ed|ing)|legitimate|benign|not malicious|)"
            R"(non-malicious|examples?)(?![\w\-/@])(?!\.\w)|受害|沉洞|污水池|合法|良性|非恶意|非惡意|示例|范例|範例)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = refang(line);
    const qsizetype found = text.indexOf(value, 0, Qt::CaseInsensitive);
    // Without the value as written (a hash in capitals, a URL with a trailing dot), the whole line counts.
    const qsizetype at = std::max<qsizetype>(found, 0);
    const qsizetype from = found < 0 ? 0 : std::max<qsizetype>(0, found - kHintReach);
    const qsizetype to = found < 0 ? text.size() : std::min<qsizetype>(text.size(), found + value.size() + kHintReach);
    QString nearest;
    qsizetype distance = -1;
    for (auto it = hint.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() <= from || m.capturedStart() >= to)
            continue;
        if (found >= 0 && m.capturedStart() >= found && m.capturedEnd() <= found + value.size())
            continue; // the word is part of the value itself
        const qsizetype d = std::abs(m.capturedStart() - at);
        if (distance < 0 || d < distance) {
            distance = d;
            nearest = m.captured(0);
        }
    }
    return nearest;
}

FreeTextReader::SectionTitle FreeTextReader::sectionTitle(const QString &line)
{
    // [CHOICE] A title is short; a longer line is prose even when it starts like one.
    constexpr qsizetype kMaxTitle = 80;
    QString title = line.trimmed();
    if (title.isEmpty() || title.size() > kMaxTitle)
        return {};
    static const QRegularExpression mark(QStringLiteral(R"(^(?:#{1,6}|={1,6})\s+)"));
    static const QRegularExpression numbering(
        QStringLiteral(
            R"(^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)]?\s+|[A-Z][.)]\s+|[一二三四五六七八九十]{1,3}[、.．]\s*|)"
            R"(第[一二三四五六七八九十\d]{1,3}[章节節部]\s*|appendix\s+[A-Z0-9]{1,2}\s*[:.\-–—]?\s*))"),
        QRegularExpression::CaseInsensitiveOption);
    const bool marked = mark.match(title).hasMatch();
    title.remove(mark);
    while (title.endsWith(QLatin1Char('#')) || title.endsWith(QLatin1Char('=')))
        title.chop(1);
    title = title.trimmed();
    while (title.size() > 2 && (title.startsWith(QLatin1Char('*')) || title.startsWith(QLatin1Char('_')))
           && title.back() == title.front())
        title = title.sliced(1, title.size() - 2).trimmed();
    const bool numbered = numbering.match(title).hasMatch();
    title.remove(numbering);
    while (title.endsWith(QLatin1Char(':')) || title.endsWith(QChar(0xff1a)))
        title.chop(1);
    title = title.trimmed();
    if (title.isEmpty())
        return {};

    // Titles of the sections whose links a report cites rather than accuses, in English, Simplified
    // and Traditional Chinese; "References and further reading" joins two.
    static const QString referenceWords = QStringLiteral(
        R"((?:references?|acknowledge?ments?|further reading|additional reading|recommended reading|reading|sources|)"
        R"(bibliography|credits|external links|see also|related (?:reading|links|articles|research)|citations|links|)"
        R"(参考(?:资料|文献|链接|来源)?|參考(?:資料|文獻|連結|來源)?|引用|致谢|鸣谢|致謝|鳴謝|延伸阅读|扩展阅读|延伸閱讀|相关链接|相關連結))");
    static const QRegularExpression references(
        QStringLiteral(R"(^%1(?:\s*(?:and|&|/|,|、|与|和|及|與)\s*%1)*$)").arg(referenceWords),
        QRegularExpression::CaseInsensitiveOption);
    if (references.match(title).hasMatch())
        return {Section::References, title};

    // A heading that opens any other section ends a references section. In plain text and PDF only
    // lines that surely are titles count: capitals, or a usual section name.
    static const QRegularExpression usual(
        QStringLiteral(
            R"(^(?:indicators?(?: of (?:compromise|attack))?|iocs?|appendix|annex|conclusions?|summary|executive summary|)"
            R"(introduction|overview|background|analysis|technical (?:analysis|details)|detection|mitigations?|)"
            R"(recommendations|mitre att&ck|att&ck|timeline|attribution|infrastructure|yara|sigma|)"
            R"(附录|附錄|总结|總結|结论|結論|摘要|概述|背景|分析|技术分析|技術分析|建议|建議|失陷指标|入侵指标|入侵指標|威胁指标|威脅指標))"
            R"((?:\b|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const bool capitals = title.size() <= 60 && title.toUpper() == title && title.toLower() != title;
    if (marked || capitals || ((numbered || title.size() <= 60) && usual.match(title).hasMatch()))
        return {Section::Other, title};
    return {};
}

QString FreeTextReader::refang(const QString &text)
{
    static const QRegularExpression dot(QStringLiteral(R"(\s?[\[\(\{]\s?(?:\.|dot)\s?[\]\)\}]\s?|\\\.)"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression schemeSep(QStringLiteral(R"([\[\(\{]://[\]\)\}]|\[:\]//)"));
    static const QRegularExpression colon(QStringLiteral(R"([\[\(\{](?::|colon)[\]\)\}])"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression slash(QStringLiteral(R"([\[\(\{]/[\]\)\}])"));
    static const QRegularExpression at(QStringLiteral(R"([\[\(\{](?:@|at)[\]\)\}])"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression http(QStringLiteral(R"(\bh(?:xx|XX|\*\*|tt)p(s?)(?=\[?:|://))"));
    static const QRegularExpression ftp(QStringLiteral(R"(\bfxp(s?)(?=\[?:|://))"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1Char('[')) && !text.contains(QLatin1Char('(')) && !text.contains(QLatin1Char('{'))
        && !text.contains(QLatin1Char('\\')) && !text.contains(QLatin1String("xx"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("**")) && !text.contains(QLatin1String("fxp"), Qt::CaseInsensitive))
        return text;
    QString out = text;
    out.replace(schemeSep, QStringLiteral("://"));
    out.replace(dot, QStringLiteral("."));
    out.replace(colon, QStringLiteral(":"));
    out.replace(slash, QStringLiteral("/"));
    out.replace(at, QStringLiteral("@"));
    out.replace(http, QStringLiteral("http\\1"));
    out.replace(ftp, QStringLiteral("ftp\\1"));
    return out;
}

// The domain or address a URL points at, as a value of its own; empty when the host is neither.
FreeTextReader::Found FreeTextReader::hostOf(const QString &url, qsizetype urlAt)
{
    const QString host = QUrl(url).host(QUrl::FullyDecoded).toLower();
    if (host.isEmpty())
        return {};
    const qsizetype inUrl = url.indexOf(host, 0, Qt::CaseInsensitive);
    const qsizetype at = inUrl < 0 ? urlAt : urlAt + inUrl;
    const IndicatorType type = rules::inferType(host.toUtf8());
    if (type == IndicatorType::IpAddress)
        return {IndicatorType::IpAddress, host, at, url};
    const qsizetype dot = host.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && isLikelyTld(host.mid(dot + 1)) && rules::isValidHostName(host.toUtf8()))
        return {IndicatorType::DomainName, host, at, url};
    return {};
}

QList<FreeTextReader::Found> FreeTextReader::extract(const QString &line)
{
    struct Hit
    {
        qsizetype at;
        Found found;
    };
    QList<Hit> hits;
    QString text = refang(line);

    static const QRegularExpression url(QStringLiteral(R"((?:https?|ftp)://[^\s<>"'`\]\[{}|\\^]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString value = stripTrailingPunctuation(m.captured(0));
        if (value.size() > 10 && rules::inferType(value.toUtf8()) == IndicatorType::Url) {
            hits.append({m.capturedStart(), {IndicatorType::Url, value, m.capturedStart(), {}}});
            const Found host = hostOf(value, m.capturedStart());
            if (!host.value.isEmpty())
                hits.append({m.capturedStart(), host});
        }
        blank(text, m.capturedStart(), m.capturedEnd());
    }

    static const QRegularExpression hex(QStringLiteral(R"([0-9a-fA-F]{32,})"));
    for (auto it = hex.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        // Part of a longer word (an identifier, a hex run with dashes)? Then it is not a hash.
        auto glued = [&](qsizetype i) {
            return text[i].isLetterOrNumber() || text[i] == QLatin1Char('_') || text[i] == QLatin1Char('-');
        };
        const bool wordBefore = start > 0 && glued(start - 1);
        const bool wordAfter = end < text.size() && glued(end);
        const qsizetype n = end - start;
        if (!wordBefore && !wordAfter && (n == 32 || n == 40 || n == 64)) {
            const IndicatorType type = n == 32   ? IndicatorType::FileMd5
                                       : n == 40 ? IndicatorType::FileSha1
                                                 : IndicatorType::FileSha256;
            hits.append({start, {type, m.captured(0).toLower(), start, {}}});
        }
        blank(text, start, end);
    }

    static const QRegularExpression ipv4(QStringLiteral(
        R"((?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:/\d{1,2})?(?!\.?\w))"));
    for (auto it = ipv4.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        hits.append({m.capturedStart(), {IndicatorType::IpAddress, m.captured(0), m.capturedStart(), {}}});
        blank(text, m.capturedStart(), m.capturedEnd());
    }

    static const QRegularExpression ipv6(
        QStringLiteral(R"((?<![\w:.])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:]))"));
    for (auto it = ipv6.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(0);
        if (value.count(QLatin1Char(':')) >= 2 && rules::parseIpv6(value.toLatin1())) {
            hits.append({m.capturedStart(), {IndicatorType::IpAddress, value.toLower(), m.capturedStart(), {}}});
            blank(text, m.capturedStart(), m.capturedEnd());
        }
    }

    // The domain of an e-mail address is taken too (the sender's domain is what Defender can block);
    // a free-mail provider's domain then carries the well-known benign warning.
    static const QRegularExpression domain(
        QStringLiteral(
            R"((?<![\w.\-])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9\-]{2,59}))(?![\w\-@]|\.\w))"),
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = domain.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString value = m.captured(1).toLower();
        if (isLikelyTld(m.captured(2).toLower()) && rules::isValidHostName(value.toUtf8()))
            hits.append({m.capturedStart(), {IndicatorType::DomainName, value, m.capturedStart(), {}}});
    }

    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    QList<Found> found;
    found.reserve(hits.size());
    for (const Hit &h : hits)
        found.append(h.found);
    return found;
}

bool FreeTextReader::looksLikeProse(QByteArrayView sample)
{
    // Lines of several words whose first word is no indicator: a report, not a list.
    int lines = 0;
    int prose = 0;
    const QList<QByteArray> all = QByteArray(sample.data(), sample.size()).split('\n');
    for (const QByteArray &raw : all) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith("//") || line.startsWith(';'))
            continue;
        if (++lines > 200)
            break;
        const qsizetype space = line.indexOf(' ');
        const QByteArray first = space < 0 ? line : line.first(space);
        if (space > 0 && line.count(' ') >= 3 && rules::inferType(first) == IndicatorType::Unknown)
            ++prose;
    }
    return lines > 0 && prose * 3 >= lines;
}

FreeTextReader::Collector::Collector(IndicatorTable &table, ReadReport &report)
    : m_table(table)
    , m_report(report)
{
}

bool FreeTextReader::Collector::addLine(const QString &text, qint64 line, int page)
{
    const QList<Found> found = extract(text);
    if (found.isEmpty()) {
        const SectionTitle section = sectionTitle(text);
        if (section.kind == Section::References)
            m_references = section.title;
        else if (section.kind == Section::Other)
            m_references.clear();
        return true;
    }
    QString context; // the line simplified, made once for all its values
    QString refanged;
    QString searched; // the line as extract() read it
    // The line as written shows the value where the analyst would look for it; a defanged value is only
    // found in the restored line, which is then kept instead. When the value stands in the line more than
    // once (a domain inside a URL, then alone), the mark is on the given mention.
    const auto markMention = [&](int row, const Found &f) {
        if (context.isEmpty()) {
            context = text.simplified();
            refanged = refang(context);
        }
        if (searched.isEmpty())
            searched = refang(text);
        const qsizetype mention = mentionsOf(searched, f.value, f.at);
        if (mentionsOf(context, f.value) == mentionsOf(refanged, f.value))
            m_table.setSourceContext(row, context, nthMention(context, f.value, mention), f.value.size());
        else
            m_table.setSourceContext(row, refanged, nthMention(refanged, f.value, mention), f.value.size());
    };
    for (const Found &f : found) {
        const QString key = QString::fromLatin1(apiName(f.type)) + QLatin1Char('\n') + f.value.toLower();
        if (m_seen.contains(key)) {
            // Named on its own after all: the row is no longer only a URL's host, and on the URL's line
            // its mark moves to the mention of its own.
            const auto host = f.url.isEmpty() ? m_hostRows.constFind(key) : m_hostRows.cend();
            if (host != m_hostRows.cend()) {
                dropHostNote(host.value());
                if (m_table.sourceLine(host.value()) == line)
                    markMention(host.value(), f);
                m_hostRows.erase(host);
            } else {
                ++m_repeats;
            }
            continue;
        }
        m_seen.insert(key);
        if (m_table.rowCount() >= limits::kMaxRows) {
            m_report.error =
                FreeTextReader::tr("The text holds more than %L1 indicators, more than this tool opens at once.")
                    .arg(limits::kMaxRows);
            m_table.clear();
            return false;
        }
        Indicator row;
        row[Field::IndicatorValue] = f.value;
        row[Field::IndicatorType] = QLatin1String(apiName(f.type));
        if (context.isEmpty()) {
            context = text.simplified();
            refanged = refang(context);
        }
        QString description = context;
        if (description.size() > kMaxContext)
            description = description.first(kMaxContext - 1) + QChar(0x2026);
        row[Field::Description] = description;
        m_table.appendIndicator(row);
        const int added = m_table.rowCount() - 1;
        m_table.setSourceLine(added, line);
        if (page > 0)
            m_table.setSourcePage(added, page);
        markMention(added, f);
        QString hint = contextHint(text, f.value);
        if (hint.isEmpty())
            hint = m_references; // the title of the section: the report cites the value, it does not accuse it
        if (!hint.isEmpty()) {
            m_table.addReadNote(added, ReadNote{IssueCode::ReadContextHint, hint});
            ++m_hints;
        }
        if (!f.url.isEmpty()) {
            m_table.addReadNote(added, ReadNote{IssueCode::ReadHostOfUrl, f.url});
            m_hostRows.insert(key, added);
        }
        ++m_perType[QString::fromLatin1(apiName(f.type))];
    }
    return true;
}

void FreeTextReader::Collector::dropHostNote(int row)
{
    QList<ReadNote> notes = m_table.readNotes(row);
    m_table.clearReadNotes(row);
    for (const ReadNote &note : std::as_const(notes)) {
        if (note.code != IssueCode::ReadHostOfUrl)
            m_table.addReadNote(row, note);
    }
}

void FreeTextReader::Collector::finish(qint64 linesRead)
{
    if (m_table.isEmpty()) {
        m_report.error =
            FreeTextReader::tr("No indicator was found in the text (%n line(s) read).", nullptr, int(linesRead));
        return;
    }
    QStringList counts;
    for (auto it = m_perType.cbegin(); it != m_perType.cend(); ++it)
        counts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    m_report.notices.append(
        FreeTextReader::tr("Indicators found in the text, by type: %1.").arg(counts.join(QStringLiteral(", "))));
    if (m_hints > 0)
        m_report.notices.append(FreeTextReader::tr(
            "%n indicator(s) stand next to words such as victim, sinkhole, legitimate or example; they carry a "
            "warning until checked.",
            nullptr, m_hints));
    if (!m_hostRows.isEmpty())
        m_report.notices.append(FreeTextReader::tr(
            "%n domain(s) or address(es) were taken from the hosts of URLs the report names; they carry a warning "
            "until checked, since such a row blocks everything on the host.",
            nullptr, int(m_hostRows.size())));
    if (m_repeats > 0)
        m_report.notices.append(FreeTextReader::tr(
            "%n repeated mention(s) of an indicator already found were taken once.", nullptr, m_repeats));
}

void FreeTextReader::read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report,
                          bool html)
{
    report.format = FileFormat::Text;
    HtmlLines htmlLines;
    Collector collector(table, report);
    QByteArray buffer;
    qsizetype pos = 0;
    qint64 line = 0;
    qint64 nextProgress = 0;

    for (;;) {
        qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0) {
            if (buffer.size() - pos > limits::kMaxRecordBytes) {
                report.error = tr("Line %1 is longer than %2 MiB; the text cannot be read.")
                                   .arg(line + 1)
                                   .arg(limits::kMaxRecordBytes / (1024LL * 1024));
                table.clear();
                return;
            }
            if (!stream.atEnd()) {
                buffer.remove(0, pos);
                pos = 0;
                if (stream.readMore(buffer) || !stream.hasError())
                    continue;
            }
            if (stream.hasError()) {
                report.error = stream.errorString();
                table.clear();
                return;
            }
            if (pos >= buffer.size())
                break;
            newline = buffer.size();
        }
        ++line;
        QString text = QString::fromUtf8(QByteArrayView(buffer).sliced(pos, newline - pos));
        pos = newline + 1;
        if (html)
            text = htmlLines.text(text);
        if (text.trimmed().isEmpty()) {
            ++report.blankLinesSkipped;
            continue;
        }
        if (!collector.addLine(text, line))
            return;
        if (options.progress && stream.bytesRead() >= nextProgress) {
            nextProgress = stream.bytesRead() + DecodedStream::kBlockSize;
            if (!options.progress(stream.bytesRead())) {
                report.cancelled = true;
                return;
            }
        }
    }
    collector.finish(line);
}

} // namespace im
