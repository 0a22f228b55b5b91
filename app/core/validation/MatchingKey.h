// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
enum class KeyScope { WithoutAction, WithAction };

// Appends the key of a row to `out` (cleared first). Returns false when the row has no key: an
// unknown indicatorType or an empty indicatorValue.
bool buildMatchingKey(const IndicatorTable::Cells &cells, KeyScope scope, QByteArray &out);
bool buildMatchingKey(const Indicator &indicator, KeyScope scope, QByteArray &out);

quint64 hashKey(const QByteArray &key);

} // namespace im
