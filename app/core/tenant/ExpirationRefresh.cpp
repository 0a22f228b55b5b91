// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenant/ExpirationRefresh.h"

#include "core/defaults/ImportDefaults.h"
#include "core/indicator/IndicatorTable.h"
#include "core/indicator/ServiceLimits.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/TenantSnapshot.h"
#include "core/tenant/Ownership.h"
#include "core/validation/MatchingKey.h"
#include "core/validation/ValueRules.h"

#include <QDateTime>

namespace im {

ExpirationPlan ExpirationRefresh::plan(const IndicatorTable &table, const TenantSnapshot &snapshot,
                                       const Ownership &ownership, const QString &target, qint64 nowMs,
                                       bool allowShorten)
{
    ExpirationPlan result;
    result.target = target;
    result.newCell = ImportDefaults::expirationCell(target, nowMs).toUtf8();
    if (!result.newCell.isEmpty()) {
        if (const auto ms = rules::parseExpirationTime(result.newCell))
            result.newMs = *ms;
    }

    // The import plan decides which rows can be sent and which the tenant holds.
    ImportPlanner planner;
    planner.setTenant(&snapshot);
    planner.compare(table);
    ImportPlanner::Choices choices;
    choices.skipUnchanged = false;
    const BatchPlan batches = planner.plan(table, nullptr, choices).plan;

    QByteArray key;
    QByteArray scratch;
    for (int row = 0; row < table.rowCount(); ++row) {
        const PlanOutcome outcome = batches.outcomes[static_cast<size_t>(row)];
        if (outcome == PlanOutcome::New) {
            ++result.notInTenant;
            continue;
        }
        if (outcome != PlanOutcome::Update) {
            ++result.notSent;
            continue;
        }
        IndicatorTable::Cells cells = table.cells(row);
        if (!buildMatchingKey(cells, KeyScope::WithAction, key))
            continue;
        const int index = snapshot.find(hashKey(key));
        if (index < 0) {
            ++result.notInTenant;
            continue;
        }
        const TenantIndicator &indicator = snapshot.at(index);
        ExpirationChange change;
        change.row = row;
        change.tenantIndex = index;
        change.currentMs = indicator.expiresMs;
        change.newMs = result.newMs;
        if (!ownership.isOurs(indicator.creator)) {
            change.step = ExpirationChange::Step::NotOurs;
            ++result.notOurs;
        } else if (change.newMs == change.currentMs || (change.newMs < change.currentMs && !allowShorten)) {
            change.step = ExpirationChange::Step::Kept;
            ++result.kept;
        } else {
            change.step = ExpirationChange::Step::Extend;
            ++result.extend;
            result.rows.push_back(row);
            // The row with the tenant's expiration: does it still differ from what the tenant holds?
            const QByteArray current = indicator.expires()
                                           ? QDateTime::fromMSecsSinceEpoch(indicator.expiresMs, Qt::UTC)
                                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                                 .toLatin1()
                                           : QByteArray();
            cells[static_cast<size_t>(fieldIndex(Field::ExpirationTime))] = current;
            change.otherFieldsDiffer = sentFieldsHash(cells, scratch) != indicator.fields;
            result.otherFields += change.otherFieldsDiffer;
        }
        result.held.push_back(change);
    }
    const int chunk = limits::kMaxIndicatorsPerImport;
    result.calls = (result.extend + chunk - 1) / chunk;
    return result;
}

RowEdits ExpirationPlan::edits(const IndicatorTable &table) const
{
    RowEdits result;
    result.reserve(rows.size());
    for (int row : rows)
        result.push_back(RowEdit{table.rowId(row), {{Field::ExpirationTime, newCell}}, std::nullopt});
    return result;
}

IndicatorTable ExpirationPlan::rowsToSend(const IndicatorTable &table) const
{
    IndicatorTable result;
    result.reserve(static_cast<qsizetype>(rows.size()));
    for (int row : rows) {
        IndicatorTable::Cells cells = table.cells(row);
        cells[static_cast<size_t>(fieldIndex(Field::ExpirationTime))] = newCell;
        result.appendRow(cells);
    }
    return result;
}

} // namespace im
