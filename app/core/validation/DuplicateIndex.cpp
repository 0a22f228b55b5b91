// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DuplicateIndex.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/validation/MatchingKey.h"

#include <algorithm>

namespace im {
namespace {

QByteArray actionOf(const IndicatorTable &table, int row)
{
    const QByteArrayView text = table.cell(row, Field::Action);
    const Action action = currentActionFor(parseAction(text));
    return action == Action::Unknown ? QByteArray(text.data(), text.size()) : QByteArray(apiName(action));
}

size_t capacityFor(size_t entries)
{
    size_t capacity = 1024;
    while (capacity * 3 < entries * 4 + 4)
        capacity *= 2;
    return capacity;
}

} // namespace

quint64 DuplicateIndex::keyHash(const IndicatorTable::Cells &cells, QByteArray &scratch)
{
    if (!buildMatchingKey(cells, KeyScope::WithoutAction, scratch))
        return 0;
    return hashKey(scratch);
}

void DuplicateIndex::clear()
{
    m_slots.clear();
    m_usedSlots = 0;
    m_next.clear();
    m_prev.clear();
    m_hashOf.clear();
    m_touched.clear();
}

void DuplicateIndex::ensureIdCapacity(RowId id)
{
    if (id >= m_next.size()) {
        const size_t size = std::max<size_t>(id + 1, m_next.size() + m_next.size() / 2);
        m_next.resize(size, 0);
        m_prev.resize(size, 0);
        m_hashOf.resize(size, 0);
    }
}

size_t DuplicateIndex::find(quint64 hash) const
{
    if (m_slots.empty())
        return npos;
    const quint32 tag = tagOf(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.tag == 0)
            return npos;
        if (slot.tag == tag && slot.head != 0 && m_hashOf[slot.head] == hash)
            return i;
    }
}

void DuplicateIndex::rehash(size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    m_usedSlots = 0;
    const size_t mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.tag == 0 || slot.head == 0)
            continue; // drop tombstones
        size_t i = m_hashOf[slot.head] & mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
        ++m_usedSlots;
    }
}

void DuplicateIndex::link(quint64 hash, RowId id)
{
    m_hashOf[id] = hash;
    const size_t found = find(hash);
    if (found != npos) {
        const RowId head = m_slots[found].head;
        const RowId tail = m_prev[head];
        m_next[tail] = id;
        m_prev[id] = tail;
        m_next[id] = head;
        m_prev[head] = id;
        return;
    }
    if ((m_usedSlots + 1) * 4 >= m_slots.size() * 3)
        rehash(capacityFor(m_usedSlots + 1) * 2);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].tag != 0 && m_slots[i].head != 0)
        i = (i + 1) & mask; // an empty slot or a tombstone takes the new group
    if (m_slots[i].tag == 0)
        ++m_usedSlots;
    m_slots[i] = Slot{tagOf(hash), id};
    m_next[id] = id;
    m_prev[id] = id;
}

void DuplicateIndex::unlink(RowId id)
{
    const quint64 hash = m_hashOf[id];
    const size_t s = find(hash);
    Q_ASSERT(s != npos);
    Slot &slot = m_slots[s];
    if (m_next[id] == id) {
        slot.head = 0; // tombstone
    } else {
        const RowId prev = m_prev[id];
        const RowId next = m_next[id];
        m_next[prev] = next;
        m_prev[next] = prev;
        if (slot.head == id)
            slot.head = next;
    }
    m_next[id] = 0;
    m_prev[id] = 0;
    m_hashOf[id] = 0;
}

void DuplicateIndex::add(const IndicatorTable &table, int row)
{
    QByteArray key;
    const RowId id = table.rowId(row);
    ensureIdCapacity(id);
    const quint64 hash = keyHash(table.cells(row), key);
    if (hash == 0)
        return;
    if (m_slots.empty())
        m_slots.assign(1024, Slot{});
    link(hash, id);
    m_touched.push_back(hash);
}

void DuplicateIndex::remove(const IndicatorTable &table, int row)
{
    const RowId id = table.rowId(row);
    if (id >= m_hashOf.size() || m_hashOf[id] == 0)
        return;
    m_touched.push_back(m_hashOf[id]);
    unlink(id);
}

std::vector<RowId> DuplicateIndex::members(quint64 hash) const
{
    std::vector<RowId> result;
    const size_t s = find(hash);
    if (s == npos)
        return result;
    const RowId head = m_slots[s].head;
    RowId id = head;
    do {
        result.push_back(id);
        id = m_next[id];
    } while (id != head);
    return result;
}

void DuplicateIndex::evaluateGroup(IndicatorTable &table, quint64 hash, std::vector<int> *changed)
{
    std::vector<int> rows;
    for (RowId id : members(hash)) {
        const int row = table.rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());

    // Split by exact key: rows that merely share a hash are independent.
    std::vector<QByteArray> keys(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        buildMatchingKey(table.cells(rows[i]), KeyScope::WithoutAction, keys[i]);

    std::vector<bool> done(rows.size(), false);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (done[i])
            continue;
        std::vector<size_t> part;
        for (size_t j = i; j < rows.size(); ++j) {
            if (!done[j] && keys[j] == keys[i]) {
                part.push_back(j);
                done[j] = true;
            }
        }
        std::vector<QByteArray> actions(part.size());
        for (size_t k = 0; k < part.size(); ++k)
            actions[k] = actionOf(table, rows[part[k]]);
        bool conflict = false;
        for (size_t k = 1; k < part.size(); ++k)
            conflict = conflict || actions[k] != actions[0];
        std::vector<QByteArray> seen; // distinct actions so far: a handful at most
        for (size_t k = 0; k < part.size(); ++k) {
            const int row = rows[part[k]];
            const bool duplicate = std::find(seen.begin(), seen.end(), actions[k]) != seen.end();
            if (!duplicate)
                seen.push_back(actions[k]);
            IssueSet issues = table.issues(row);
            const IssueSet before = issues;
            duplicate ? issues.insert(IssueCode::RowDuplicate) : issues.remove(IssueCode::RowDuplicate);
            conflict ? issues.insert(IssueCode::RowConflict) : issues.remove(IssueCode::RowConflict);
            if (issues != before) {
                table.setIssues(row, issues);
                if (changed)
                    changed->push_back(row);
            }
        }
    }
}

std::vector<int> DuplicateIndex::settle(IndicatorTable &table)
{
    std::vector<int> changed;
    std::sort(m_touched.begin(), m_touched.end());
    m_touched.erase(std::unique(m_touched.begin(), m_touched.end()), m_touched.end());
    for (quint64 hash : m_touched)
        evaluateGroup(table, hash, &changed);
    m_touched.clear();
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

void DuplicateIndex::rebuild(IndicatorTable &table, const std::vector<quint64> &keyHashes)
{
    clear();
    const int rows = table.rowCount();
    m_slots.assign(capacityFor(static_cast<size_t>(rows)), Slot{});
    RowId maxId = 0;
    for (int row = 0; row < rows; ++row)
        maxId = std::max(maxId, table.rowId(row));
    ensureIdCapacity(maxId);

    // Only groups that receive a second member need evaluating; every other row simply has neither
    // issue.
    std::vector<quint64> multi;
    QByteArray key;
    for (int row = 0; row < rows; ++row) {
        IssueSet issues = table.issues(row);
        if (issues.contains(IssueCode::RowDuplicate) || issues.contains(IssueCode::RowConflict)) {
            issues.remove(IssueCode::RowDuplicate);
            issues.remove(IssueCode::RowConflict);
            table.setIssues(row, issues);
        }
        const quint64 hash = keyHashes.empty() ? keyHash(table.cells(row), key) : keyHashes[static_cast<size_t>(row)];
        if (hash == 0)
            continue;
        const RowId id = table.rowId(row);
        const bool existed = find(hash) != npos;
        link(hash, id);
        if (existed)
            multi.push_back(hash);
    }
    std::sort(multi.begin(), multi.end());
    multi.erase(std::unique(multi.begin(), multi.end()), multi.end());
    for (quint64 hash : multi)
        evaluateGroup(table, hash, nullptr);
    m_touched.clear();
}

int DuplicateIndex::firstMatchOf(const IndicatorTable &table, int row) const
{
    return firstMatchOf(table, row, IssueCode::Count);
}

int DuplicateIndex::firstMatchOf(const IndicatorTable &table, int row, IssueCode relation) const
{
    const RowId id = table.rowId(row);
    if (id >= m_hashOf.size() || m_hashOf[id] == 0)
        return -1;
    const bool sameAction = relation == IssueCode::RowDuplicate;
    const bool otherAction = relation == IssueCode::RowConflict;
    const QByteArray action = sameAction || otherAction ? actionOf(table, row) : QByteArray();
    QByteArray key;
    QByteArray other;
    buildMatchingKey(table.cells(row), KeyScope::WithoutAction, key);
    int best = -1;
    for (RowId member : members(m_hashOf[id])) {
        if (member == id)
            continue;
        const int r = table.rowOf(member);
        if (r < 0)
            continue;
        buildMatchingKey(table.cells(r), KeyScope::WithoutAction, other);
        if (other != key)
            continue;
        if ((sameAction && actionOf(table, r) != action) || (otherAction && actionOf(table, r) == action))
            continue;
        if (best < 0 || r < best)
            best = r;
    }
    return best;
}

} // namespace im
