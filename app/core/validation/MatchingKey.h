// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"

#include <QByteArray>

namespace im {

// The key that says two indicators are "the same indicator". Defender does not document it
// (shared/spec §7); our choice, used by duplicate detection, the sandbox's upsert and the preview:
//
//     indicatorType + normalised indicatorValue + action + set of device groups
//
// Normalised value: surrounding white space (spaces, tabs, line breaks) trimmed; hashes and
// thumbprints lower-cased; IPv6 in full form; domains lower-cased, trailing dot dropped,
// internationalised names in punycode; URLs with lower-cased scheme and host. Legacy actions count
// as the action they were renamed to. Device groups are compared as a case-insensitive set.
//
// Rows with the same key except the action are "conflicting" (the service would keep both and the
// most permissive wins, shared/spec §2), which is why the key can be built without the action.
// ValueOnly: type and value alone, for rows that act on one value with different device groups.
enum class KeyScope { WithoutAction, WithAction, ValueOnly };

// Appends the key of a row to `out` (cleared first). Returns false when the row has no key: an
// unknown indicatorType or an empty indicatorValue.
bool buildMatchingKey(const IndicatorTable::Cells &cells, KeyScope scope, QByteArray &out);
bool buildMatchingKey(const Indicator &indicator, KeyScope scope, QByteArray &out);

quint64 hashKey(const QByteArray &key);

// Whether an action lets a value through or stops it, for the rules that warn when one value is Allowed
// in one place and blocked in another: Allowed; Block and BlockAndRemediate (AlertAndBlock counts as
// the latter); anything else is neither.
enum class Stance : quint8 { None, Allow, Block };
Stance stanceOf(Action action);

// The device groups of a key built WithoutAction: what follows the key built ValueOnly (valueKeyLength
// bytes). Empty for all devices.
QByteArrayView deviceGroupsOf(const QByteArray &keyWithoutAction, qsizetype valueKeyLength);

// Whether two device-group parts of keys (sorted names, each ended by a line break; empty for all
// devices) reach a device in common. A device is in one device group only, so disjoint named groups
// never meet.
bool deviceGroupsOverlap(QByteArrayView a, QByteArrayView b);

} // namespace im
