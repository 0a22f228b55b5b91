// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/SubmitOutcomes.h"

#include <algorithm>

namespace im {

SubmitState SubmitOutcomes::stateOf(const QString &status)
{
    if (status == QLatin1String("Succeeded"))
        return SubmitState::Succeeded;
    if (status == QLatin1String("Failed"))
        return SubmitState::Failed;
    if (status == QLatin1String("NotSent"))
        return SubmitState::NotSent;
    return SubmitState::None;
}

void SubmitOutcomes::set(RowId row, const RowOutcome &outcome)
{
    m_rows.insert(row, outcome);
    m_leftOutOnPurpose.remove(row);
}

void SubmitOutcomes::setLeftOut(const LeftOutRow &left)
{
    if (state(left.row) == SubmitState::Succeeded)
        return;
    QString reason;
    switch (left.why) {
    case PlanOutcome::New:
    case PlanOutcome::Update:
        return; // sent, not left out
    case PlanOutcome::Invalid:
        reason = tr("It had errors when it was submitted; fix them and resubmit.");
        break;
    case PlanOutcome::Duplicate:
        reason = tr("It repeats an earlier row of the table.");
        break;
    case PlanOutcome::ExcludedByUser:
        reason = tr("It was left out in the preview.");
        break;
    case PlanOutcome::Unchanged:
        reason = tr("The tenant already held it unchanged.");
        break;
    case PlanOutcome::OverLimit:
        reason = tr("It was beyond the rows that fit the tenant's quota.");
        break;
    }
    m_rows.insert(left.row, {QStringLiteral("NotSent"), {}, reason});
    if (left.why == PlanOutcome::Invalid)
        m_leftOutOnPurpose.remove(left.row);
    else
        m_leftOutOnPurpose.insert(left.row);
}

SubmitState SubmitOutcomes::state(RowId row) const
{
    const auto it = m_rows.constFind(row);
    return it == m_rows.cend() ? SubmitState::None : stateOf(it->status);
}

int SubmitOutcomes::count(SubmitState state) const
{
    int n = 0;
    for (const RowOutcome &o : m_rows)
        n += stateOf(o.status) == state;
    return n;
}

std::vector<RowId> SubmitOutcomes::toResend() const
{
    std::vector<RowId> rows;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const SubmitState s = stateOf(it->status);
        if ((s == SubmitState::Failed || s == SubmitState::NotSent) && !m_leftOutOnPurpose.contains(it.key()))
            rows.push_back(it.key());
    }
    return rows;
}

std::vector<std::pair<QString, int>> SubmitOutcomes::failureGroups() const
{
    QHash<QString, int> counts;
    for (const RowOutcome &o : m_rows) {
        if (stateOf(o.status) == SubmitState::Failed)
            ++counts[o.failureReason];
    }
    std::vector<std::pair<QString, int>> groups;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        groups.emplace_back(it.key(), it.value());
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return groups;
}

} // namespace im
