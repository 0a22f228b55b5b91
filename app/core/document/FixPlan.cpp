// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/FixPlan.h"

#include "core/validation/Fixes.h"

#include <array>

namespace im {

QStringList FixPlan::describe() const
{
    QStringList lines;
    for (const auto &[label, rows] : rowsPerFix)
        lines.append(tr("%1 (%n row(s))", nullptr, rows).arg(label));
    return lines;
}

FixPlan FixPlan::build(const IndicatorTable &table, const std::vector<int> &tableRows,
                       const std::function<bool(IssueCode)> &wanted)
{
    FixPlan plan;
    for (int row : tableRows) {
        const IssueSet &issues = table.issues(row);
        std::vector<IssueCode> codes;
        issues.forEach([&](IssueCode code) {
            if (wanted(code))
                codes.push_back(code);
        });
        if (codes.empty())
            continue;
        ++plan.rowsWithProblem;

        std::array<QByteArray, FieldCount> cells;
        const IndicatorTable::Cells original = table.cells(row);
        for (size_t i = 0; i < cells.size(); ++i)
            cells[i] = original[i].toByteArray();
        RowEdit edit{table.rowId(row), {}, std::nullopt};
        for (IssueCode code : codes) {
            IndicatorTable::Cells current;
            for (size_t i = 0; i < cells.size(); ++i)
                current[i] = cells[i];
            const std::optional<Fix> fix = Fixes::suggest(current, code);
            if (!fix)
                continue;
            for (const auto &[field, value] : fix->edits) {
                cells[static_cast<size_t>(fieldIndex(field))] = value;
                edit.cells.emplace_back(field, value);
            }
            if (fix->dismissReadNotes)
                edit.readNotes = fix->readNotesAfter();
            ++plan.rowsPerFix[fix->label];
        }
        if (edit.cells.empty() && !edit.readNotes) {
            ++plan.rowsWithoutFix;
            continue;
        }
        plan.edits.push_back(std::move(edit));
    }
    return plan;
}

} // namespace im
