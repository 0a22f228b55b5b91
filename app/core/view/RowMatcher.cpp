// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/RowMatcher.h"

#include "core/indicator/IndicatorTable.h"

namespace im {

RowMatcher::RowMatcher(const RowFilter &filter)
    : m_filter(filter)
    , m_text(filter.text.trimmed())
{
}

bool RowMatcher::matches(const IndicatorTable &table, int row) const
{
    const IssueSet &issues = table.issues(row);
    switch (m_filter.status) {
    case StatusFilter::All: break;
    case StatusFilter::Errors:
        if (!issues.hasErrors())
            return false;
        break;
    case StatusFilter::Warnings:
        if (!issues.hasWarnings())
            return false;
        break;
    case StatusFilter::Problems:
        if (issues.isEmpty())
            return false;
        break;
    case StatusFilter::Clean:
        if (!issues.isEmpty())
            return false;
        break;
    }
    if (m_filter.problem && !issues.contains(*m_filter.problem))
        return false;
    if (!matchesResult(table, row))
        return false;
    if (m_filter.type && parseIndicatorType(table.cell(row, Field::IndicatorType)) != *m_filter.type)
        return false;
    if (m_text.isEmpty())
        return true;
    return m_text.matchesAnyOf(table.cells(row));
}

bool RowMatcher::matchesResult(const IndicatorTable &table, int row) const
{
    if (m_filter.result == ResultFilter::Any && !m_filter.failureReason)
        return true;
    if (!m_filter.outcomes)
        return false;
    const RowId id = table.rowId(row);
    const SubmitState state = m_filter.outcomes->state(id);
    // A reason picked in the Submission panel: the service's for failed rows, ours for rows not sent.
    if (m_filter.failureReason
        && ((state != SubmitState::Failed && state != SubmitState::NotSent)
            || m_filter.outcomes->outcome(id).reason() != *m_filter.failureReason))
        return false;
    switch (m_filter.result) {
    case ResultFilter::Any: return true;
    case ResultFilter::Succeeded: return state == SubmitState::Succeeded;
    case ResultFilter::Failed: return state == SubmitState::Failed;
    case ResultFilter::NotSent: return state == SubmitState::NotSent;
    case ResultFilter::Unsuccessful: return state == SubmitState::Failed || state == SubmitState::NotSent;
    }
    return false;
}

} // namespace im
