// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"
#include "core/indicator/IndicatorField.h"
#include "core/validation/IssueCode.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <memory>
#include <utility>
#include <vector>

namespace im {

class FileMapping;

using RowId = quint32; // stable identity of a row across edits, sorting, inserts and deletes

// Something a reader noticed while taking a row from its file that the cells alone cannot show
// (extra fields that had no column, an unterminated quote, a JSON element that was not an object).
struct ReadNote
{
    IssueCode code;
    QString detail; // untranslated data (the dropped values, the JSON type), shown inside a translated message
};

// The indicators of one open document, stored compactly enough for millions of rows.
//
// Each row's fifteen cells are UTF-8, encoded back to back as (varint length, bytes) in an append-only
// arena of large chunks; a row costs its text plus 40 bytes of bookkeeping. Editing a cell re-encodes
// the row at the end of the arena and the old bytes become garbage, reclaimed by compact().
//
// A table may also keep a backing text alive (a file mapped read-only): a row whose cells lie in it is
// encoded as where they lie, about 40 bytes a row instead of a copy of its text, which spares the
// fresh memory a copy of a big file would take.
//
// Views returned by cell() stay valid until the next mutation. The table is not thread-safe; a
// worker may fill its own table and hand it over by move.
class IndicatorTable
{
public:
    using Cells = std::array<QByteArrayView, FieldCount>;

    IndicatorTable();
    ~IndicatorTable();
    IndicatorTable(IndicatorTable &&other) noexcept;
    IndicatorTable &operator=(IndicatorTable &&other) noexcept;
    IndicatorTable(const IndicatorTable &) = delete;
    IndicatorTable &operator=(const IndicatorTable &) = delete;

    // Text the cells given to appendRow() and setCell() may point into; `owner` keeps it valid for as
    // long as this table and every copy made by withCells() refer to it. Set before the first row.
    void setBacking(std::shared_ptr<const void> owner, QByteArrayView text);
    // The same with text in a file mapped read-only, whose pages the table may give back.
    void setBacking(std::shared_ptr<const FileMapping> file, QByteArrayView text);
    [[nodiscard]] bool hasBacking() const { return m_backing.owner != nullptr; }
    // A pass over rows [begin, end) is done with their cells: when these lie in a mapped file, the pages
    // under the rows are given back (FileMapping::releasePages) and read again when next touched, so that
    // a pass over a big file holds the pages it works on, not the whole file. Rows in file order (a table
    // as read) give back exactly their own pages; any other order gives back less, never a wrong byte.
    // Thread-safe against reads and setIssues() of other rows.
    void releaseBackingPages(int begin, int end) const;

    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool isEmpty() const { return m_rows.empty(); }

    [[nodiscard]] QByteArrayView cell(int row, Field field) const;
    [[nodiscard]] QString text(int row, Field field) const;
    [[nodiscard]] Cells cells(int row) const;
    [[nodiscard]] Indicator indicator(int row) const;

    void setCell(int row, Field field, QByteArrayView utf8);
    void setText(int row, Field field, const QString &text);
    void setIndicator(int row, const Indicator &indicator);

    // New values for some cells of one row, as views: the bytes live with the caller until the call
    // that takes them returns.
    using CellChanges = std::vector<std::pair<Field, QByteArrayView>>;
    // A copy of this table with the cells of many distinct rows set, written afresh on `threads` threads
    // (a bulk edit of a column): rows keep their ids, issues, sources and notes, and the copy has no
    // garbage. This table is only read, so the grid can go on showing it meanwhile.
    [[nodiscard]] IndicatorTable withCells(const std::vector<std::pair<int, CellChanges>> &rows, int threads) const;

    RowId appendRow(const Cells &utf8Cells);
    RowId appendIndicator(const Indicator &indicator);
    // Inserts rows before `row`; returns the id of the first. Ids are never reused.
    RowId insertIndicators(int row, const std::vector<Indicator> &indicators);
    // Re-inserts rows with their former ids (undo of a delete).
    void insertIndicatorsWithIds(int row, const std::vector<Indicator> &indicators, const std::vector<RowId> &ids);
    void removeRows(int row, int count);
    void clear();

    // A row taken out of the table with everything that belongs to it, so that it can be put back
    // exactly as it was (undo of a delete): its cells, id, source line, issues and read notes.
    struct TakenRow
    {
        int position = 0; // index the row had in the table
        RowId id = 0;
        quint32 sourceLine = 0;
        IssueSet issues;
        std::array<QByteArray, FieldCount> cells;
        QList<ReadNote> readNotes;
    };
    // Removes the rows at the given ascending indexes in one pass over the table.
    std::vector<TakenRow> takeRows(const std::vector<int> &sortedRows);
    // Re-inserts rows returned by takeRows() (ascending positions) where they were.
    void putBackRows(const std::vector<TakenRow> &rows);
    // Reserves room for about `rows` rows, so a big load does not copy the row records as it grows.
    void reserve(qsizetype rows);

    // Rows read in parallel: each thread fills a table of its own, then the rows are appended here in
    // order, segment by segment, each with new ids, its read notes and its source line moved by
    // `lineOffset`. The sources' arenas move over without a copy; the sources are left empty.
    struct Segment
    {
        int source = 0; // index into the sources
        int firstRow = 0;
        int rowCount = 0;
        qint64 lineOffset = 0;
    };
    void appendSegments(std::vector<IndicatorTable> &sources, const std::vector<Segment> &segments);

    [[nodiscard]] RowId rowId(int row) const { return m_rows[static_cast<size_t>(row)].id; }
    [[nodiscard]] int rowOf(RowId id) const; // -1 when the row is gone
    // rowOf() builds its index on first use; built here first, threads that share the table only read it.
    void buildRowIndex() const;

    [[nodiscard]] const IssueSet &issues(int row) const { return m_rows[static_cast<size_t>(row)].issues; }
    void setIssues(int row, const IssueSet &issues) { m_rows[static_cast<size_t>(row)].issues = issues; }

    // Source line of the row in the file it came from (1-based; 0 when the row was made in the app).
    [[nodiscard]] qint64 sourceLine(int row) const { return m_rows[static_cast<size_t>(row)].sourceLine; }
    void setSourceLine(int row, qint64 line)
    {
        m_rows[static_cast<size_t>(row)].sourceLine = static_cast<quint32>(qBound<qint64>(0, line, 0xffffffff));
    }

    // Page of the source document the row came from (a PDF report; 0 otherwise). Held beside the rows,
    // by id, since few rows have one; ids are never reused, so a deleted row's page can wait for clear().
    [[nodiscard]] int sourcePage(int row) const;
    void setSourcePage(int row, int page);
    // File the row came from when it is not the document's own (rows appended from another file);
    // empty otherwise. Kept by id like the page, so undo and redo of the row keep it too.
    [[nodiscard]] QString sourceFile(int row) const;
    void setSourceFile(int row, const QString &file);

    // The text a row was read from (a report's line, a MISP attribute's event and comment) and where
    // its value stands in it, for the source panel and the {context} template field. Rows from
    // tables have none. Kept like pages, by id; rows of one line share one stored text.
    struct SourceContext
    {
        QString text;         // empty when the row has no context
        qsizetype start = -1; // the value's position in text, -1 when it is not there as written
        qsizetype length = 0;
    };
    [[nodiscard]] SourceContext sourceContext(int row) const;
    void setSourceContext(int row, const QString &text, qsizetype start, qsizetype length);
    [[nodiscard]] bool hasSourceContext() const { return !m_contexts.isEmpty(); }

    void addReadNote(int row, const ReadNote &note);
    [[nodiscard]] QList<ReadNote> readNotes(int row) const;
    void clearReadNotes(int row);
    [[nodiscard]] bool hasReadNotes() const { return !m_readNotes.isEmpty(); }

    // Bytes held by the table (arena chunks plus row records), for the memory benchmarks.
    [[nodiscard]] qsizetype memoryUsage() const;
    [[nodiscard]] qsizetype garbageBytes() const { return m_garbageBytes; }
    // Rewrites the arena without garbage. Invalidates every view.
    void compact();

private:
    struct Row
    {
        quint64 offset; // kRefersFlag | chunk index << 32 | position in chunk
        IssueSet issues;
        RowId id;
        quint32 sourceLine; // line in the source file, 0 if none
    };
    static_assert(sizeof(IssueSet) == 16);
    struct ChunkFree
    {
        void operator()(char *p) const;
    };
    struct Chunk
    {
        std::unique_ptr<char, ChunkFree> data;
        quint32 capacity = 0;
        quint32 used = 0;
    };

    // Set in Row::offset when the row's record refers to the backing text (see encode()).
    static constexpr quint64 kRefersFlag = quint64(1) << 63;

    [[nodiscard]] const char *rowData(const Row &row) const;
    [[nodiscard]] bool refersToBacking(QByteArrayView view) const;
    [[nodiscard]] quint32 encodedSize(const Row &row) const;
    // Encodes the cells into the arena; returns (offset, size).
    std::pair<quint64, quint32> encode(const Cells &cells);
    char *allocate(quint32 bytes, quint64 *offset);
    void replaceRowCells(int row, const Cells &cells);
    void maybeCompact();
    void invalidateRowIndex() const { m_rowIndexValid = false; }

    std::vector<Row> m_rows;
    std::vector<Chunk> m_chunks;
    struct Backing
    {
        std::shared_ptr<const void> owner;
        QByteArrayView text;
        const FileMapping *file = nullptr; // the owner, when the text is a mapped file
    };
    Backing m_backing;
    QHash<RowId, QList<ReadNote>> m_readNotes;
    QHash<RowId, int> m_sourcePages;
    struct ContextRef
    {
        quint32 text; // index into m_contextTexts
        qint32 start;
        quint32 length;
    };
    QHash<RowId, ContextRef> m_contexts;
    std::vector<QString> m_contextTexts;
    QHash<RowId, QString> m_sourceFiles;
    // By RowId: the row's index, -1 for ids not in the table. Built on demand by rowOf(); a plain
    // vector takes a few milliseconds to rebuild for a million rows where a hash took a tenth of a second.
    mutable std::vector<int> m_rowIndex;
    mutable bool m_rowIndexValid = false;
    qsizetype m_liveBytes = 0;
    qsizetype m_garbageBytes = 0;
    RowId m_nextId = 1;
};

// Encodes a QString cell value for the table; the returned storage must outlive the use of its view.
QByteArray toCell(const QString &text);

} // namespace im
