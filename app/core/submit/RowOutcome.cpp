// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/RowOutcome.h"

#include "core/validation/IssueMessages.h"

namespace im {

QString RowOutcome::statusName(RowStatus status)
{
    switch (status) {
    case RowStatus::None: return {};
    case RowStatus::Pending: return QStringLiteral("Pending");
    case RowStatus::Succeeded: return QStringLiteral("Succeeded");
    case RowStatus::Failed: return QStringLiteral("Failed");
    case RowStatus::NotSent: return QStringLiteral("NotSent");
    }
    return {};
}

RowStatus RowOutcome::statusFromName(QStringView name)
{
    for (RowStatus status : {RowStatus::Pending, RowStatus::Succeeded, RowStatus::Failed, RowStatus::NotSent}) {
        if (name == statusName(status))
            return status;
    }
    return RowStatus::None;
}

QString RowOutcome::reason() const
{
    return leftOut && failureReason.isEmpty() ? leftOutReason(*leftOut, issue) : failureReason;
}

QString RowOutcome::leftOutReason(PlanOutcome why, std::optional<IssueCode> issue)
{
    switch (why) {
    case PlanOutcome::New:
    case PlanOutcome::Update: return {};
    case PlanOutcome::Invalid:
        if (issue)
            //: %1 names the row's first error, e.g. "Defanged value"
            return tr("It had errors when it was submitted (%1); fix them and resubmit.")
                .arg(IssueMessages::ruleTitle(*issue));
        return tr("It had errors when it was submitted; fix them and resubmit.");
    case PlanOutcome::Duplicate: return tr("It repeats an earlier row of the table.");
    case PlanOutcome::ExcludedByUser: return tr("It was left out in the preview.");
    case PlanOutcome::Unchanged: return tr("The tenant already held it unchanged.");
    case PlanOutcome::OverLimit: return tr("It was beyond the rows that fit the tenant's quota.");
    case PlanOutcome::Succeeded: return tr("An earlier submission already imported it.");
    }
    return {};
}

} // namespace im
