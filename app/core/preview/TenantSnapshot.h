// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/tenant/Ownership.h"
#include "core/validation/MatchingKey.h"

#include <QJsonObject>
#include <QString>

#include <limits>
#include <utility>
#include <vector>

namespace im {

// What the preview needs to know about one indicator of the tenant: two 64-bit hashes instead of its
// text, its expiration, and the few texts the clean-up list shows.
struct TenantIndicator
{
    quint64 key = 0;    // hashKey() of the matching key with the action (the sandbox's upsert key)
    quint64 fields = 0; // sentFieldsHash(): equal when an import of the row would change nothing
    qint64 expiresMs = std::numeric_limits<qint64>::max(); // ms since the epoch; max = never
    quint64 valueKey = 0;                                  // hashKey() of the matching key of type and value alone
    Stance stance = Stance::None;
    QByteArray deviceGroups; // as in a matching key: sorted names, each ended by a line break
    QString id;
    QString action;
    QString type;
    QString value;
    QString title;
    Creator creator; // who made it (List's createdBy fields); empty for indicators not read from List

    [[nodiscard]] bool expires() const { return expiresMs != std::numeric_limits<qint64>::max(); }
};

// The tenant's indicators as read through List, compact enough that 15,000 of them cost about a
// megabyte, with a lookup by matching key.
class TenantSnapshot
{
public:
    void clear();
    void reserve(int count) { m_items.reserve(static_cast<size_t>(count)); }
    // Adds one element of a List reply (an Indicator object). Elements without a key are kept for the
    // count and the forecast but can never match a row.
    void add(const QJsonObject &listItem);
    void add(const QString &id, const Indicator &indicator, const Creator &creator = Creator());
    // Builds the lookup; call after the last add().
    void finish();

    [[nodiscard]] int size() const { return static_cast<int>(m_items.size()); }
    [[nodiscard]] const TenantIndicator &at(int index) const { return m_items[static_cast<size_t>(index)]; }
    // Index of the indicator with this key, or -1.
    [[nodiscard]] int find(quint64 key) const;
    // The first index of an indicator with the opposite stance to `stance` for this type and value
    // (valueKey) whose device groups overlap `deviceGroups`; -1 if none.
    [[nodiscard]] int findOpposing(quint64 valueKey, Stance stance, QByteArrayView deviceGroups) const;

private:
    std::vector<TenantIndicator> m_items;
    std::vector<std::pair<quint64, int>> m_byKey;   // sorted by key
    std::vector<std::pair<quint64, int>> m_byValue; // sorted by valueKey: those that Allow or block
};

// A hash of the fields an Import of the row would send, normalised the way the service stores them:
// severity (empty = Informational), title, description, recommended actions, expiration time (to the
// second; empty = never), generate alert (empty = false), MITRE techniques (as a set), educate URL
// and external ID. The key fields (type, value, action, device groups) are compared through the key.
// Application and category are left out: the service applies application only when it creates an
// indicator and does not keep the category (shared/spec §1.2, §1.3), so neither can make a row differ.
quint64 sentFieldsHash(const IndicatorTable::Cells &cells, QByteArray &scratch);

} // namespace im
