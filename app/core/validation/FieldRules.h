// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <optional>

// Fields with a fixed vocabulary or format: the expiration time, the category, MITRE technique ids.
namespace im::rules {

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
