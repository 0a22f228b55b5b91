// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/io/ReadReport.h"

#include <QCoreApplication>

namespace im {

class DecodedStream;
class IndicatorTable;

// Reads MISP's JSON (the MISP core format): a single event {"Event": {...}}, a search response
// {"response": [...]} of events or {"response": {"Attribute": [...]}}, a bare array of events, and
// attribute lists. Attributes are taken one at a time from the stream, including those inside MISP
// objects, so an event with a hundred thousand attributes never becomes one in-memory document.
//
// Each attribute whose type Defender can act on becomes a row (a composite type such as
// "filename|sha256" or "domain|ip" gives one row per indicator part); the event's info becomes the
// title, the attribute's comment (or else the event's info) the description, and MITRE ATT&CK
// technique ids in the event's and the attribute's tags and galaxies the MITRE techniques. An attribute
// marked "to_ids": false is read but carries read.not-for-detection, so it is not sent until the user
// says so. Attributes of other types are counted in a notice per type, never dropped silently.
class MispReader
{
    Q_DECLARE_TR_FUNCTIONS(MispReader)

public:
    static void read(DecodedStream &stream, IndicatorTable &table, const ReadOptions &options, ReadReport &report);

    // Defender's type for one MISP attribute type ("ip-dst", "sha256", ...); Unknown when it has none.
    static IndicatorType indicatorType(QStringView mispType);
};

} // namespace im
