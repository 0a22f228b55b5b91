// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorTable.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Conversion between Indicator cells and the API's JSON objects (shared/spec §1, §3.4).
namespace im::IndicatorJson {

// The request property for externalId. ti-indicator.md documents "externalID" while responses spell
// it "externalId" (shared/spec §1.1); property names are case-sensitive, so we send the documented
// spelling and read either.
inline constexpr const char *kExternalIdRequestKey = "externalID";

// The typed API object of an indicator: empty cells are omitted, generateAlert becomes a boolean when
// it reads true or false, list cells become arrays. A cell that cannot be typed (generateAlert
// "maybe") is written as a string so that saving never loses what the user typed.
QJsonObject toJson(const Indicator &indicator);

struct ReadRow
{
    Indicator indicator;
    QList<ReadNote> notes;
    QStringList unknownKeys; // properties that are neither Indicator fields nor known response fields
};

// Reads one element of an Import body, a List response or a bare array. Property names match
// case-insensitively; response-only properties (id, createdBy, ...) are ignored.
ReadRow fromJson(const QJsonValue &element);

} // namespace im::IndicatorJson
