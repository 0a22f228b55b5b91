// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace im {

// What the bulk-edit dialog sets on every selected row. Unset members leave their cells alone.
struct BulkEdit
{
    enum class ListMode { Replace, Add, Remove };

    std::optional<QString> action;
    std::optional<QString> severity;
    std::optional<QString> expirationTime; // "" for never
    std::optional<QString> generateAlert;
    std::optional<QStringList> deviceGroups;
    ListMode deviceGroupsMode = ListMode::Replace;
    // Title, description, recommended actions, category: the text a raw list of values lacks.
    std::vector<std::pair<Field, QString>> texts;

    [[nodiscard]] bool isEmpty() const
    {
        return !action && !severity && !expirationTime && !generateAlert && !deviceGroups && texts.empty();
    }
    [[nodiscard]] RowEdits editsFor(const IndicatorTable &table, const std::vector<int> &tableRows) const;

private:
    // The row's device groups with deviceGroups replaced, added or removed.
    [[nodiscard]] QByteArray deviceGroupsFor(const IndicatorTable &table, int row) const;
};

} // namespace im
