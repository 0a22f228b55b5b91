// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/SubmitOutcomes.h"

#include <algorithm>

namespace im {

void SubmitOutcomes::set(RowId row, const RowOutcome &outcome)
{
    m_rows.insert(row, outcome);
}

void SubmitOutcomes::setLeftOut(const LeftOutRow &left)
{
    if (state(left.row) == SubmitState::Succeeded)
        return;
    if (left.why == PlanOutcome::New || left.why == PlanOutcome::Update || left.why == PlanOutcome::Succeeded)
        return; // sent now, or keeps the earlier run's Succeeded
    RowOutcome outcome;
    outcome.status = RowStatus::NotSent;
    outcome.leftOut = left.why;
    outcome.issue = left.issue;
    m_rows.insert(left.row, outcome);
}

int SubmitOutcomes::count(SubmitState state) const
{
    int n = 0;
    for (const RowOutcome &o : m_rows)
        n += o.status == state;
    return n;
}

std::vector<RowId> SubmitOutcomes::toResend() const
{
    std::vector<RowId> rows;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const RowOutcome &o = it.value();
        // Rows left out on purpose (repeats, unticked, unchanged, over the quota) stay out; rows left
        // out for errors go again once fixed.
        const bool onPurpose = o.leftOut && *o.leftOut != PlanOutcome::Invalid;
        if ((o.status == RowStatus::Failed || o.status == RowStatus::NotSent) && !onPurpose)
            rows.push_back(it.key());
    }
    return rows;
}

std::vector<std::pair<QString, int>> SubmitOutcomes::failureGroups() const
{
    return groupFailures(std::vector<RowOutcome>(m_rows.cbegin(), m_rows.cend()));
}

std::vector<std::pair<QString, int>> SubmitOutcomes::notSentGroups() const
{
    return groupReasons(std::vector<RowOutcome>(m_rows.cbegin(), m_rows.cend()), RowStatus::NotSent);
}

std::vector<std::pair<QString, int>> SubmitOutcomes::groupFailures(const std::vector<RowOutcome> &outcomes)
{
    return groupReasons(outcomes, RowStatus::Failed);
}

std::vector<std::pair<QString, int>> SubmitOutcomes::groupReasons(const std::vector<RowOutcome> &outcomes,
                                                                  RowStatus status)
{
    QHash<QString, int> counts;
    for (const RowOutcome &o : outcomes) {
        if (o.status == status)
            ++counts[o.reason()];
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
