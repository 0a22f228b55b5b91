// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/submit/RowOutcome.h"

#include <QString>

#include <functional>

class QIODevice;

namespace im {

class IndicatorTable;

// The results report: the input columns plus Status, Id and FailureReason. Every cell goes through
// formula neutralisation, because reports are opened in spreadsheets and indicator feeds are written
// by adversaries.
class ReportWriter
{
public:
    static bool writeCsv(const IndicatorTable &table, const std::function<RowOutcome(int row)> &outcome,
                         QIODevice &device);
    // {"rows": [{"indicator": {the API object}, "status", "id", "failureReason"}]}: for scripts, so
    // nothing is neutralised; JSON carries no formulas.
    static bool writeJson(const IndicatorTable &table, const std::function<RowOutcome(int row)> &outcome,
                          QIODevice &device);
};

} // namespace im
