// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"
#include "core/validation/IssueCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace im {

// The suggested fixes (validation/Fixes) for a set of rows, gathered into edits so that the analyst
// sees what will change and confirms it before anything is applied.
struct FixPlan
{
    Q_DECLARE_TR_FUNCTIONS(FixPlan)

public:
    RowEdits edits;
    int rowsWithProblem = 0;           // rows that had one of the wanted problems
    int rowsWithoutFix = 0;            // of those, rows no fix could be suggested for
    std::map<QString, int> rowsPerFix; // fix label -> rows it applies to

    [[nodiscard]] bool isEmpty() const { return edits.empty(); }
    [[nodiscard]] int rowsFixed() const { return static_cast<int>(edits.size()); }
    // "Write the hash in lower case (12 rows)", one line per kind of fix.
    [[nodiscard]] QStringList describe() const;

    // For each row, every wanted issue with a fix, applied in code order on the row's cells as already
    // fixed, so two fixes of the same cell compose instead of overwriting each other.
    static FixPlan build(const IndicatorTable &table, const std::vector<int> &tableRows,
                         const std::function<bool(IssueCode)> &wanted);
};

} // namespace im
