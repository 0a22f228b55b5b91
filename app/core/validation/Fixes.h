// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/validation/IssueCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace im {

// A change that resolves one issue. Fixes are only ever suggested; the user applies them (one cell,
// a selection, or every row with the same problem), so nothing in a table changes silently.
struct Fix
{
    QString label;                                   // "Change the type to FileSha256"
    std::vector<std::pair<Field, QByteArray>> edits; // new UTF-8 cell values
    bool dismissReadNotes = false;                   // for issues found while reading: acknowledge them
    QByteArray checkedBenignValue;                   // with dismissReadNotes: a well-known value the user checked

    // The read notes the row keeps once the fix is applied (with dismissReadNotes): none, or the note
    // that its well-known benign value was checked, which keeps value.well-known-benign off the row
    // while the value stays the same.
    [[nodiscard]] QList<ReadNote> readNotesAfter() const;
};

class Fixes
{
    Q_DECLARE_TR_FUNCTIONS(Fixes)

public:
    [[nodiscard]] static std::optional<Fix> suggest(const IndicatorTable::Cells &cells, IssueCode code);
    [[nodiscard]] static bool canFix(IssueCode code);
};

} // namespace im
