// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/view/RowFilter.h"
#include "core/view/TextMatcher.h"

namespace im {

class IndicatorTable;

// A RowFilter compiled for testing rows; const and safe to use from several threads at once.
class RowMatcher
{
public:
    explicit RowMatcher(const RowFilter &filter);
    [[nodiscard]] bool matches(const IndicatorTable &table, int row) const;

private:
    [[nodiscard]] bool matchesResult(const IndicatorTable &table, int row) const;

    RowFilter m_filter;
    TextMatcher m_text;
};

} // namespace im
