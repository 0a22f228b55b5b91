// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/AddressRules.h"

#include "core/validation/ByteText.h"
#include "core/validation/HashRules.h"

namespace im::rules {
using namespace detail;

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
        groups[groups.size() - static_cast<size_t>(tailCount) + static_cast<size_t>(i)] = tail[static_cast<size_t>(i)];
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

} // namespace im::rules
