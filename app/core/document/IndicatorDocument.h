// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/validation/DuplicateIndex.h"
#include "core/validation/Fixes.h"

#include <functional>
#include <vector>

namespace im {

// Counts over a whole document, for status bars and the CLI.
struct ValidationSummary
{
    int rows = 0;
    int valid = 0;       // rows without errors (they may have warnings)
    int invalid = 0;     // rows with at least one error
    int warningRows = 0; // rows with at least one warning
    int warnings = 0;    // warning issues in all
    int errors = 0;      // error issues in all
    int duplicates = 0;  // rows that repeat an earlier row
};

// An open table with its validation kept current: every edit goes through here so that the issues of
// the edited row, and of the rows it duplicates or conflicts with, are always right.
class IndicatorDocument
{
public:
    IndicatorDocument();
    explicit IndicatorDocument(IndicatorTable &&table);

    [[nodiscard]] const IndicatorTable &table() const { return m_table; }
    [[nodiscard]] const DuplicateIndex &duplicates() const { return m_duplicates; }
    [[nodiscard]] int rowCount() const { return m_table.rowCount(); }

    // The clock for "expiration in the past"; the current time unless a test fixes it.
    void setNow(qint64 nowMsecs) { m_now = nowMsecs; }
    [[nodiscard]] qint64 now() const;

    // Validates every row on all cores. progress(rowsDone) may return false to cancel, which leaves
    // the issues partly updated: call again before relying on them.
    bool validateAll(const std::function<bool(int)> &progress = {});

    // Edits. Each returns the rows whose issues changed besides the edited rows themselves.
    std::vector<int> setCell(int row, Field field, QByteArrayView utf8);
    std::vector<int> setText(int row, Field field, const QString &text);
    std::vector<int> setIndicator(int row, const Indicator &indicator);
    std::vector<int> applyFix(int row, const Fix &fix);
    std::vector<int> insertIndicators(int row, const std::vector<Indicator> &indicators,
                                      const std::vector<RowId> &ids = {});
    std::vector<int> removeRows(int row, int count);

    using CellChanges = IndicatorTable::CellChanges;
    // Several cells of one row at once, revalidated once (bulk edits, paste, undo).
    std::vector<int> setCells(int row, const CellChanges &cells);
    // The cells of many distinct rows, then the whole table validated once on every core: for an edit
    // of a large share of the rows (a bulk edit of a column) far cheaper than row by row, each settling
    // the duplicate index. Any row's issues may change.
    void setCellsOfRows(const std::vector<std::pair<int, CellChanges>> &rows);
    // setCellsOfRows() in two steps: a copy of the document with the cells set and validated, made
    // while this one is only read (on a worker, as the grid goes on painting), then taken over here.
    [[nodiscard]] IndicatorDocument withCellsOfRows(const std::vector<std::pair<int, CellChanges>> &rows) const;
    void adopt(IndicatorDocument &&edited);
    // Whether an edit of this many rows is cheaper through setCellsOfRows().
    [[nodiscard]] bool isLargeEdit(size_t rows) const;
    // Where a row came from (rows appended from another file): its line, page, file and the text it was
    // read from (for the source panel); the rules do not look at it.
    void setSource(int row, qint64 line, int page, const QString &file,
                   const IndicatorTable::SourceContext &context = {});
    // Replaces what the reader noted about a row (undo of "I have checked this row").
    std::vector<int> setReadNotes(int row, const QList<ReadNote> &notes);
    // Removes rows at ascending indexes in one pass; the result puts them back with putBackRows().
    // *changed receives the remaining rows whose issues changed (indexes after the removal).
    std::vector<IndicatorTable::TakenRow> takeRows(const std::vector<int> &sortedRows, std::vector<int> *changed);
    // Returns the rows whose issues changed besides the restored ones.
    std::vector<int> putBackRows(const std::vector<IndicatorTable::TakenRow> &rows);

    [[nodiscard]] ValidationSummary summary() const;
    // Issues of a row as validated; an empty set for rows never validated.
    [[nodiscard]] const IssueSet &issues(int row) const { return m_table.issues(row); }

private:
    void revalidateRow(int row);
    std::vector<int> withKeyChange(int row, const std::function<void()> &change);

    IndicatorTable m_table;
    DuplicateIndex m_duplicates;
    qint64 m_now = 0;
};

} // namespace im
