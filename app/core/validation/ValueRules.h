// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

// Syntax checks of single cell values, on UTF-8 bytes. They allocate nothing on the common path
// because validation runs over millions of cells.
namespace im::rules {

bool isHex(QByteArrayView text);
bool hasUppercaseHex(QByteArrayView text);
int hashLength(IndicatorType type); // 32, 40 or 64; 0 for non-hash types

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
// when it is public. The ranges are listed in ValueRules.cpp and in the README.
const char *nonPublicRangeIpv4(quint32 address);
const char *nonPublicRangeIpv6(const Ipv6Address &address);

// Looks like a CIDR block ("1.2.3.0/24") or a range ("1.2.3.4-1.2.3.9", "1.2.3.*").
bool looksLikeCidr(QByteArrayView text);
bool looksLikeIpRange(QByteArrayView text);

// Host names: ASCII letters, digits, hyphens (and underscores outside the top-level label), labels of
// 1-63 characters, at most 253 in all, at least two labels and a non-numeric top-level label.
// Internationalised names are checked after conversion to their ASCII (punycode) form.
bool isValidHostName(QByteArrayView host);
bool isAscii(QByteArrayView text);

struct UrlParts
{
    QByteArrayView scheme;   // without "://"; empty when missing
    QByteArrayView userInfo; // without "@"
    QByteArrayView host;     // without brackets for IPv6
    QByteArrayView port;
    QByteArrayView rest; // path, query and fragment, starting with '/', '?' or '#'
    bool bracketedHost = false;
};
// Splits a URL into its parts. Returns false when it has no recognisable host part at all.
bool splitUrl(QByteArrayView text, UrlParts *parts);

// Defanged forms used in threat reports: hxxp, hxxps, [.], (.), {.}, [dot], (dot), [:], [://].
bool looksDefanged(QByteArrayView text);
QByteArray refang(QByteArrayView text);

// The type a value most likely has, after refanging and trimming; Unknown when none fits.
// 40 hex digits are taken as FileSha1 (a certificate thumbprint has the same shape); a CIDR block
// ("1.2.3.0/24") is an IpAddress, not a URL with a path, so that the CIDR rule can name the problem.
IndicatorType inferType(QByteArrayView text);

bool hasSurroundingWhitespace(QByteArrayView text);
// C0/C1 controls and DEL (tab and line breaks allowed when multiLine), and the bidirectional
// embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069) that can disguise text.
bool hasControlCharacters(QByteArrayView text, bool multiLine);
QByteArray stripControlCharacters(QByteArrayView text, bool multiLine);
// Text a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ first, after any spaces,
// including the full-width forms East Asian input methods type, or a leading tab or CR.
bool startsLikeFormula(QByteArrayView text);
qsizetype utf16Length(QByteArrayView utf8);

// ISO 8601 date-time with seconds, 0-7 fraction digits and "Z" or a +hh:mm offset. Returns UTC
// milliseconds since the epoch.
std::optional<qint64> parseExpirationTime(QByteArrayView text);
// A lenient reading of common near-misses ("2027-01-31", "2027-01-31 10:00", no zone = UTC);
// returns the canonical form "YYYY-MM-DDTHH:MM:SSZ" or an empty array.
QByteArray normalizedExpirationTime(QByteArrayView text);

// Portal categories (PascalCase). Returns the canonical spelling for a case- or space-insensitive match.
bool isKnownCategory(QByteArrayView text);
QByteArray canonicalCategory(QByteArrayView text);
const std::array<const char *, 17> &knownCategories();

// MITRE ATT&CK technique ids: T1234 or T1234.001.
bool isMitreTechniqueId(QByteArrayView text);

} // namespace im::rules
