// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/BulkEdit.h"

#include "core/document/ValidationThreads.h"
#include "core/tasks/ParallelParts.h"

namespace im {

RowEdits BulkEdit::editsFor(const IndicatorTable &table, const std::vector<int> &tableRows) const
{
    // The same values go to every row: encoded once, shared by the edits.
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

    // A million edits are listed on every core, in stretches of rows. Each stretch shares a copy of
    // its own of the values: threads counting references to one array would contend for it.
    RowEdits edits(tableRows.size());
    const int parts = ValidationThreads::forRows(static_cast<int>(tableRows.size()));
    runSlices(tableRows.size(), parts, [&](size_t begin, size_t end, int) {
        std::vector<std::pair<Field, QByteArray>> values;
        values.reserve(same.size());
        for (const auto &[field, value] : same)
            values.emplace_back(field, QByteArray(value.constData(), value.size()));
        for (size_t i = begin; i < end; ++i) {
            const int row = tableRows[i];
            RowEdit &edit = edits[i];
            edit.row = table.rowId(row);
            edit.cells = values;
            if (deviceGroups)
                edit.cells.emplace_back(Field::RbacGroupNames, deviceGroupsFor(table, row));
        }
    });
    return edits;
}

QByteArray BulkEdit::deviceGroupsFor(const IndicatorTable &table, int row) const
{
    QStringList groups = deviceGroupsMode == ListMode::Replace
                             ? QStringList()
                             : Indicator::splitList(table.text(row, Field::RbacGroupNames));
    for (const QString &group : *deviceGroups) {
        if (deviceGroupsMode == ListMode::Remove)
            groups.removeAll(group);
        else if (!groups.contains(group))
            groups.append(group);
    }
    return Indicator::joinList(groups).toUtf8();
}

} // namespace im
