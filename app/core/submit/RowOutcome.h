// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/batch/BatchPlanner.h"
#include "core/validation/IssueCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace im {

// Where one row stands in a submission: the one status the engine, the grid, the CLI, the reports and
// the history share. Turned into text only where it is written out (statusName() for data files).
enum class RowStatus : quint8 {
    None,      // never part of a submission
    Pending,   // in a run, not settled yet
    Succeeded, // the service took it (id)
    Failed,    // the service refused it (its reason, verbatim)
    NotSent,   // never sent, or sent without a usable result (why)
};

// What happened to one row when it was submitted.
struct RowOutcome
{
    Q_DECLARE_TR_FUNCTIONS(RowOutcome)

public:
    RowOutcome() = default;
    RowOutcome(RowStatus status_, QString id_, QString failureReason_,
               std::optional<PlanOutcome> leftOut_ = std::nullopt)
        : status(status_)
        , id(std::move(id_))
        , failureReason(std::move(failureReason_))
        , leftOut(leftOut_)
    {
    }

    RowStatus status = RowStatus::None;
    QString id; // the service's indicator id when it succeeded
    // Failed: the service's text, verbatim; NotSent by the engine: why; left out: the specific problem
    // (e.g. the row's first error), or empty.
    QString failureReason;
    // NotSent because the plan left the row out: without a specific problem, the reason is this code,
    // rendered in the language of the moment it is shown (reason()), not of the moment it was decided.
    std::optional<PlanOutcome> leftOut;
    // Left out for errors: the first of them, named in reason() in the language of the moment.
    std::optional<IssueCode> issue;

    // The reason as shown and reported now: the service's text, or why it was not sent.
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString statusName() const { return statusName(status); }

    static QString statusName(RowStatus status); // data: "Succeeded", "Failed", "NotSent", "Pending", ""
    static RowStatus statusFromName(QStringView name);
    static QString leftOutReason(PlanOutcome why, std::optional<IssueCode> issue = std::nullopt);
};

} // namespace im
