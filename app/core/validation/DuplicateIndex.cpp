// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DuplicateIndex.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/tasks/ParallelParts.h"
#include "core/validation/MatchingKey.h"

#include <algorithm>
#include <atomic>

namespace im {
namespace {

// The row's action as the API names it now, or its cell as written when it is none: a view of the
// cell or of the name, valid while the row's cells are not changed.
QByteArrayView actionOf(const IndicatorTable &table, int row)
{
    const QByteArrayView text = table.cell(row, Field::Action);
    const Action action = currentActionFor(parseAction(text));
    return action == Action::Unknown ? text : QByteArrayView(apiName(action));
}

// One row as the allow-and-block rule sees it: its key without the action, the length of the part
// that names type and value, and its stance.
struct ValueRow
{
    QByteArray key;
    qsizetype valueLength = 0;
    Stance stance = Stance::None;
};

bool allowAndBlock(const ValueRow &a, const ValueRow &b)
{
    if (a.stance == Stance::None || b.stance == Stance::None || a.stance == b.stance)
        return false;
    if (a.valueLength != b.valueLength
        || QByteArrayView(a.key).first(a.valueLength) != QByteArrayView(b.key).first(b.valueLength))
        return false;
    if (a.key == b.key)
        return false; // same device groups: a RowConflict, which is an error already
    return deviceGroupsOverlap(deviceGroupsOf(a.key, a.valueLength), deviceGroupsOf(b.key, b.valueLength));
}

// Fills v (its key keeps its capacity) from the row.
void setValueRow(ValueRow &v, const IndicatorTable &table, int row, QByteArray &scratch)
{
    const IndicatorTable::Cells cells = table.cells(row);
    buildMatchingKey(cells, KeyScope::ValueOnly, scratch);
    v.valueLength = scratch.size();
    buildMatchingKey(cells, KeyScope::WithoutAction, v.key);
    v.stance = stanceOf(parseAction(cells[static_cast<size_t>(fieldIndex(Field::Action))]));
}

ValueRow valueRowOf(const IndicatorTable &table, int row, QByteArray &scratch)
{
    ValueRow v;
    setValueRow(v, table, row, scratch);
    return v;
}

size_t capacityFor(size_t entries)
{
    size_t capacity = 1024;
    while (capacity * 3 < entries * 4 + 4)
        capacity *= 2;
    return capacity;
}

} // namespace

DuplicateIndex::RowKey DuplicateIndex::rowKey(const IndicatorTable::Cells &cells, QByteArray &scratch)
{
    RowKey key;
    key.kind = kindOf(cells);
    if (buildMatchingKey(cells, KeyScope::ValueOnly, scratch))
        key.hash = hashKey(scratch);
    return key;
}

void DuplicateIndex::keepTableIssues(const IssueSet &from, IssueSet &to)
{
    for (IssueCode code : {IssueCode::RowDuplicate, IssueCode::RowConflict, IssueCode::RowAllowAndBlock,
                           IssueCode::RowAllowUnderCertificateBlock}) {
        if (from.contains(code))
            to.insert(code);
    }
}

DuplicateIndex::Kind DuplicateIndex::kindOf(const IndicatorTable::Cells &cells)
{
    const IndicatorType type = parseIndicatorType(cells[static_cast<size_t>(Field::IndicatorType)]);
    if (type == IndicatorType::Unknown)
        return Other;
    const Action action = currentActionFor(parseAction(cells[static_cast<size_t>(Field::Action)]));
    if (type == IndicatorType::CertificateThumbprint
        && (action == Action::BlockAndRemediate || action == Action::Block))
        return CertificateBlock;
    if (isFileHashType(type) && action == Action::Allowed)
        return FileAllow;
    return Other;
}

void DuplicateIndex::setKind(RowId id, Kind kind)
{
    ensureIdCapacity(id);
    if (m_kind[id] == CertificateBlock)
        --m_certificateBlocks;
    m_kind[id] = kind;
    if (kind == CertificateBlock)
        ++m_certificateBlocks;
}

void DuplicateIndex::applyCertificateRule(IndicatorTable &table, const std::vector<RowId> *ids,
                                          std::vector<int> *changed) const
{
    const bool on = m_certificateBlocks > 0;
    auto apply = [&](int row) {
        const RowId id = table.rowId(row);
        const bool flagged = on && id < m_kind.size() && m_kind[id] == FileAllow;
        IssueSet issues = table.issues(row);
        if (issues.contains(IssueCode::RowAllowUnderCertificateBlock) == flagged)
            return;
        flagged ? issues.insert(IssueCode::RowAllowUnderCertificateBlock)
                : issues.remove(IssueCode::RowAllowUnderCertificateBlock);
        table.setIssues(row, issues);
        if (changed)
            changed->push_back(row);
    };
    if (!ids) {
        for (int row = 0; row < table.rowCount(); ++row)
            apply(row);
        return;
    }
    for (RowId id : *ids) {
        const int row = table.rowOf(id);
        if (row >= 0)
            apply(row);
    }
}

int DuplicateIndex::firstCertificateBlockRow(const IndicatorTable &table) const
{
    if (m_certificateBlocks == 0)
        return -1;
    for (int row = 0; row < table.rowCount(); ++row) {
        const RowId id = table.rowId(row);
        if (id < m_kind.size() && m_kind[id] == CertificateBlock)
            return row;
    }
    return -1;
}

void DuplicateIndex::clear()
{
    m_slots.clear();
    m_usedSlots = 0;
    m_next.clear();
    m_prev.clear();
    m_hashOf.clear();
    m_touched.clear();
    m_kind.clear();
    m_touchedIds.clear();
    m_certificateBlocks = 0;
    m_certificateRuleOn = false;
}

void DuplicateIndex::ensureIdCapacity(RowId id)
{
    if (id >= m_next.size()) {
        const size_t size = std::max<size_t>(id + 1, m_next.size() + m_next.size() / 2);
        m_next.resize(size, 0);
        m_prev.resize(size, 0);
        m_hashOf.resize(size, 0);
        m_kind.resize(size, Other);
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

bool DuplicateIndex::link(quint64 hash, RowId id)
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
        return true;
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
    return false;
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
    const RowKey rk = rowKey(table.cells(row), key);
    setKind(id, static_cast<Kind>(rk.kind));
    m_touchedIds.push_back(id);
    const quint64 hash = rk.hash;
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
    if (id < m_kind.size())
        setKind(id, Other);
    if (id >= m_hashOf.size() || m_hashOf[id] == 0)
        return;
    m_touched.push_back(m_hashOf[id]);
    unlink(id);
}

std::vector<RowId> DuplicateIndex::members(quint64 hash) const
{
    std::vector<RowId> result;
    membersInto(hash, result);
    return result;
}

void DuplicateIndex::membersInto(quint64 hash, std::vector<RowId> &ids) const
{
    ids.clear();
    const size_t s = find(hash);
    if (s == npos)
        return;
    const RowId head = m_slots[s].head;
    RowId id = head;
    do {
        ids.push_back(id);
        id = m_next[id];
    } while (id != head);
}

struct DuplicateIndex::GroupWork
{
    std::vector<RowId> members;
    std::vector<int> rows;
    std::vector<ValueRow> values;
    std::vector<QByteArrayView> actions;
    std::vector<char> done;
    std::vector<char> duplicate;
    std::vector<char> conflict;
    std::vector<size_t> part;
    std::vector<QByteArrayView> seen;
    std::vector<size_t> stances;
    QByteArray scratch;
};

// Rows of groups with more than one member, read in table order before the groups are judged: the
// groups, in hash order, would read the rows in no order at all and so bring back every page of a
// mapped file that the passes before gave back (IndicatorTable::releaseBackingPages).
struct DuplicateIndex::GroupFacts
{
    static constexpr quint32 kNone = ~quint32(0);
    std::vector<quint32> indexOf; // by RowId: index into values and actions; kNone for other rows
    std::vector<ValueRow> values;
    std::vector<QByteArray> actions; // actionOf(); a known action's name is not copied
};

DuplicateIndex::GroupFacts DuplicateIndex::factsOfGroupedRows(const IndicatorTable &table, int threads) const
{
    GroupFacts facts;
    facts.indexOf.assign(m_next.size(), GroupFacts::kNone);
    const int rows = table.rowCount();
    quint32 count = 0;
    for (int row = 0; row < rows; ++row) {
        const RowId id = table.rowId(row);
        if (m_hashOf[id] != 0 && m_next[id] != id)
            facts.indexOf[id] = count++;
    }
    facts.values.resize(count);
    facts.actions.resize(count);
    runSlices(static_cast<size_t>(rows), threads, [&](size_t begin, size_t end, int) {
        constexpr size_t kStep = 8192;
        QByteArray scratch;
        for (size_t from = begin; from < end; from += kStep) {
            const size_t to = std::min(end, from + kStep);
            for (size_t row = from; row < to; ++row) {
                const quint32 fact = facts.indexOf[table.rowId(static_cast<int>(row))];
                if (fact == GroupFacts::kNone)
                    continue;
                setValueRow(facts.values[fact], table, static_cast<int>(row), scratch);
                const QByteArrayView text = table.cell(static_cast<int>(row), Field::Action);
                const Action action = currentActionFor(parseAction(text));
                const char *name = action == Action::Unknown ? nullptr : apiName(action);
                facts.actions[fact] =
                    name ? QByteArray::fromRawData(name, static_cast<qsizetype>(qstrlen(name))) : text.toByteArray();
            }
            table.releaseBackingPages(static_cast<int>(from), static_cast<int>(to));
        }
    });
    return facts;
}

void DuplicateIndex::evaluateGroup(IndicatorTable &table, quint64 hash, std::vector<int> *changed, GroupWork &work,
                                   const GroupFacts *facts)
{
    std::vector<int> &rows = work.rows;
    rows.clear();
    membersInto(hash, work.members);
    for (RowId id : work.members) {
        const int row = table.rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());

    // Split by exact key: rows that merely share a hash are independent, and rows of one value with
    // other device groups are not duplicates of each other.
    std::vector<ValueRow> &values = work.values;
    std::vector<QByteArrayView> &actions = work.actions;
    if (values.size() < rows.size())
        values.resize(rows.size());
    actions.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const quint32 fact = facts ? facts->indexOf[table.rowId(rows[i])] : GroupFacts::kNone;
        if (fact != GroupFacts::kNone) {
            values[i] = facts->values[fact];
            actions[i] = facts->actions[fact];
        } else {
            setValueRow(values[i], table, rows[i], work.scratch);
            actions[i] = actionOf(table, rows[i]);
        }
    }

    std::vector<char> &done = work.done;
    std::vector<char> &duplicate = work.duplicate;
    std::vector<char> &conflict = work.conflict;
    done.assign(rows.size(), false);
    duplicate.assign(rows.size(), false);
    conflict.assign(rows.size(), false);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (done[i])
            continue;
        std::vector<size_t> &part = work.part;
        part.clear();
        for (size_t j = i; j < rows.size(); ++j) {
            if (!done[j] && values[j].key == values[i].key) {
                part.push_back(j);
                done[j] = true;
            }
        }
        bool partConflict = false;
        for (size_t k = 1; k < part.size(); ++k)
            partConflict = partConflict || actions[part[k]] != actions[part[0]];
        std::vector<QByteArrayView> &seen = work.seen; // distinct actions so far: a handful at most
        seen.clear();
        for (size_t k : part) {
            duplicate[k] = std::find(seen.begin(), seen.end(), actions[k]) != seen.end();
            if (!duplicate[k])
                seen.push_back(actions[k]);
            conflict[k] = partConflict;
        }
    }

    // The distinct (key, stance) pairs that Allow or block: a large group of repeats has one or two.
    std::vector<size_t> &stances = work.stances;
    stances.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (values[i].stance == Stance::None)
            continue;
        const bool known = std::any_of(stances.begin(), stances.end(), [&](size_t k) {
            return values[k].stance == values[i].stance && values[k].key == values[i].key;
        });
        if (!known)
            stances.push_back(i);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const bool allowBlock =
            std::any_of(stances.begin(), stances.end(), [&](size_t k) { return allowAndBlock(values[i], values[k]); });
        const int row = rows[i];
        IssueSet issues = table.issues(row);
        const IssueSet before = issues;
        duplicate[i] ? issues.insert(IssueCode::RowDuplicate) : issues.remove(IssueCode::RowDuplicate);
        conflict[i] ? issues.insert(IssueCode::RowConflict) : issues.remove(IssueCode::RowConflict);
        allowBlock ? issues.insert(IssueCode::RowAllowAndBlock) : issues.remove(IssueCode::RowAllowAndBlock);
        if (issues != before) {
            table.setIssues(row, issues);
            if (changed)
                changed->push_back(row);
        }
    }
}

void DuplicateIndex::evaluateGroups(IndicatorTable &table, const std::vector<quint64> &hashes, int threads,
                                    const GroupFacts *facts)
{
    // Groups are disjoint: a thread reads the table and the index, and writes the issues of the rows
    // of the groups it takes. The row index is built once here, before any thread asks for it.
    constexpr size_t kGroupsPerTask = 1024;
    const size_t tasks = (hashes.size() + kGroupsPerTask - 1) / kGroupsPerTask;
    const size_t workers = std::min<size_t>(static_cast<size_t>(std::max(1, threads)), tasks);
    if (workers <= 1) {
        GroupWork work;
        for (quint64 hash : hashes)
            evaluateGroup(table, hash, nullptr, work, facts);
        return;
    }
    table.buildRowIndex();
    std::atomic<size_t> next{0};
    runParts(static_cast<int>(workers), [&](int) {
        GroupWork work;
        for (size_t task = next++; task < tasks; task = next++) {
            const size_t end = std::min(hashes.size(), (task + 1) * kGroupsPerTask);
            for (size_t i = task * kGroupsPerTask; i < end; ++i)
                evaluateGroup(table, hashes[i], nullptr, work, facts);
        }
    });
}

std::vector<int> DuplicateIndex::settle(IndicatorTable &table)
{
    std::vector<int> changed;
    std::sort(m_touched.begin(), m_touched.end());
    m_touched.erase(std::unique(m_touched.begin(), m_touched.end()), m_touched.end());
    GroupWork work;
    for (quint64 hash : m_touched)
        evaluateGroup(table, hash, &changed, work);
    m_touched.clear();
    const bool on = m_certificateBlocks > 0;
    applyCertificateRule(table, on != m_certificateRuleOn ? nullptr : &m_touchedIds, &changed);
    m_certificateRuleOn = on;
    m_touchedIds.clear();
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

void DuplicateIndex::rebuild(IndicatorTable &table, std::vector<RowKey> keys, int threads)
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
    QByteArray scratch;
    const bool given = !keys.empty();
    const size_t mask = m_slots.size() - 1;
    // The slots are read in hash order, which is no order at all: asking for a later row's slot early
    // keeps the loop from waiting on memory.
    constexpr int kAhead = 16;
    for (int row = 0; row < rows; ++row) {
        if (given && row + kAhead < rows)
            __builtin_prefetch(&m_slots[keys[static_cast<size_t>(row) + kAhead].hash & mask]);
        IssueSet issues = table.issues(row);
        IssueSet owned;
        keepTableIssues(issues, owned);
        if (!owned.isEmpty()) {
            owned.forEach([&issues](IssueCode code) { issues.remove(code); });
            table.setIssues(row, issues);
        }
        const RowKey key = given ? keys[static_cast<size_t>(row)] : rowKey(table.cells(row), scratch);
        const RowId id = table.rowId(row);
        setKind(id, static_cast<Kind>(key.kind));
        if (key.hash != 0 && link(key.hash, id))
            multi.push_back(key.hash);
    }
    std::vector<RowKey>().swap(keys);
    std::sort(multi.begin(), multi.end());
    multi.erase(std::unique(multi.begin(), multi.end()), multi.end());
    const GroupFacts facts = factsOfGroupedRows(table, threads);
    evaluateGroups(table, multi, threads, &facts);
    m_touched.clear();
    m_touchedIds.clear();
    m_certificateRuleOn = m_certificateBlocks > 0;
    if (m_certificateRuleOn)
        applyCertificateRule(table, nullptr, nullptr);
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
    const bool allowBlock = relation == IssueCode::RowAllowAndBlock;
    const QByteArrayView action = sameAction || otherAction ? actionOf(table, row) : QByteArrayView();
    QByteArray scratch;
    const ValueRow self = valueRowOf(table, row, scratch);
    int best = -1;
    for (RowId member : members(m_hashOf[id])) {
        if (member == id)
            continue;
        const int r = table.rowOf(member);
        if (r < 0 || (best >= 0 && r > best))
            continue;
        const ValueRow other = valueRowOf(table, r, scratch);
        if (allowBlock) {
            if (!allowAndBlock(self, other))
                continue;
        } else {
            if (other.key != self.key)
                continue;
            if ((sameAction && actionOf(table, r) != action) || (otherAction && actionOf(table, r) == action))
                continue;
        }
        best = r;
    }
    return best;
}

} // namespace im
