// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/io/ReadReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads STIX 2.0 and 2.1 bundles ({"type": "bundle", "objects": [...]}) and TAXII envelopes
// ({"objects": [...]}), one object at a time from the stream.
//
// - An indicator's STIX pattern gives one row per comparison of a supported property with "=":
//   file hashes (MD5, SHA-1, SHA-256), ipv4-addr, ipv6-addr, domain-name, url, and the SHA-1 of an
//   x509-certificate. OR'd comparisons become several rows. Other parts of a pattern (AND'd conditions on
//   other properties, other operators, FOLLOWEDBY, qualifiers) cannot be expressed as a Defender indicator:
//   the values are still taken, and a notice names the objects. A pattern with no supported comparison is
//   reported by its object id, never dropped silently.
// - name, description, valid_until (expiration), kill-chain phases of "mitre-attack" (the portal's category)
//   and ATT&CK external references (MITRE techniques) fill the row.
// - Cyber observables (2.1 top-level objects, 2.0 observed-data) become rows too, unless an indicator's
//   pattern already gave the same value.
class StixReader
{
    Q_DECLARE_TR_FUNCTIONS(StixReader)

public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);

    struct Comparison
    {
        IndicatorType type = IndicatorType::Unknown; // Unknown: a property Defender has no type for
        QString path;                                // e.g. file:hashes.'SHA-256'
        QString op;                                  // "=", "!=", "LIKE", ...
        QString value;
    };
    struct Pattern
    {
        QList<Comparison> comparisons;
        bool onlyOr = true; // every comparison joined by OR, no qualifier: the rows say exactly what it says
        QString error;      // not a pattern we can read (translated)
    };
    // Parses a STIX patterning expression. More than kMaxComparisons comparisons is an error.
    static Pattern parsePattern(const QString &pattern);

    // [CHOICE] A pattern with more comparisons than this makes the file unreadable: no feed writes one,
    // and a hostile file could otherwise make millions of rows out of one object.
    static constexpr int kMaxComparisons = 1000;
};

} // namespace im
