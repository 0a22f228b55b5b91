// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/BulkEdit.h"

namespace im {

RowEdits BulkEdit::editsFor(const IndicatorTable &table, const std::vector<int> &tableRows) const
{
    RowEdits edits;
    edits.reserve(tableRows.size());
    for (int row : tableRows) {
        RowEdit edit{table.rowId(row), {}, std::nullopt};
        if (action)
            edit.cells.emplace_back(Field::Action, action->toUtf8());
        if (severity)
            edit.cells.emplace_back(Field::Severity, severity->toUtf8());
        if (expirationTime)
            edit.cells.emplace_back(Field::ExpirationTime, expirationTime->toUtf8());
        if (generateAlert)
            edit.cells.emplace_back(Field::GenerateAlert, generateAlert->toUtf8());
        for (const auto &[field, text] : texts)
            edit.cells.emplace_back(field, text.toUtf8());
        if (deviceGroups) {
            QStringList groups = deviceGroupsMode == ListMode::Replace
                                     ? QStringList()
                                     : Indicator::splitList(table.text(row, Field::RbacGroupNames));
            for (const QString &group : *deviceGroups) {
                if (deviceGroupsMode == ListMode::Remove)
                    groups.removeAll(group);
                else if (!groups.contains(group))
                    groups.append(group);
            }
            edit.cells.emplace_back(Field::RbacGroupNames, Indicator::joinList(groups).toUtf8());
        }
        edits.push_back(std::move(edit));
    }
    return edits;
}

} // namespace im
