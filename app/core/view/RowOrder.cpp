// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/RowOrder.h"

#include "core/indicator/IndicatorTable.h"
#include "core/view/ParallelRows.h"
#include "core/view/RowMatcher.h"
#include "core/view/RowSorter.h"

#include <algorithm>
#include <numeric>

namespace im {
namespace {

void merge(std::vector<int> &target, const std::vector<std::pair<int, int>> &positionsAndRows)
{
    if (positionsAndRows.empty())
        return;
    std::vector<int> merged;
    merged.reserve(target.size() + positionsAndRows.size());
    size_t old = 0;
    for (const auto &[position, row] : positionsAndRows) {
        while (merged.size() < static_cast<size_t>(position) && old < target.size())
            merged.push_back(target[old++]);
        merged.push_back(row);
    }
    while (old < target.size())
        merged.push_back(target[old++]);
    target.swap(merged);
}

} // namespace

void RowOrder::reset(int rows)
{
    m_tableRows = rows;
    m_ordered = std::vector<int>();
    m_visible = std::vector<int>();
    m_identity = true;
    m_filter = RowFilter();
    invalidateInverse();
}

void RowOrder::materialize() const
{
    if (!m_identity)
        return;
    m_ordered.resize(static_cast<size_t>(m_tableRows));
    std::iota(m_ordered.begin(), m_ordered.end(), 0);
    m_visible = m_ordered;
    m_identity = false;
}

const std::vector<int> &RowOrder::visibleRows() const
{
    materialize();
    return m_visible;
}

const std::vector<int> &RowOrder::orderedRows() const
{
    materialize();
    return m_ordered;
}

int RowOrder::viewRow(int tableRow) const
{
    if (m_identity)
        return tableRow >= 0 && tableRow < m_tableRows ? tableRow : -1;
    if (!m_inverseValid) {
        m_viewOf.assign(static_cast<size_t>(m_tableRows), -1);
        for (size_t v = 0; v < m_visible.size(); ++v)
            m_viewOf[static_cast<size_t>(m_visible[v])] = static_cast<int>(v);
        m_inverseValid = true;
    }
    if (tableRow < 0 || tableRow >= m_tableRows)
        return -1;
    return m_viewOf[static_cast<size_t>(tableRow)];
}

void RowOrder::sort(const IndicatorTable &table, std::optional<Field> field, Qt::SortOrder order)
{
    materialize();
    RowSorter::sort(table, field, order, m_ordered);
    if (m_visible.size() == m_ordered.size()) {
        m_visible = m_ordered;
    } else {
        std::vector<bool> shown(static_cast<size_t>(m_tableRows), false);
        for (int row : m_visible)
            shown[static_cast<size_t>(row)] = true;
        m_visible.clear();
        for (int row : m_ordered) {
            if (shown[static_cast<size_t>(row)])
                m_visible.push_back(row);
        }
    }
    invalidateInverse();
}

void RowOrder::setFilter(const IndicatorTable &table, const RowFilter &filter)
{
    materialize();
    const bool narrowing = isFiltered() && filter.narrows(m_filter);
    m_filter = filter;
    invalidateInverse();
    if (filter.isEmpty()) {
        m_visible = m_ordered;
        return;
    }
    const RowMatcher matcher(filter);
    // Typing one more letter only needs to look at the rows still shown.
    if (narrowing && m_visible.size() * 8 < static_cast<size_t>(m_tableRows)) {
        std::vector<int> kept;
        for (int row : m_visible) {
            if (matcher.matches(table, row))
                kept.push_back(row);
        }
        m_visible.swap(kept);
        return;
    }
    // Otherwise test the rows in table order, which reads memory front to back on every core, then
    // keep the view order. Testing them in a sorted order would miss the cache on nearly every row.
    std::vector<char> candidate;
    if (narrowing) {
        candidate.assign(static_cast<size_t>(m_tableRows), 0);
        for (int row : m_visible)
            candidate[static_cast<size_t>(row)] = 1;
    }
    std::vector<char> keep(static_cast<size_t>(m_tableRows), 0);
    parallelSlices(
        m_tableRows,
        [&](int begin, int end, int) {
            for (int row = begin; row < end; ++row) {
                if ((!narrowing || candidate[static_cast<size_t>(row)]) && matcher.matches(table, row))
                    keep[static_cast<size_t>(row)] = 1;
            }
        },
        20000);
    const std::vector<int> &source = narrowing ? m_visible : m_ordered;
    std::vector<int> visible;
    for (int row : source) {
        if (keep[static_cast<size_t>(row)])
            visible.push_back(row);
    }
    m_visible.swap(visible);
}

void RowOrder::hideVisible(int viewRow, int count)
{
    materialize();
    m_visible.erase(m_visible.begin() + viewRow, m_visible.begin() + viewRow + count);
    invalidateInverse();
}

void RowOrder::tableRowsRemoved(const std::vector<int> &sortedRows)
{
    if (sortedRows.empty())
        return;
    materialize();
    auto renumber = [&sortedRows](std::vector<int> &rows) {
        size_t out = 0;
        for (int row : rows) {
            const auto it = std::lower_bound(sortedRows.begin(), sortedRows.end(), row);
            if (it != sortedRows.end() && *it == row)
                continue;
            rows[out++] = row - static_cast<int>(it - sortedRows.begin());
        }
        rows.resize(out);
    };
    renumber(m_ordered);
    renumber(m_visible);
    m_tableRows -= static_cast<int>(sortedRows.size());
    invalidateInverse();
}

void RowOrder::tableRowsInserted(const std::vector<int> &sortedRows)
{
    if (sortedRows.empty())
        return;
    materialize();
    // Inserted row i lands after (p_i - i) of the old rows; an old row moves down by the number of
    // inserted rows that land at or before it.
    std::vector<int> before(sortedRows.size());
    for (size_t i = 0; i < sortedRows.size(); ++i)
        before[i] = sortedRows[i] - static_cast<int>(i);
    auto renumber = [&before](std::vector<int> &rows) {
        for (int &row : rows)
            row += static_cast<int>(std::upper_bound(before.begin(), before.end(), row) - before.begin());
    };
    renumber(m_ordered);
    renumber(m_visible);
    m_tableRows += static_cast<int>(sortedRows.size());
    invalidateInverse();
}

void RowOrder::placeInOrder(const std::vector<std::pair<int, int>> &positionsAndRows)
{
    materialize();
    merge(m_ordered, positionsAndRows);
    invalidateInverse();
}

void RowOrder::showVisible(const std::vector<std::pair<int, int>> &positionsAndRows)
{
    materialize();
    merge(m_visible, positionsAndRows);
    invalidateInverse();
}

std::vector<int> RowOrder::orderPositions(const std::vector<int> &tableRows) const
{
    materialize();
    std::vector<int> result(tableRows.size(), -1);
    if (tableRows.size() < 8) {
        for (size_t i = 0; i < tableRows.size(); ++i) {
            const auto it = std::find(m_ordered.begin(), m_ordered.end(), tableRows[i]);
            if (it != m_ordered.end())
                result[i] = static_cast<int>(it - m_ordered.begin());
        }
        return result;
    }
    std::vector<int> positionOf(static_cast<size_t>(m_tableRows), -1);
    for (size_t p = 0; p < m_ordered.size(); ++p)
        positionOf[static_cast<size_t>(m_ordered[p])] = static_cast<int>(p);
    for (size_t i = 0; i < tableRows.size(); ++i)
        result[i] = positionOf[static_cast<size_t>(tableRows[i])];
    return result;
}

} // namespace im
