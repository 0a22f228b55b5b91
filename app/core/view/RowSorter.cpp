// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/RowSorter.h"

#include "core/indicator/IndicatorTable.h"
#include "core/view/ParallelRows.h"

#include <algorithm>
#include <array>

namespace im {
namespace {

struct Key
{
    quint64 high;
    quint64 low;
    int row;
    quint32 indexAndSpill; // position before sorting << 1 | 1 when the cell goes on past the key
};

unsigned char foldByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + 32) : u;
}

// 16 bytes of the cell from `offset`, letter case folded. Big-endian packing makes integer order equal
// byte order; a cell that ends early sorts first because its missing bytes are zero (and a zero byte
// never appears in a cell).
std::array<quint64, 2> pack(QByteArrayView cell, qsizetype offset)
{
    std::array<quint64, 2> parts{0, 0};
    const qsizetype n = std::clamp<qsizetype>(cell.size() - offset, 0, 16);
    for (qsizetype i = 0; i < n; ++i)
        parts[static_cast<size_t>(i / 8)] |= quint64(foldByte(cell[offset + i])) << (56 - 8 * (i % 8));
    return parts;
}

void setKey(Key &key, const std::array<quint64, 2> &parts, bool spills)
{
    key.high = parts[0];
    key.low = parts[1];
    key.indexAndSpill = (key.indexAndSpill & ~1u) | (spills ? 1u : 0u);
}

// 16 bytes of a cell from some offset, with the cell's length. Bytes 16 to 31 are taken in the same
// pass as the key: re-keying a run from them avoids a second walk through the table in sorted order.
struct SecondKey
{
    std::array<quint64, 2> parts;
    quint32 length;
};

Key statusKey(const IndicatorTable &table, int row, quint32 index)
{
    const IssueSet &issues = table.issues(row);
    const quint64 rank = issues.isEmpty() ? 0 : (issues.hasErrors() ? 2 : 1);
    return Key{rank, static_cast<quint64>(issues.count()), row, index << 1};
}

} // namespace

void RowSorter::sort(const IndicatorTable &table, std::optional<Field> field, Qt::SortOrder order,
                     std::vector<int> &rows)
{
    const int count = static_cast<int>(rows.size());
    std::vector<Key> keys(rows.size());
    std::vector<SecondKey> second;
    if (field) {
        // Read the cells in table order, which walks memory front to back; reading them in the current
        // view order (often another sort) would jump around a few hundred megabytes and miss the cache.
        const int tableRows = table.rowCount();
        std::vector<SecondKey> first(static_cast<size_t>(tableRows));
        second.resize(static_cast<size_t>(tableRows));
        parallelSlices(tableRows, [&](int begin, int end, int) {
            for (int row = begin; row < end; ++row) {
                const QByteArrayView cell = table.cell(row, *field);
                const auto length = static_cast<quint32>(cell.size());
                first[static_cast<size_t>(row)] = SecondKey{pack(cell, 0), length};
                if (length > 16)
                    second[static_cast<size_t>(row)] = SecondKey{pack(cell, 16), length};
            }
        });
        for (int i = 0; i < count; ++i) {
            const int row = rows[static_cast<size_t>(i)];
            const SecondKey &k = first[static_cast<size_t>(row)];
            keys[static_cast<size_t>(i)] =
                Key{k.parts[0], k.parts[1], row, static_cast<quint32>(i) << 1 | (k.length > 16 ? 1u : 0u)};
        }
    } else {
        parallelSlices(count, [&](int begin, int end, int) {
            for (int i = begin; i < end; ++i)
                keys[static_cast<size_t>(i)] = statusKey(table, rows[static_cast<size_t>(i)], static_cast<quint32>(i));
        });
    }

    // Keys compare by their 16 bytes, then by the position before sorting, which keeps the sort stable
    // in both directions. Rows whose cells share the 16 bytes and go on are sorted again by the next
    // 16 (most-significant-digit first), so cells are never compared whole inside the sort.
    const bool descending = order == Qt::DescendingOrder;
    auto less = [descending](const Key &a, const Key &b) {
        if (a.high != b.high)
            return descending ? a.high > b.high : a.high < b.high;
        if (a.low != b.low)
            return descending ? a.low > b.low : a.low < b.low;
        return (a.indexAndSpill >> 1) < (b.indexAndSpill >> 1);
    };
    auto sameKey = [](const Key &a, const Key &b) { return a.high == b.high && a.low == b.low; };

    if (count >= 100000 && QThread::idealThreadCount() > 1) {
        const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(keys.size() / 2);
        std::thread other([&] { std::sort(middle, keys.end(), less); });
        std::sort(keys.begin(), middle, less);
        other.join();
        std::inplace_merge(keys.begin(), middle, keys.end(), less);
    } else {
        std::sort(keys.begin(), keys.end(), less);
    }

    if (field) {
        // Runs of equal keys that spill over: re-key at the next offset and sort the run.
        struct Run
        {
            size_t begin;
            size_t end;
            qsizetype offset;
        };
        std::vector<Run> pending;
        auto collectRuns = [&](size_t begin, size_t end, qsizetype offset) {
            for (size_t i = begin; i < end;) {
                size_t j = i + 1;
                bool spill = keys[i].indexAndSpill & 1u;
                while (j < end && sameKey(keys[i], keys[j])) {
                    spill = spill || (keys[j].indexAndSpill & 1u);
                    ++j;
                }
                if (j - i > 1 && spill)
                    pending.push_back(Run{i, j, offset});
                i = j;
            }
        };
        collectRuns(0, keys.size(), 0);
        while (!pending.empty()) {
            const Run run = pending.back();
            pending.pop_back();
            const qsizetype next = run.offset + 16;
            for (size_t i = run.begin; i < run.end; ++i) {
                Key &key = keys[i];
                if (next == 16) {
                    const SecondKey &s = second[static_cast<size_t>(key.row)];
                    setKey(key, s.parts, s.length > 32);
                } else {
                    const QByteArrayView cell = table.cell(key.row, *field);
                    setKey(key, pack(cell, next), cell.size() > next + 16);
                }
            }
            std::sort(keys.begin() + static_cast<std::ptrdiff_t>(run.begin),
                      keys.begin() + static_cast<std::ptrdiff_t>(run.end), less);
            collectRuns(run.begin, run.end, next);
        }
    }
    for (size_t i = 0; i < keys.size(); ++i)
        rows[i] = keys[i].row;
}

} // namespace im
