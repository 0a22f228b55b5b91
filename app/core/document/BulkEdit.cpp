// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/BulkEdit.h"

namespace im {

RowEdits BulkEdit::editsFor(const IndicatorTable &table, const std::vector<int> &tableRows) const
{
    // The same values go to every row: encoded once, shared by every edit.
    std::vector<std::pair<Field, QByteArray>> same;
    if (action)
        same.emplace_back(Field::Action, action->toUtf8());
    if (severity)
        same.emplace_back(Field::Severity, severity->toUtf8());
    if (expirationTime)
        same.emplace_back(Field::ExpirationTime, expirationTime->toUtf8());
    if (generateAlert)
        same.emplace_back(Field::GenerateAlert, generateAlert->toUtf8());
    for (const auto &[field, text] : texts)
        same.emplace_back(field, text.toUtf8());
    RowEdits edits;
    edits.reserve(tableRows.size());
    for (int row : tableRows) {
        RowEdit edit{table.rowId(row), same, std::nullopt};
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
