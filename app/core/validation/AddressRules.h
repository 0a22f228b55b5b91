// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

// IP addresses: IPv4, IPv6, the non-public ranges, and the CIDR blocks and ranges Defender refuses.
namespace im::rules {

// IPv4 in strict dotted-quad form. leadingZero is set for "010.0.0.1" (ambiguous octal),
// which is then rejected.
std::optional<quint32> parseIpv4(QByteArrayView text, bool *leadingZero = nullptr);

struct Ipv6Address
{
    std::array<quint8, 16> bytes{};
    bool compressed = false; // written with "::" or an embedded IPv4 tail: not the full form
};
std::optional<Ipv6Address> parseIpv6(QByteArrayView text);
// The full form Defender asks for: eight groups, no "::", leading zeros dropped ("2001:db8:0:0:0:0:0:1").
QByteArray fullFormIpv6(const Ipv6Address &address);

// Name of the non-public range an address falls in ("private (RFC 1918)", "loopback", ...), or nullptr
// when it is public. The ranges are listed in AddressRules.cpp and in the README.
const char *nonPublicRangeIpv4(quint32 address);
const char *nonPublicRangeIpv6(const Ipv6Address &address);

// Looks like a CIDR block ("1.2.3.0/24") or a range ("1.2.3.4-1.2.3.9", "1.2.3.*").
bool looksLikeCidr(QByteArrayView text);
bool looksLikeIpRange(QByteArrayView text);

} // namespace im::rules
