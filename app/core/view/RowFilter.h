// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/submit/SubmitOutcomes.h"
#include "core/validation/IssueCode.h"

#include <QString>

#include <memory>
#include <optional>

namespace im {

// Which rows the filter bar lets through, by validation status.
enum class StatusFilter : quint8 {
    All,
    Errors,   // rows with at least one error
    Warnings, // rows with at least one warning
    Problems, // rows with any issue
    Clean,    // rows without any issue
};

// Which rows the filter bar lets through, by the outcome of their last submission.
enum class ResultFilter : quint8 {
    Any,
    Succeeded,
    Failed,
    NotSent,
    Unsuccessful, // Failed or NotSent: what "Resubmit failed" sends
};

// The filter bar's criteria. Text matches any cell of the row, ignoring letter case.
struct RowFilter
{
    QString text;
    StatusFilter status = StatusFilter::All;
    std::optional<IndicatorType> type; // IndicatorType::Unknown: rows whose type is not a known one
    std::optional<IssueCode> problem;
    ResultFilter result = ResultFilter::Any;
    std::optional<QString> failureReason; // failed rows with exactly this reason (a summary's group)
    // The outcomes `result` and `failureReason` are checked against (a snapshot: never changed in place).
    std::shared_ptr<const SubmitOutcomes> outcomes;

    [[nodiscard]] bool isEmpty() const
    {
        return text.isEmpty() && status == StatusFilter::All && !type && !problem && result == ResultFilter::Any
               && !failureReason;
    }
    // True when every row this filter passes would also pass `wider` (typing one more letter).
    [[nodiscard]] bool narrows(const RowFilter &wider) const;
    bool operator==(const RowFilter &other) const
    {
        return text == other.text && status == other.status && type == other.type && problem == other.problem
               && result == other.result && failureReason == other.failureReason && outcomes == other.outcomes;
    }
    bool operator!=(const RowFilter &other) const { return !(*this == other); }
};

} // namespace im
