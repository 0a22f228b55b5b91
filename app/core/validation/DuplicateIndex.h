// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"

#include <vector>

namespace im {

// Finds duplicate rows (same matching key, action included) and conflicting rows (same key but a
// different action) and keeps the RowDuplicate and RowConflict issues of every row up to date. It also
// keeps the rules that need the whole table: RowAllowAndBlock (one value Allowed in a row and blocked in
// another whose device groups overlap: all devices, or a group in common) and
// RowAllowUnderCertificateBlock (a file hash Allowed while some row blocks a certificate).
//
// Rows that share type and value form a group: a circular list through per-row links,
// found from an open-addressing table of 8-byte slots keyed by the key's 64-bit hash. A million rows
// cost about 32 MB, and an edit touches only the two groups involved. Within a group "first" means
// first in table order; exact keys are compared, so a hash collision never makes a false duplicate.
class DuplicateIndex
{
public:
    // What rebuild() needs of one row: its key's hash (0: the row has no key) and how the table-wide
    // certificate rule sees it.
    struct RowKey
    {
        quint64 hash = 0;
        quint8 kind = 0;
    };
    // Indexes every row and sets both issues on every row. keys, when given, holds rowKey() of each
    // row, computed beforehand, e.g. on several threads; it is dropped once the rows are indexed. The
    // groups of repeated values are judged on `threads` threads: each writes the issues of its own
    // group's rows only.
    void rebuild(IndicatorTable &table, std::vector<RowKey> keys = {}, int threads = 1);
    void clear();

    // The key rebuild() expects for one row. Thread-safe.
    static RowKey rowKey(const IndicatorTable::Cells &cells, QByteArray &scratch);
    // Copies the issues this index owns from `from` into `to`, for a row checked again on its own.
    static void keepTableIssues(const IssueSet &from, IssueSet &to);

    // Call before the row's key cells change or before the row is removed; then call add() after the
    // change (not after a removal) and finally settle() to refresh the issues of the touched groups.
    void remove(const IndicatorTable &table, int row);
    void add(const IndicatorTable &table, int row);
    // Re-evaluates the groups touched since the last settle(); returns the rows whose issues changed.
    std::vector<int> settle(IndicatorTable &table);

    // The earliest other row of the row's group that the row duplicates or conflicts with; -1 if none.
    [[nodiscard]] int firstMatchOf(const IndicatorTable &table, int row) const;
    // The same for one relation: with RowDuplicate the earliest other row with the same key and action,
    // with RowConflict the earliest other row with the same key and another action (any other code:
    // either). In a group such as Audit, Block, Block the third row duplicates the second but conflicts
    // with the first, so a message must ask for the relation it describes.
    // With RowAllowAndBlock: the earliest row of the same value with the opposite stance whose device
    // groups overlap.
    [[nodiscard]] int firstMatchOf(const IndicatorTable &table, int row, IssueCode relation) const;
    // The first row that blocks a certificate; -1 if none. Walks the table.
    [[nodiscard]] int firstCertificateBlockRow(const IndicatorTable &table) const;

private:
    struct Slot
    {
        quint32 tag = 0; // upper half of the hash with the low bit set; 0: never used
        RowId head = 0;  // 0 with a non-zero tag: removed (tombstone)
    };

    [[nodiscard]] size_t find(quint64 hash) const; // slot of the live group with this hash, or npos
    // Adds the row to the group of its hash; returns whether the group had members already.
    bool link(quint64 hash, RowId id);
    void unlink(RowId id);
    void rehash(size_t capacity);
    void ensureIdCapacity(RowId id);
    struct GroupWork;  // scratch space of evaluateGroup(), reused from one group to the next
    struct GroupFacts; // what evaluateGroup() reads of the rows, taken beforehand in table order
    // facts, when given, holds the group's rows; otherwise they are read from the table.
    void evaluateGroup(IndicatorTable &table, quint64 hash, std::vector<int> *changed, GroupWork &work,
                       const GroupFacts *facts = nullptr);
    void evaluateGroups(IndicatorTable &table, const std::vector<quint64> &hashes, int threads,
                        const GroupFacts *facts);
    [[nodiscard]] GroupFacts factsOfGroupedRows(const IndicatorTable &table, int threads) const;
    [[nodiscard]] std::vector<RowId> members(quint64 hash) const;
    void membersInto(quint64 hash, std::vector<RowId> &ids) const;

    enum Kind : quint8 { Other, CertificateBlock, FileAllow };
    static Kind kindOf(const IndicatorTable::Cells &cells);
    void setKind(RowId id, Kind kind);
    // Sets RowAllowUnderCertificateBlock on the given rows (all rows when null) from m_certificateBlocks.
    void applyCertificateRule(IndicatorTable &table, const std::vector<RowId> *ids, std::vector<int> *changed) const;

    static quint32 tagOf(quint64 hash) { return static_cast<quint32>(hash >> 32) | 1u; }
    static constexpr size_t npos = ~size_t(0);

    std::vector<Slot> m_slots;
    size_t m_usedSlots = 0;    // live and tombstoned
    std::vector<RowId> m_next; // by RowId: circular list of the row's group
    std::vector<RowId> m_prev;
    std::vector<quint64> m_hashOf; // by RowId: group hash, 0 when not indexed
    std::vector<quint64> m_touched;
    std::vector<quint8> m_kind;       // by RowId: Kind
    std::vector<RowId> m_touchedIds;  // rows added since the last settle()
    size_t m_certificateBlocks = 0;   // rows of Kind CertificateBlock
    bool m_certificateRuleOn = false; // whether m_certificateBlocks was non-zero at the last settle()
};

} // namespace im
