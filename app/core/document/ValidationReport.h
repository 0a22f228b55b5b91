// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/IndicatorDocument.h"
#include "core/io/JsonStreamWriter.h"
#include "core/io/ReadReport.h"

#include <QString>

namespace im {

// The report of a validated document, written as it is produced: issue messages are formatted only
// when their chunk of rows is written and dropped right after, so the report of a million rows holds
// a few chunks' text at most, never the whole document. The byte form is validate --json's (README, "The command-line contract").
class ValidationReport
{
public:
    // validate --json: the counts, the file's notices and every issue in table order. Messages are
    // formatted on as many threads as validation uses (ValidationThreads), the same bytes on any number.
    static void writeJson(JsonStreamWriter &writer, const QString &file, const ReadReport &report,
                          const IndicatorDocument &document);
};

} // namespace im
