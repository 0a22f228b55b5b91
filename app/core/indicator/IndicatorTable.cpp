// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/IndicatorTable.h"

#include "core/io/FileMapping.h"
#include "core/tasks/ParallelParts.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace im {
namespace {

// Chunks grow geometrically from 64 KiB, so a small table stays small, up to 8 MiB. Large chunks are
// 2 MiB aligned and, on Linux, backed by transparent huge pages where the system allows them: filling a
// million-row table then takes a hundred page faults instead of fifty thousand.
constexpr quint32 kFirstChunkSize = 64u * 1024u;
constexpr quint32 kMaxChunkSize = 8u * 1024u * 1024u;
constexpr size_t kHugePage = size_t{2} * 1024u * 1024u;

char *allocateChunk(size_t bytes)
{
    if (bytes < kHugePage) {
        auto *p = static_cast<char *>(std::malloc(bytes));
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void *p = std::aligned_alloc(kHugePage, rounded);
    if (!p)
        throw std::bad_alloc();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<char *>(p);
}

char *writeVarint(char *out, quint64 value)
{
    while (value >= 0x80) {
        *out++ = static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    *out++ = static_cast<char>(value);
    return out;
}

template<typename Int>
const char *readVarint(const char *in, Int *value)
{
    Int result = 0;
    int shift = 0;
    for (;;) {
        const auto byte = static_cast<unsigned char>(*in++);
        result |= Int(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0)
            break;
        shift += 7;
    }
    *value = result;
    return in;
}

quint64 zigzag(qint64 value)
{
    return (static_cast<quint64>(value) << 1) ^ static_cast<quint64>(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return static_cast<qint64>(value >> 1) ^ -static_cast<qint64>(value & 1);
}

// Reads a row's record cell by cell. A plain record is (varint length, bytes) for each cell. A record
// that refers to the backing text has for each cell a varint head, length << 1 | 1 when the cell lies
// in the backing text, and then the zigzag varint distance from the end of the previous such cell (from
// the start of the text for the first), or length << 1 and the bytes themselves.
class RecordReader
{
public:
    RecordReader(const char *record, bool refers, const char *backing)
        : m_in(record)
        , m_refers(refers)
        , m_backing(backing)
    {
    }

    QByteArrayView next()
    {
        if (!m_refers) {
            quint32 length = 0;
            m_in = readVarint(m_in, &length);
            const QByteArrayView view(m_in, static_cast<qsizetype>(length));
            m_in += length;
            return view;
        }
        quint64 head = 0;
        m_in = readVarint(m_in, &head);
        const auto length = static_cast<qsizetype>(head >> 1);
        if ((head & 1) == 0) {
            const QByteArrayView view(m_in, length);
            m_in += length;
            return view;
        }
        quint64 distance = 0;
        m_in = readVarint(m_in, &distance);
        m_cursor += unzigzag(distance);
        const QByteArrayView view(m_backing + m_cursor, length);
        m_cursor += length;
        return view;
    }

    [[nodiscard]] const char *position() const { return m_in; }

private:
    const char *m_in;
    const bool m_refers;
    const char *const m_backing;
    qint64 m_cursor = 0;
};

quint32 recordSize(const char *record, bool refers, const char *backing)
{
    RecordReader reader(record, refers, backing);
    for (int i = 0; i < FieldCount; ++i)
        (void)reader.next();
    return static_cast<quint32>(reader.position() - record);
}

} // namespace

void IndicatorTable::ChunkFree::operator()(char *p) const
{
    std::free(p);
}

QByteArray toCell(const QString &text)
{
    return text.toUtf8();
}

IndicatorTable::IndicatorTable() = default;
IndicatorTable::~IndicatorTable() = default;
IndicatorTable::IndicatorTable(IndicatorTable &&other) noexcept = default;
IndicatorTable &IndicatorTable::operator=(IndicatorTable &&other) noexcept = default;

void IndicatorTable::setBacking(std::shared_ptr<const void> owner, QByteArrayView text)
{
    Q_ASSERT(m_rows.empty());
    m_backing.owner = std::move(owner);
    m_backing.text = m_backing.owner ? text : QByteArrayView();
}

void IndicatorTable::setBacking(std::shared_ptr<const FileMapping> file, QByteArrayView text)
{
    const FileMapping *mapping = file.get();
    setBacking(std::shared_ptr<const void>(std::move(file)), text);
    m_backing.file = mapping;
}

void IndicatorTable::releaseBackingPages(int begin, int end) const
{
    if (m_backing.file == nullptr || begin >= end)
        return;
    // From the first byte of the first row to the last byte of the last row, in the file (columns may
    // come in any order); rows written afresh by edits are skipped, a few at most.
    constexpr int kLookAround = 64;
    const char *from = nullptr;
    for (int row = begin; row < end && row < begin + kLookAround && from == nullptr; ++row) {
        for (const QByteArrayView cell : cells(row)) {
            if (!cell.isEmpty() && refersToBacking(cell) && (from == nullptr || cell.data() < from))
                from = cell.data();
        }
    }
    const char *to = nullptr;
    for (int row = end - 1; row >= begin && row >= end - kLookAround && to == nullptr; --row) {
        for (const QByteArrayView cell : cells(row)) {
            if (!cell.isEmpty() && refersToBacking(cell) && (to == nullptr || cell.data() + cell.size() > to))
                to = cell.data() + cell.size();
        }
    }
    if (from != nullptr && to != nullptr && from < to)
        m_backing.file->releasePages(QByteArrayView(from, to - from));
}

bool IndicatorTable::refersToBacking(QByteArrayView view) const
{
    const auto begin = reinterpret_cast<quintptr>(m_backing.text.data());
    const auto at = reinterpret_cast<quintptr>(view.data());
    return at >= begin && at - begin <= static_cast<quintptr>(m_backing.text.size())
           && static_cast<quintptr>(view.size()) <= static_cast<quintptr>(m_backing.text.size()) - (at - begin);
}

const char *IndicatorTable::rowData(const Row &row) const
{
    const Chunk &chunk = m_chunks[static_cast<size_t>((row.offset & ~kRefersFlag) >> 32)];
    return chunk.data.get() + (row.offset & 0xffffffffu);
}

quint32 IndicatorTable::encodedSize(const Row &row) const
{
    return recordSize(rowData(row), (row.offset & kRefersFlag) != 0, m_backing.text.data());
}

QByteArrayView IndicatorTable::cell(int row, Field field) const
{
    const Row &r = m_rows[static_cast<size_t>(row)];
    RecordReader reader(rowData(r), (r.offset & kRefersFlag) != 0, m_backing.text.data());
    for (int i = 0; i < fieldIndex(field); ++i)
        (void)reader.next();
    return reader.next();
}

QString IndicatorTable::text(int row, Field field) const
{
    return QString::fromUtf8(cell(row, field));
}

IndicatorTable::Cells IndicatorTable::cells(int row) const
{
    Cells result;
    const Row &r = m_rows[static_cast<size_t>(row)];
    RecordReader reader(rowData(r), (r.offset & kRefersFlag) != 0, m_backing.text.data());
    for (auto &view : result)
        view = reader.next();
    return result;
}

Indicator IndicatorTable::indicator(int row) const
{
    Indicator result;
    const Cells c = cells(row);
    for (Field f : allFields())
        result[f] = QString::fromUtf8(c[static_cast<size_t>(fieldIndex(f))]);
    return result;
}

char *IndicatorTable::allocate(quint32 bytes, quint64 *offset)
{
    if (m_chunks.empty() || m_chunks.back().capacity - m_chunks.back().used < bytes) {
        Chunk chunk;
        const quint32 grown =
            m_chunks.empty() ? kFirstChunkSize : std::min(kMaxChunkSize, m_chunks.back().capacity * 2);
        chunk.capacity = std::max(grown, bytes);
        chunk.data.reset(allocateChunk(chunk.capacity));
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = m_chunks.back();
    *offset = (quint64(m_chunks.size() - 1) << 32) | chunk.used;
    char *out = chunk.data.get() + chunk.used;
    chunk.used += bytes;
    return out;
}

std::pair<quint64, quint32> IndicatorTable::encode(const Cells &cells)
{
    // Which cells lie in the backing text (a row without any is written plain), and room for the
    // longest the record can be, given back once it is written: one pass over the cells, not two.
    constexpr quint32 kLongestHead = 15; // a varint head of a 32-bit length and a 64-bit distance
    std::array<bool, FieldCount> inBacking{};
    bool refers = false;
    quint32 room = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
        inBacking[i] = m_backing.owner && !cells[i].isEmpty() && refersToBacking(cells[i]);
        refers = refers || inBacking[i];
        room += kLongestHead + (inBacking[i] ? 0 : static_cast<quint32>(cells[i].size()));
    }
    quint64 offset = 0;
    char *const start = allocate(room, &offset);
    char *out = start;
    qint64 cursor = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
        const QByteArrayView view = cells[i];
        if (!refers) {
            out = writeVarint(out, static_cast<quint64>(view.size()));
        } else if (inBacking[i]) {
            const qint64 at = view.data() - m_backing.text.data();
            out = writeVarint(out, quint64(view.size()) << 1 | 1);
            out = writeVarint(out, zigzag(at - cursor));
            cursor = at + view.size();
            continue;
        } else {
            out = writeVarint(out, quint64(view.size()) << 1);
        }
        if (!view.isEmpty()) {
            std::memcpy(out, view.data(), static_cast<size_t>(view.size()));
            out += view.size();
        }
    }
    const auto size = static_cast<quint32>(out - start);
    m_chunks.back().used -= room - size; // allocate() took the room from the end of the last chunk
    m_liveBytes += size;
    return {refers ? offset | kRefersFlag : offset, size};
}

RowId IndicatorTable::appendRow(const Cells &utf8Cells)
{
    const auto [offset, size] = encode(utf8Cells);
    const RowId id = m_nextId++;
    Q_UNUSED(size)
    m_rows.push_back(Row{offset, IssueSet{}, id, 0});
    if (m_rowIndexValid) {
        if (m_rowIndex.size() <= id)
            m_rowIndex.resize(std::max<size_t>(id + 1, m_rowIndex.size() * 2), -1);
        m_rowIndex[id] = rowCount() - 1;
    }
    return id;
}

RowId IndicatorTable::appendIndicator(const Indicator &indicator)
{
    std::array<QByteArray, FieldCount> storage;
    Cells views;
    for (Field f : allFields()) {
        const auto i = static_cast<size_t>(fieldIndex(f));
        storage[i] = toCell(indicator[f]);
        views[i] = storage[i];
    }
    return appendRow(views);
}

RowId IndicatorTable::insertIndicators(int row, const std::vector<Indicator> &indicators)
{
    std::vector<RowId> ids;
    ids.reserve(indicators.size());
    const RowId first = m_nextId;
    for (size_t i = 0; i < indicators.size(); ++i)
        ids.push_back(m_nextId++);
    insertIndicatorsWithIds(row, indicators, ids);
    return first;
}

void IndicatorTable::insertIndicatorsWithIds(int row, const std::vector<Indicator> &indicators,
                                             const std::vector<RowId> &ids)
{
    Q_ASSERT(indicators.size() == ids.size());
    std::vector<Row> fresh;
    fresh.reserve(indicators.size());
    for (size_t i = 0; i < indicators.size(); ++i) {
        std::array<QByteArray, FieldCount> storage;
        Cells views;
        for (Field f : allFields()) {
            const auto k = static_cast<size_t>(fieldIndex(f));
            storage[k] = toCell(indicators[i][f]);
            views[k] = storage[k];
        }
        const quint64 offset = encode(views).first;
        fresh.push_back(Row{offset, IssueSet{}, ids[i], 0});
        m_nextId = std::max(m_nextId, ids[i] + 1);
    }
    m_rows.insert(m_rows.begin() + row, fresh.begin(), fresh.end());
    invalidateRowIndex();
}

void IndicatorTable::replaceRowCells(int row, const Cells &cells)
{
    Row &r = m_rows[static_cast<size_t>(row)];
    const quint32 oldSize = encodedSize(r);
    r.offset = encode(cells).first;
    m_liveBytes -= oldSize;
    m_garbageBytes += oldSize;
}

void IndicatorTable::setCell(int row, Field field, QByteArrayView utf8)
{
    // The new value may point into the arena (a copy from another cell), and encode() may allocate a
    // new chunk but never moves existing ones, so views stay valid while we re-encode.
    Cells c = cells(row);
    c[static_cast<size_t>(fieldIndex(field))] = utf8;
    replaceRowCells(row, c);
    maybeCompact();
}

IndicatorTable IndicatorTable::withCells(const std::vector<std::pair<int, CellChanges>> &rows, int threads) const
{
    const auto rowTotal = m_rows.size();
    std::vector<int> changeOf(rowTotal, -1);
    for (size_t i = 0; i < rows.size(); ++i)
        changeOf[static_cast<size_t>(rows[i].first)] = static_cast<int>(i);

    IndicatorTable result;
    result.m_backing = m_backing;
    result.m_rows = m_rows;
    result.m_readNotes = m_readNotes;
    result.m_sourcePages = m_sourcePages;
    result.m_contexts = m_contexts;
    result.m_contextTexts = m_contextTexts;
    result.m_sourceFiles = m_sourceFiles;
    result.m_nextId = m_nextId;

    // Each thread writes one stretch of rows into arenas of its own; their chunks are then put one
    // after the other and the offsets moved to match.
    const auto parts = static_cast<size_t>(std::clamp<qsizetype>(threads, 1, qMax<qsizetype>(1, rowTotal / 4096)));
    const size_t stretch = (rowTotal + parts - 1) / std::max<size_t>(parts, 1);
    std::vector<IndicatorTable> arenas(parts);
    for (IndicatorTable &arena : arenas) {
        arena.m_backing = m_backing;
    }
    runParts(static_cast<int>(parts), [&](int index) {
        const auto part = static_cast<size_t>(index);
        IndicatorTable &arena = arenas[part];
        const size_t end = std::min(rowTotal, (part + 1) * stretch);
        for (size_t row = part * stretch; row < end; ++row) {
            Cells c = cells(static_cast<int>(row));
            if (const int change = changeOf[row]; change >= 0) {
                for (const auto &[field, value] : rows[static_cast<size_t>(change)].second)
                    c[static_cast<size_t>(fieldIndex(field))] = value;
            }
            result.m_rows[row].offset = arena.encode(c).first;
        }
    });

    for (size_t part = 0; part < parts; ++part) {
        const quint64 base = quint64(result.m_chunks.size()) << 32;
        for (Chunk &chunk : arenas[part].m_chunks)
            result.m_chunks.push_back(std::move(chunk));
        result.m_liveBytes += arenas[part].m_liveBytes;
        const size_t end = std::min(rowTotal, (part + 1) * stretch);
        for (size_t row = part * stretch; row < end; ++row)
            result.m_rows[row].offset += base;
    }
    return result;
}

void IndicatorTable::setText(int row, Field field, const QString &text)
{
    const QByteArray utf8 = toCell(text);
    setCell(row, field, utf8);
}

void IndicatorTable::setIndicator(int row, const Indicator &indicator)
{
    std::array<QByteArray, FieldCount> storage;
    Cells views;
    for (Field f : allFields()) {
        const auto k = static_cast<size_t>(fieldIndex(f));
        storage[k] = toCell(indicator[f]);
        views[k] = storage[k];
    }
    replaceRowCells(row, views);
    maybeCompact();
}

void IndicatorTable::removeRows(int row, int count)
{
    for (int i = row; i < row + count; ++i) {
        const Row &r = m_rows[static_cast<size_t>(i)];
        const quint32 size = encodedSize(r);
        m_liveBytes -= size;
        m_garbageBytes += size;
        m_readNotes.remove(r.id);
    }
    m_rows.erase(m_rows.begin() + row, m_rows.begin() + row + count);
    invalidateRowIndex();
    maybeCompact();
}

void IndicatorTable::clear()
{
    m_rows.clear();
    m_chunks.clear();
    m_readNotes.clear();
    m_sourcePages.clear();
    m_contexts.clear();
    m_contextTexts.clear();
    m_sourceFiles.clear();
    m_backing = {};
    invalidateRowIndex();
    m_rowIndex.clear();
    m_liveBytes = 0;
    m_garbageBytes = 0;
}

void IndicatorTable::reserve(qsizetype rows)
{
    m_rows.reserve(static_cast<size_t>(rows));
}

void IndicatorTable::appendSegments(std::vector<IndicatorTable> &sources, const std::vector<Segment> &segments)
{
    std::vector<quint64> chunkBase;
    chunkBase.reserve(sources.size());
    for (IndicatorTable &source : sources) {
        Q_ASSERT(source.m_sourcePages.isEmpty() && source.m_contexts.isEmpty() && source.m_sourceFiles.isEmpty());
        if (source.m_backing.owner && !m_backing.owner)
            m_backing = source.m_backing;
        Q_ASSERT(!source.m_backing.owner || source.m_backing.owner == m_backing.owner);
        chunkBase.push_back(quint64(m_chunks.size()) << 32);
        for (Chunk &chunk : source.m_chunks)
            m_chunks.push_back(std::move(chunk));
        // Rows of a source that no segment takes stay in the arena, counted as live until compact().
        m_liveBytes += source.m_liveBytes;
        m_garbageBytes += source.m_garbageBytes;
    }
    size_t total = m_rows.size();
    for (const Segment &segment : segments)
        total += static_cast<size_t>(segment.rowCount);
    m_rows.reserve(total);
    for (const Segment &segment : segments) {
        const auto s = static_cast<size_t>(segment.source);
        const IndicatorTable &source = sources[s];
        for (int i = segment.firstRow; i < segment.firstRow + segment.rowCount; ++i) {
            Row row = source.m_rows[static_cast<size_t>(i)];
            const RowId id = m_nextId++;
            if (!source.m_readNotes.isEmpty()) {
                const auto notes = source.m_readNotes.constFind(row.id);
                if (notes != source.m_readNotes.cend())
                    m_readNotes.insert(id, *notes);
            }
            row.id = id;
            row.offset += chunkBase[s];
            if (row.sourceLine != 0)
                row.sourceLine =
                    static_cast<quint32>(qBound<qint64>(0, row.sourceLine + segment.lineOffset, 0xffffffff));
            m_rows.push_back(row);
        }
    }
    for (IndicatorTable &source : sources)
        source.clear();
    invalidateRowIndex();
}

void IndicatorTable::buildRowIndex() const
{
    if (m_rowIndexValid)
        return;
    m_rowIndex.assign(m_nextId, -1);
    for (int i = 0; i < rowCount(); ++i)
        m_rowIndex[m_rows[static_cast<size_t>(i)].id] = i;
    m_rowIndexValid = true;
}

int IndicatorTable::rowOf(RowId id) const
{
    buildRowIndex();
    return id < m_rowIndex.size() ? m_rowIndex[id] : -1;
}

std::vector<IndicatorTable::TakenRow> IndicatorTable::takeRows(const std::vector<int> &sortedRows)
{
    std::vector<TakenRow> taken;
    taken.reserve(sortedRows.size());
    for (int row : sortedRows) {
        const Row &r = m_rows[static_cast<size_t>(row)];
        TakenRow t;
        t.position = row;
        t.id = r.id;
        t.sourceLine = r.sourceLine;
        t.issues = r.issues;
        const Cells c = cells(row);
        for (size_t i = 0; i < c.size(); ++i)
            t.cells[i] = c[i].toByteArray();
        t.readNotes = readNotes(row);
        const quint32 size = encodedSize(r);
        m_liveBytes -= size;
        m_garbageBytes += size;
        m_readNotes.remove(r.id);
        taken.push_back(std::move(t));
    }
    size_t out = 0;
    size_t next = 0;
    for (size_t in = 0; in < m_rows.size(); ++in) {
        if (next < sortedRows.size() && static_cast<size_t>(sortedRows[next]) == in) {
            ++next;
            continue;
        }
        m_rows[out++] = m_rows[in];
    }
    m_rows.resize(out);
    invalidateRowIndex();
    maybeCompact();
    return taken;
}

void IndicatorTable::putBackRows(const std::vector<TakenRow> &rows)
{
    std::vector<Row> merged;
    merged.reserve(m_rows.size() + rows.size());
    size_t old = 0;
    for (const TakenRow &t : rows) {
        while (merged.size() < static_cast<size_t>(t.position) && old < m_rows.size())
            merged.push_back(m_rows[old++]);
        Cells views;
        for (size_t i = 0; i < views.size(); ++i)
            views[i] = t.cells[i];
        const quint64 offset = encode(views).first;
        merged.push_back(Row{offset, t.issues, t.id, t.sourceLine});
        m_nextId = std::max(m_nextId, t.id + 1);
        if (!t.readNotes.isEmpty())
            m_readNotes.insert(t.id, t.readNotes);
    }
    while (old < m_rows.size())
        merged.push_back(m_rows[old++]);
    m_rows.swap(merged);
    invalidateRowIndex();
}

int IndicatorTable::sourcePage(int row) const
{
    if (m_sourcePages.isEmpty())
        return 0;
    return m_sourcePages.value(rowId(row));
}

void IndicatorTable::setSourcePage(int row, int page)
{
    if (page > 0)
        m_sourcePages.insert(rowId(row), page);
    else
        m_sourcePages.remove(rowId(row));
}

IndicatorTable::SourceContext IndicatorTable::sourceContext(int row) const
{
    if (m_contexts.isEmpty())
        return {};
    const auto it = m_contexts.constFind(rowId(row));
    if (it == m_contexts.cend())
        return {};
    return SourceContext{m_contextTexts[it->text], it->start, it->length};
}

void IndicatorTable::setSourceContext(int row, const QString &text, qsizetype start, qsizetype length)
{
    if (text.isEmpty()) {
        m_contexts.remove(rowId(row));
        return;
    }
    // A line holding several values is stored once: readers hand in the rows of one line together.
    if (m_contextTexts.empty() || m_contextTexts.back() != text)
        m_contextTexts.push_back(text);
    const bool inside = start >= 0 && start + length <= text.size();
    m_contexts.insert(rowId(row),
                      ContextRef{static_cast<quint32>(m_contextTexts.size() - 1),
                                 inside ? static_cast<qint32>(start) : -1, inside ? static_cast<quint32>(length) : 0});
}

QString IndicatorTable::sourceFile(int row) const
{
    if (m_sourceFiles.isEmpty())
        return {};
    return m_sourceFiles.value(rowId(row));
}

void IndicatorTable::setSourceFile(int row, const QString &file)
{
    if (!file.isEmpty())
        m_sourceFiles.insert(rowId(row), file);
    else
        m_sourceFiles.remove(rowId(row));
}

void IndicatorTable::addReadNote(int row, const ReadNote &note)
{
    m_readNotes[rowId(row)].append(note);
}

QList<ReadNote> IndicatorTable::readNotes(int row) const
{
    if (m_readNotes.isEmpty())
        return {};
    return m_readNotes.value(rowId(row));
}

void IndicatorTable::clearReadNotes(int row)
{
    m_readNotes.remove(rowId(row));
}

qsizetype IndicatorTable::memoryUsage() const
{
    qsizetype bytes = static_cast<qsizetype>(m_rows.capacity()) * static_cast<qsizetype>(sizeof(Row));
    for (const Chunk &chunk : m_chunks)
        bytes += chunk.capacity;
    return bytes;
}

void IndicatorTable::maybeCompact()
{
    // Reclaim only when garbage dominates, so a burst of single-cell edits costs O(1) each.
    if (m_garbageBytes > 16LL * 1024 * 1024 && m_garbageBytes > m_liveBytes)
        compact();
}

void IndicatorTable::compact()
{
    std::vector<Chunk> old;
    old.swap(m_chunks);
    m_liveBytes = 0;
    m_garbageBytes = 0;
    for (Row &r : m_rows) {
        const quint64 refers = r.offset & kRefersFlag;
        const Chunk &chunk = old[static_cast<size_t>((r.offset & ~kRefersFlag) >> 32)];
        const char *src = chunk.data.get() + (r.offset & 0xffffffffu);
        // Measure in the old arena: rowData() already looks at the new one.
        const quint32 size = recordSize(src, refers != 0, m_backing.text.data());
        quint64 offset = 0;
        char *dst = allocate(size, &offset);
        std::memcpy(dst, src, size);
        r.offset = offset | refers;
        m_liveBytes += size;
    }
}

} // namespace im
