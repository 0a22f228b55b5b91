// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/IndicatorDocument.h"
#include "io/JsonStreamWriter.h"
#include "io/ReadReport.h"

#include <QString>

#include <functional>

namespace im {

// The report of a validated document, written as it is produced: each issue's message is formatted
// when its line is written and dropped at once, so the report of a million rows costs no more memory
// than one issue. The byte form is validate --json's (README, "The command-line contract").
class ValidationReport
{
public:
    // validate --json: the counts, the file's notices and every issue in table order.
    static void writeJson(JsonStreamWriter &writer, const QString &file, const ReadReport &report,
                          const IndicatorDocument &document);

    struct Issue
    {
        int row = 0; // 0-based table row
        IssueCode code = IssueCode::Count;
    };
    // Visits every issue in table order, row by row and within a row by code, as the reports list them.
    static void forEachIssue(const IndicatorTable &table, const std::function<void(const Issue &)> &visit);
};

} // namespace im
