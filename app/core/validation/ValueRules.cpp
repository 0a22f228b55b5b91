// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ValueRules.h"

#include "core/validation/TopLevelDomains.h"

#include <QString>
#include <QUrl>

#include <array>
#include <cstdio>
#include <cstring>

namespace im::rules {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(QByteArrayView a, const char *b)
{
    const auto n = static_cast<qsizetype>(std::strlen(b));
    if (a.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

qsizetype indexOf(QByteArrayView text, char c, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == c)
            return i;
    }
    return -1;
}

bool contains(QByteArrayView text, const char *needle)
{
    return text.indexOf(QByteArrayView(needle)) >= 0;
}

bool isValidAsciiHostName(QByteArrayView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    int labels = 0;
    qsizetype start = 0;
    while (start <= host.size()) {
        qsizetype end = indexOf(host, '.', start);
        if (end < 0)
            end = host.size();
        const QByteArrayView label = host.sliced(start, end - start);
        const bool isTopLevel = end == host.size();
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == '-' || label.back() == '-')
            return false;
        bool allDigits = true;
        for (char c : label) {
            const bool ok = isAlpha(c) || isDigit(c) || c == '-' || (c == '_' && !isTopLevel);
            if (!ok)
                return false;
            allDigits = allDigits && isDigit(c);
        }
        if (isTopLevel && allDigits)
            return false;
        ++labels;
        start = end + 1;
    }
    return labels >= 2;
}

// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return kDays[m - 1];
}

bool readNumber(QByteArrayView text, qsizetype pos, int digits, int *out)
{
    if (pos + digits > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

struct DateTimeParts
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasTime = false, hasSeconds = false, hasZone = false;
    int offsetMinutes = 0;
    int fractionDigits = 0;
    int fractionMs = 0;
};

// Parses "YYYY-MM-DD[(T|t| )HH:MM[:SS[.f+]]][Z|z|+hh:mm|-hh:mm]". Returns false on anything else.
bool parseDateTimeParts(QByteArrayView s, DateTimeParts *p)
{
    if (!readNumber(s, 0, 4, &p->year) || s.size() < 10 || s[4] != '-' || !readNumber(s, 5, 2, &p->month) || s[7] != '-'
        || !readNumber(s, 8, 2, &p->day))
        return false;
    if (p->month < 1 || p->month > 12 || p->day < 1 || p->day > daysInMonth(p->year, p->month))
        return false;
    qsizetype pos = 10;
    if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
        ++pos;
        if (!readNumber(s, pos, 2, &p->hour) || pos + 2 >= s.size() || s[pos + 2] != ':'
            || !readNumber(s, pos + 3, 2, &p->minute))
            return false;
        p->hasTime = true;
        pos += 5;
        if (pos < s.size() && s[pos] == ':') {
            if (!readNumber(s, pos + 1, 2, &p->second))
                return false;
            p->hasSeconds = true;
            pos += 3;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                int ms = 0;
                while (pos < s.size() && isDigit(s[pos])) {
                    if (p->fractionDigits < 3)
                        ms = ms * 10 + (s[pos] - '0');
                    ++p->fractionDigits;
                    ++pos;
                }
                if (p->fractionDigits == 0)
                    return false;
                for (int i = p->fractionDigits; i < 3; ++i)
                    ms *= 10;
                p->fractionMs = ms;
            }
        }
        if (p->hour > 23 || p->minute > 59 || p->second > 59)
            return false;
    }
    if (pos < s.size()) {
        if ((s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
            p->hasZone = true;
            ++pos;
        } else if ((s[pos] == '+' || s[pos] == '-') && p->hasTime) {
            int hh = 0;
            int mm = 0;
            if (pos + 6 != s.size() || !readNumber(s, pos + 1, 2, &hh) || s[pos + 3] != ':'
                || !readNumber(s, pos + 4, 2, &mm) || hh > 14 || mm > 59)
                return false;
            p->offsetMinutes = (hh * 60 + mm) * (s[pos] == '-' ? -1 : 1);
            p->hasZone = true;
            pos = s.size();
        } else {
            return false;
        }
    }
    return pos == s.size();
}

constexpr std::array<const char *, 17> kCategories = {
    "General",        "CommandAndControl",   "Collection",      "CredentialAccess",
    "DefenseEvasion", "Discovery",           "Exfiltration",    "Exploit",
    "Execution",      "InitialAccess",       "LateralMovement", "Malware",
    "Persistence",    "PrivilegeEscalation", "Ransomware",      "SuspiciousActivity",
    "None",
};

} // namespace

bool isHex(QByteArrayView text)
{
    // A table instead of three range checks: hashes are the most common values, 32 to 64 digits each.
    static constexpr auto kHex = [] {
        std::array<bool, 256> table{};
        for (int c = '0'; c <= '9'; ++c)
            table[static_cast<size_t>(c)] = true;
        for (int c = 'a'; c <= 'f'; ++c)
            table[static_cast<size_t>(c)] = table[static_cast<size_t>(c - 'a' + 'A')] = true;
        return table;
    }();
    if (text.isEmpty())
        return false;
    bool all = true;
    for (char c : text)
        all &= kHex[static_cast<uchar>(c)];
    return all;
}

bool hasUppercaseHex(QByteArrayView text)
{
    for (char c : text) {
        if (c >= 'A' && c <= 'F')
            return true;
    }
    return false;
}

int hashLength(IndicatorType type)
{
    switch (type) {
    case IndicatorType::FileMd5: return 32;
    case IndicatorType::FileSha1:
    case IndicatorType::CertificateThumbprint: return 40;
    case IndicatorType::FileSha256: return 64;
    default: return 0;
    }
}

std::optional<quint32> parseIpv4(QByteArrayView text, bool *leadingZero)
{
    if (leadingZero)
        *leadingZero = false;
    quint32 address = 0;
    int parts = 0;
    qsizetype pos = 0;
    while (parts < 4) {
        qsizetype start = pos;
        int value = 0;
        while (pos < text.size() && isDigit(text[pos]) && pos - start < 3) {
            value = value * 10 + (text[pos] - '0');
            ++pos;
        }
        const qsizetype digits = pos - start;
        if (digits == 0 || value > 255)
            return std::nullopt;
        if (digits > 1 && text[start] == '0' && leadingZero)
            *leadingZero = true;
        address = (address << 8) | quint32(value);
        ++parts;
        if (parts < 4) {
            if (pos >= text.size() || text[pos] != '.')
                return std::nullopt;
            ++pos;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return address;
}

std::optional<Ipv6Address> parseIpv6(QByteArrayView text)
{
    if (text.size() < 2 || text.size() > 45)
        return std::nullopt;
    std::array<quint16, 8> head{};
    std::array<quint16, 8> tail{};
    int headCount = 0;
    int tailCount = 0;
    bool seenDoubleColon = false;
    bool embeddedV4 = false;
    qsizetype pos = 0;
    if (text.startsWith("::")) {
        seenDoubleColon = true;
        pos = 2;
    } else if (text[0] == ':') {
        return std::nullopt;
    }
    while (pos < text.size()) {
        // An IPv4 tail takes the last two groups.
        const qsizetype nextColon = indexOf(text, ':', pos);
        const QByteArrayView piece = text.sliced(pos, (nextColon < 0 ? text.size() : nextColon) - pos);
        if (nextColon < 0 && indexOf(piece, '.') >= 0) {
            const auto v4 = parseIpv4(piece);
            if (!v4)
                return std::nullopt;
            auto &groups = seenDoubleColon ? tail : head;
            int &count = seenDoubleColon ? tailCount : headCount;
            if (count + 2 > 8)
                return std::nullopt;
            groups[static_cast<size_t>(count++)] = static_cast<quint16>(*v4 >> 16);
            groups[static_cast<size_t>(count++)] = static_cast<quint16>(*v4 & 0xffff);
            embeddedV4 = true;
            pos = text.size();
            break;
        }
        if (piece.isEmpty() || piece.size() > 4)
            return std::nullopt;
        quint16 value = 0;
        for (char c : piece) {
            if (!isHexDigit(c))
                return std::nullopt;
            value = static_cast<quint16>((value << 4) | hexValue(c));
        }
        auto &groups = seenDoubleColon ? tail : head;
        int &count = seenDoubleColon ? tailCount : headCount;
        if (count >= 8)
            return std::nullopt;
        groups[static_cast<size_t>(count++)] = value;
        if (nextColon < 0) {
            pos = text.size();
            break;
        }
        pos = nextColon + 1;
        if (pos < text.size() && text[pos] == ':') {
            if (seenDoubleColon)
                return std::nullopt;
            seenDoubleColon = true;
            ++pos;
        } else if (pos == text.size()) {
            return std::nullopt; // trailing single colon
        }
    }
    const int total = headCount + tailCount;
    if (seenDoubleColon ? total > 7 : total != 8)
        return std::nullopt;
    Ipv6Address address;
    std::array<quint16, 8> groups{};
    for (int i = 0; i < headCount; ++i)
        groups[static_cast<size_t>(i)] = head[static_cast<size_t>(i)];
    for (int i = 0; i < tailCount; ++i)
        groups[static_cast<size_t>(8 - tailCount + i)] = tail[static_cast<size_t>(i)];
    for (size_t i = 0; i < 8; ++i) {
        address.bytes[2 * i] = static_cast<quint8>(groups[i] >> 8);
        address.bytes[2 * i + 1] = static_cast<quint8>(groups[i] & 0xff);
    }
    address.compressed = seenDoubleColon || embeddedV4;
    return address;
}

QByteArray fullFormIpv6(const Ipv6Address &address)
{
    QByteArray out;
    out.reserve(39);
    for (size_t i = 0; i < 8; ++i) {
        if (i > 0)
            out.append(':');
        const int group = (address.bytes[2 * i] << 8) | address.bytes[2 * i + 1];
        out.append(QByteArray::number(group, 16));
    }
    return out;
}

// Our choice of "non-public" (Defender only says internal IPs cannot be indicators; shared/spec §2):
// every IANA special-purpose range that is not globally routable.
const char *nonPublicRangeIpv4(quint32 a)
{
    struct Range
    {
        quint32 base;
        int bits;
        const char *name;
    };
    static const Range kRanges[] = {
        {0x00000000u, 8, "\"this network\" (0.0.0.0/8)"},
        {0x0a000000u, 8, "private (10.0.0.0/8)"},
        {0x64400000u, 10, "shared address space (100.64.0.0/10)"},
        {0x7f000000u, 8, "loopback (127.0.0.0/8)"},
        {0xa9fe0000u, 16, "link-local (169.254.0.0/16)"},
        {0xac100000u, 12, "private (172.16.0.0/12)"},
        {0xc0000000u, 24, "IETF protocol assignments (192.0.0.0/24)"},
        {0xc0000200u, 24, "documentation (192.0.2.0/24)"},
        {0xc0a80000u, 16, "private (192.168.0.0/16)"},
        {0xc6120000u, 15, "benchmarking (198.18.0.0/15)"},
        {0xc6336400u, 24, "documentation (198.51.100.0/24)"},
        {0xcb007100u, 24, "documentation (203.0.113.0/24)"},
        {0xe0000000u, 4, "multicast (224.0.0.0/4)"},
        {0xf0000000u, 4, "reserved (240.0.0.0/4)"},
    };
    for (const Range &r : kRanges) {
        const quint32 mask = r.bits == 0 ? 0 : ~quint32(0) << (32 - r.bits);
        if ((a & mask) == r.base)
            return r.name;
    }
    return nullptr;
}

const char *nonPublicRangeIpv6(const Ipv6Address &address)
{
    const auto &b = address.bytes;
    bool allZeroPrefix10 = true;
    for (int i = 0; i < 10; ++i)
        allZeroPrefix10 = allZeroPrefix10 && b[static_cast<size_t>(i)] == 0;
    if (allZeroPrefix10 && b[10] == 0xff && b[11] == 0xff) {
        const quint32 v4 = (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | b[15];
        const char *range = nonPublicRangeIpv4(v4);
        return range ? range : nullptr;
    }
    bool all = true;
    for (int i = 0; i < 15; ++i)
        all = all && b[static_cast<size_t>(i)] == 0;
    if (all && b[15] == 0)
        return "unspecified (::)";
    if (all && b[15] == 1)
        return "loopback (::1)";
    if ((b[0] & 0xfe) == 0xfc)
        return "unique local (fc00::/7)";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return "link-local (fe80::/10)";
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return "site-local (fec0::/10)";
    if (b[0] == 0xff)
        return "multicast (ff00::/8)";
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return "documentation (2001:db8::/32)";
    if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0x00)
        return "documentation (3fff::/20)";
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x02 && b[4] == 0x00 && b[5] == 0x00)
        return "benchmarking (2001:2::/48)";
    if ((b[0] & 0xe0) != 0x20)
        return "not global unicast (outside 2000::/3)";
    return nullptr;
}

bool looksLikeCidr(QByteArrayView text)
{
    const qsizetype slash = indexOf(text, '/');
    if (slash <= 0 || slash + 1 >= text.size())
        return false;
    for (qsizetype i = slash + 1; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    const QByteArrayView address = text.first(slash);
    return parseIpv4(address).has_value() || parseIpv6(address).has_value();
}

bool looksLikeIpRange(QByteArrayView text)
{
    const qsizetype dash = indexOf(text, '-');
    if (dash > 0) {
        const QByteArrayView a = trimmed(text.first(dash));
        const QByteArrayView b = trimmed(text.sliced(dash + 1));
        const bool aIp = parseIpv4(a).has_value() || parseIpv6(a).has_value();
        const bool bIp = parseIpv4(b).has_value() || parseIpv6(b).has_value()
                         || (!b.isEmpty() && b.size() <= 3 && isHex(b)); // "1.2.3.4-9"
        if (aIp && bIp)
            return true;
    }
    if (indexOf(text, '*') >= 0) {
        // "1.2.3.*" and "2001:db8::*": an address with a wildcard in place of a part.
        bool onlyAddressChars = true;
        for (char c : text)
            onlyAddressChars = onlyAddressChars && (isHexDigit(c) || c == '.' || c == ':' || c == '*');
        return onlyAddressChars && (indexOf(text, '.') >= 0 || indexOf(text, ':') >= 0);
    }
    return false;
}

bool isAscii(QByteArrayView text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidHostName(QByteArrayView host)
{
    if (isAscii(host))
        return isValidAsciiHostName(host);
    // Internationalised name: IDNA to its ASCII form, then the ASCII rules.
    const QByteArray ace = QUrl::toAce(QString::fromUtf8(host));
    return !ace.isEmpty() && isValidAsciiHostName(ace);
}

bool splitUrl(QByteArrayView text, UrlParts *parts)
{
    *parts = UrlParts{};
    qsizetype pos = 0;
    const qsizetype schemeEnd = text.indexOf(QByteArrayView("://"));
    if (schemeEnd > 0) {
        bool schemeOk = isAlpha(text[0]);
        for (qsizetype i = 1; i < schemeEnd && schemeOk; ++i) {
            const char c = text[i];
            schemeOk = isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
        }
        if (schemeOk) {
            parts->scheme = text.first(schemeEnd);
            pos = schemeEnd + 3;
        }
    }
    qsizetype authorityEnd = text.size();
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (text[i] == '/' || text[i] == '?' || text[i] == '#') {
            authorityEnd = i;
            break;
        }
    }
    QByteArrayView authority = text.sliced(pos, authorityEnd - pos);
    parts->rest = text.sliced(authorityEnd);
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0) {
        parts->userInfo = authority.first(at);
        authority = authority.sliced(at + 1);
    }
    if (authority.startsWith('[')) {
        const qsizetype close = indexOf(authority, ']');
        if (close < 0)
            return false;
        parts->host = authority.sliced(1, close - 1);
        parts->bracketedHost = true;
        const QByteArrayView after = authority.sliced(close + 1);
        if (!after.isEmpty()) {
            if (after[0] != ':')
                return false;
            parts->port = after.sliced(1);
        }
    } else {
        const qsizetype colon = indexOf(authority, ':');
        if (colon >= 0) {
            parts->host = authority.first(colon);
            parts->port = authority.sliced(colon + 1);
        } else {
            parts->host = authority;
        }
    }
    return !parts->host.isEmpty();
}

bool looksDefanged(QByteArrayView text)
{
    if (text.isEmpty())
        return false; // and an empty view may have a null data(), which memchr() must not see
    // One pass for the bracket characters every defanged form uses; substring checks only after a hit.
    const auto n = static_cast<size_t>(text.size());
    const bool bracket =
        std::memchr(text.data(), '[', n) || std::memchr(text.data(), '(', n) || std::memchr(text.data(), '{', n);
    if (bracket) {
        for (const char *marker : {"[.]", "(.)", "{.}", "[dot]", "(dot)", "[:]", "[://]", "[/]"}) {
            if (contains(text, marker))
                return true;
        }
    }
    return text.size() >= 4 && (text[0] == 'h' || text[0] == 'H') && equalsIgnoreCase(text.first(4), "hxxp");
}

QByteArray refang(QByteArrayView text)
{
    QByteArray out(text.data(), text.size());
    if (out.size() >= 4 && equalsIgnoreCase(QByteArrayView(out).first(4), "hxxp"))
        out.replace(0, 4, "http");
    out.replace("[://]", "://");
    out.replace("[.]", ".");
    out.replace("(.)", ".");
    out.replace("{.}", ".");
    out.replace("[dot]", ".");
    out.replace("(dot)", ".");
    out.replace("[:]", ":");
    out.replace("[/]", "/");
    return out;
}

IndicatorType inferType(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    const QByteArray refanged = looksDefanged(t) ? refang(t) : QByteArray();
    const QByteArrayView v = refanged.isEmpty() ? t : QByteArrayView(refanged);
    if (v.isEmpty())
        return IndicatorType::Unknown;
    if (isHex(v)) {
        switch (v.size()) {
        case 32: return IndicatorType::FileMd5;
        case 40: return IndicatorType::FileSha1;
        case 64: return IndicatorType::FileSha256;
        default: break;
        }
    }
    if (parseIpv4(v) || parseIpv6(v) || looksLikeCidr(v))
        return IndicatorType::IpAddress;
    if (contains(v, "://"))
        return IndicatorType::Url;
    const qsizetype slash = indexOf(v, '/');
    if (slash > 0) {
        const QByteArrayView host = v.first(slash);
        if ((isValidHostName(host) && hasKnownTopLevelDomain(host)) || parseIpv4(host))
            return IndicatorType::Url;
        return IndicatorType::Unknown;
    }
    // A file name ("HTTPParser.dll") has the shape of a host name; only a real top-level domain makes a domain.
    if (isValidHostName(v) && hasKnownTopLevelDomain(v))
        return IndicatorType::DomainName;
    return IndicatorType::Unknown;
}

bool hasSurroundingWhitespace(QByteArrayView text)
{
    return !text.isEmpty() && trimmed(text).size() != text.size();
}

namespace {

// Length of the forbidden character starting at text[i], or 0 when it is allowed.
int forbiddenCharAt(QByteArrayView text, qsizetype i, bool multiLine)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20) {
        if (multiLine && (c == '\t' || c == '\n' || c == '\r'))
            return 0;
        return 1;
    }
    if (c == 0x7f)
        return 1;
    if (c == 0xc2 && i + 1 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        if (d >= 0x80 && d <= 0x9f)
            return 2; // C1 control
    }
    if (c == 0xe2 && i + 2 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        const auto e = static_cast<unsigned char>(text[i + 2]);
        if (d == 0x80 && e >= 0xaa && e <= 0xae)
            return 3; // U+202A..U+202E embeddings and overrides
        if (d == 0x81 && e >= 0xa6 && e <= 0xa9)
            return 3; // U+2066..U+2069 isolates
    }
    return 0;
}

} // namespace

bool startsLikeFormula(QByteArrayView text)
{
    if (!text.isEmpty() && (text[0] == '\t' || text[0] == '\r'))
        return true;
    qsizetype i = 0;
    while (i < text.size() && text[i] == ' ')
        ++i;
    if (i == text.size())
        return false;
    const char c = text[i];
    if (c == '=' || c == '+' || c == '-' || c == '@')
        return true;
    // U+FF1D = , U+FF0B + , U+FF0D - , U+FF20 @ in UTF-8.
    if (i + 2 < text.size() && static_cast<unsigned char>(c) == 0xef
        && static_cast<unsigned char>(text[i + 1]) == 0xbc) {
        const auto d = static_cast<unsigned char>(text[i + 2]);
        return d == 0x9d || d == 0x8b || d == 0x8d || d == 0xa0;
    }
    return false;
}

bool hasControlCharacters(QByteArrayView text, bool multiLine)
{
    // Fast path: eight bytes at a time while every byte is printable ASCII (0x20..0x7e).
    qsizetype i = 0;
    constexpr quint64 kOnes = 0x0101010101010101ull;
    constexpr quint64 kHigh = 0x8080808080808080ull;
    while (i + 8 <= text.size()) {
        quint64 x;
        std::memcpy(&x, text.data() + i, 8);
        if (((x - 0x20 * kOnes) | (x + kOnes) | x) & kHigh)
            break;
        i += 8;
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f)
            continue;
        if (forbiddenCharAt(text, i, multiLine) > 0)
            return true;
    }
    return false;
}

QByteArray stripControlCharacters(QByteArrayView text, bool multiLine)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const int n = forbiddenCharAt(text, i, multiLine);
        if (n > 0) {
            i += n;
        } else {
            out.append(text[i]);
            ++i;
        }
    }
    return out;
}

qsizetype utf16Length(QByteArrayView utf8)
{
    // Callers compare against limits; a UTF-16 unit needs at least one UTF-8 byte, so short texts
    // are counted exactly only when it matters.
    qsizetype units = 0;
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xc0) != 0x80)
            ++units;
        if (c >= 0xf0)
            ++units;
    }
    return units;
}

std::optional<qint64> parseExpirationTime(QByteArrayView text)
{
    DateTimeParts p;
    if (!parseDateTimeParts(text, &p) || !p.hasTime || !p.hasSeconds || !p.hasZone || p.fractionDigits > 7)
        return std::nullopt;
    if (text[10] != 'T' || text.back() == 'z')
        return std::nullopt;
    const qint64 days = daysFromCivil(p.year, p.month, p.day);
    const qint64 seconds = days * 86400 + p.hour * 3600 + p.minute * 60 + p.second - qint64(p.offsetMinutes) * 60;
    return seconds * 1000 + p.fractionMs;
}

QByteArray normalizedExpirationTime(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    DateTimeParts p;
    if (!parseDateTimeParts(t, &p)) {
        // Also accept YYYY/MM/DD.
        if (t.size() >= 10 && t[4] == '/' && t[7] == '/') {
            QByteArray dashed(t.data(), t.size());
            dashed[4] = '-';
            dashed[7] = '-';
            return normalizedExpirationTime(dashed);
        }
        return {};
    }
    const qint64 days = daysFromCivil(p.year, p.month, p.day);
    qint64 seconds = days * 86400 + p.hour * 3600 + p.minute * 60 + p.second - qint64(p.offsetMinutes) * 60;
    // Back to civil time in UTC.
    qint64 z = (seconds >= 0 ? seconds : seconds - 86399) / 86400;
    const qint64 secOfDay = seconds - z * 86400;
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2 ? 1 : 0;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<long long>(secOfDay / 3600),
                  static_cast<long long>(secOfDay / 60 % 60), static_cast<long long>(secOfDay % 60));
    return QByteArray(buffer);
}

const std::array<const char *, 17> &knownCategories()
{
    return kCategories;
}

bool isKnownCategory(QByteArrayView text)
{
    for (const char *c : kCategories) {
        if (text == QByteArrayView(c))
            return true;
    }
    return false;
}

QByteArray canonicalCategory(QByteArrayView text)
{
    QByteArray squeezed;
    for (char c : text) {
        if (c != ' ' && c != '_' && c != '-')
            squeezed.append(toLower(c));
    }
    for (const char *c : kCategories) {
        if (equalsIgnoreCase(squeezed, c))
            return QByteArray(c);
    }
    return {};
}

bool isMitreTechniqueId(QByteArrayView text)
{
    if (text.size() != 5 && text.size() != 9)
        return false;
    if (text[0] != 'T')
        return false;
    for (int i = 1; i < 5; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    if (text.size() == 9) {
        if (text[5] != '.')
            return false;
        for (int i = 6; i < 9; ++i) {
            if (!isDigit(text[i]))
                return false;
        }
    }
    return true;
}

} // namespace im::rules
