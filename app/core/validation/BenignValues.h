// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/validation/ByteHash.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace im::rules {

// Well-known benign values that reports mention (documentation names and addresses, public DNS
// resolvers, big vendors' service names, the hashes of an empty file): a row with one gets the warning
// value.well-known-benign. The list is resources/lists/benign-values.txt, compiled in, with the user's
// file (userFilePath()) added on top; read once and shared by every thread. A lookup is a hash-set
// probe per value (and per parent name of a domain), so a million rows cost a few milliseconds.
class BenignValues
{
public:
    // The built-in list and the user's file, read on first use.
    static const BenignValues &instance();
    // <configuration folder>/benign-values.txt, e.g. ~/.config/IndicatorManager/indicator-manager/.
    static QString userFilePath();

    // Lines of a list: a value each, "#" comments, "*.name" for a name and every name under it, addresses
    // or ranges; "!value" takes a value added before off again.
    static BenignValues fromText(QByteArrayView builtIn, QByteArrayView user = {});

    [[nodiscard]] bool isEmpty() const
    {
        return m_values.isEmpty() && m_suffixes.isEmpty() && m_addresses.isEmpty() && m_ranges.empty();
    }
    // value as it stands in the row (trimmed); letter case does not matter. For a URL, its host counts
    // when the URL names no page (nothing after the host but "/"), as blocking it blocks the whole site.
    [[nodiscard]] bool contains(IndicatorType type, QByteArrayView value) const;

private:
    void addLine(QByteArrayView line);
    [[nodiscard]] bool containsName(QByteArrayView host) const;
    [[nodiscard]] bool containsAddress(QByteArrayView text) const;

    struct Range
    {
        std::array<quint8, 16> bytes{}; // IPv4 as ::ffff:a.b.c.d
        int bits = 0;                   // prefix length over the 128 bits
    };
    // An entry of the sets, hashed with hashBytes(): a domain is looked up once per parent name, and
    // qHash() of a QByteArray took most of the time of those lookups.
    struct Entry
    {
        QByteArray bytes;
        friend bool operator==(const Entry &a, const Entry &b) { return a.bytes == b.bytes; }
        friend size_t qHash(const Entry &entry, size_t seed) { return size_t(hashBytes(entry.bytes, seed)); }
    };
    // Lower case. Lookups wrap the row's bytes without a copy (QByteArray::fromRawData), so a
    // million rows make no allocation here.
    QSet<Entry> m_values;    // names, hashes and URLs as written
    QSet<Entry> m_suffixes;  // "*.name" entries as "name": the name and every name under it
    QSet<Entry> m_addresses; // single addresses as 16 bytes (IPv4 mapped into IPv6)
    std::vector<Range> m_ranges;
    bool m_hasUrls = false; // some entry is a URL: only then is a URL looked up whole
};

} // namespace im::rules
