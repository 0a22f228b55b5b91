// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QString>

namespace im::sandbox {

// The service's verdict on one indicator of a Submit or Import body: empty reason when accepted, else
// its failure text (English, in the service's style) and the error code of shared/spec §3.7.
struct RowVerdict
{
    QString reason;
    QString code;
    [[nodiscard]] bool accepted() const { return reason.isEmpty(); }
};

// The rules the sandbox applies to one row, written from shared/spec/indicators-api.md §1.3-§2 alone
// (never from the editor's validator, so a test can catch the two disagreeing). Where the spec is
// silent the choice is named in UndocumentedChoices.h ("Row rules"). nowMs: UTC milliseconds.
RowVerdict judgeRow(const Indicator &indicator, qint64 nowMs);

} // namespace im::sandbox
