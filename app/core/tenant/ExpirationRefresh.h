// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"
#include "core/indicator/IndicatorTable.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <vector>

namespace im {

class Ownership;
class TenantSnapshot;

// One table row the tenant holds (same matching key as the preview's: type, value, action, device
// groups) and what a refresh does to its expiration.
struct ExpirationChange
{
    enum class Step : quint8 {
        Extend,  // ours, and the new expiration is later: sent with it
        Kept,    // ours, but it already expires then or later: not sent (never shortened unless asked)
        NotOurs, // another creator's indicator: listed, never touched
    };

    int row = 0;                                           // table row
    int tenantIndex = 0;                                   // index in the snapshot
    qint64 currentMs = std::numeric_limits<qint64>::max(); // the tenant's expiration; max = never
    qint64 newMs = std::numeric_limits<qint64>::max();     // the one a refresh gives it; max = never
    Step step = Step::Extend;
    bool otherFieldsDiffer = false; // the row differs from the tenant in more than the expiration too
};

// What an expiration refresh would do.
struct ExpirationPlan
{
    QString target;     // the canonical preset: "90d", "none" or a date-time (ImportDefaults)
    QByteArray newCell; // the ExpirationTime cell the rows to send get; empty: never expires
    qint64 newMs = std::numeric_limits<qint64>::max();
    std::vector<ExpirationChange> held; // the rows the tenant holds, in table order
    std::vector<int> rows;              // the table rows to send (Extend), in table order
    int extend = 0;
    int kept = 0;        // already expire then or later
    int notOurs = 0;     // held, but made by someone else
    int notInTenant = 0; // valid rows the tenant does not hold: left alone (a refresh creates nothing)
    int notSent = 0;     // rows with errors or repeating an earlier row
    int otherFields = 0; // rows to send whose other fields differ from the tenant's too
    int calls = 0;       // Import calls of at most 500 rows

    [[nodiscard]] bool changesNothing() const { return extend == 0; }
    // The new expiration of the rows to send, as one edit of the table (by RowId).
    [[nodiscard]] RowEdits edits(const IndicatorTable &table) const;
    // A table of the rows to send alone, each with the new expiration, in the order of `rows` (for a
    // run that must leave the read table as it is, as the CLI's).
    [[nodiscard]] IndicatorTable rowsToSend(const IndicatorTable &table) const;
};

// Extends the expiration of the table's rows that the tenant holds: each row the tenant holds, that is
// ours (Ownership) and whose indicator expires sooner than the target, is sent again (through Import,
// as a submission is) with the new expiration; nothing is created, nothing of others is touched, and
// an expiration is never shortened unless `allowShorten`. The target is an import default's expiration
// (ImportDefaults::canonicalExpiration): "30d", "90d", "180d" (days from nowMs), "none" or a date-time.
// Rows with errors or repeats (as the import plan sees them) are not sent.
class ExpirationRefresh
{
public:
    static ExpirationPlan plan(const IndicatorTable &table, const TenantSnapshot &snapshot, const Ownership &ownership,
                               const QString &target, qint64 nowMs, bool allowShorten = false);
};

} // namespace im
