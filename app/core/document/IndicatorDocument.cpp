// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/IndicatorDocument.h"

#include "core/document/IssueStatistics.h"
#include "core/document/ValidationThreads.h"
#include "core/validation/RowValidator.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <utility>

namespace im {
namespace {

IssueSet withReadNotes(const IndicatorTable &table, int row, IssueSet issues)
{
    if (table.hasReadNotes()) {
        const auto notes = table.readNotes(row);
        for (const ReadNote &note : notes) {
            // The note that the user checked a well-known value takes the warning off while the value stays.
            if (note.code != IssueCode::ValueWellKnownBenign)
                issues.insert(note.code);
            else if (note.detail.toUtf8() == trimmedValue(table.cell(row, Field::IndicatorValue)))
                issues.remove(note.code);
        }
    }
    return issues;
}

bool touchesKey(Field field)
{
    return field == Field::IndicatorType || field == Field::IndicatorValue || field == Field::Action
           || field == Field::RbacGroupNames;
}

} // namespace

IndicatorDocument::IndicatorDocument() = default;

IndicatorDocument::IndicatorDocument(IndicatorTable &&table)
    : m_table(std::move(table))
{
}

qint64 IndicatorDocument::now() const
{
    return m_now != 0 ? m_now : RowValidator::currentTime();
}

bool IndicatorDocument::validateAll(const std::function<bool(int)> &progress)
{
    const RowValidator validator(now());
    const int rows = m_table.rowCount();
    // Rows are independent: threads take chunks of rows in turn from a shared counter, so a thread
    // that the machine slows down holds up at most one chunk. Issues are written to distinct rows and
    // reads of the table are const; the duplicate index is built after, from every row's key.
    const int kChunk = ValidationThreads::chunkRows();
    const int chunks = (rows + kChunk - 1) / kChunk;
    const int threads = ValidationThreads::forRows(rows);
    std::vector<DuplicateIndex::RowKey> keys(static_cast<size_t>(rows));
    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};

    auto work = [&] {
        QByteArray scratch;
        for (;;) {
            const int chunk = nextChunk.fetch_add(1, std::memory_order_relaxed);
            if (chunk >= chunks || cancelled.load(std::memory_order_relaxed))
                return;
            const int begin = chunk * kChunk;
            const int end = std::min(rows, begin + kChunk);
            for (int row = begin; row < end; ++row) {
                const IssueSet dupBits = m_table.issues(row);
                const IndicatorTable::Cells cells = m_table.cells(row);
                keys[static_cast<size_t>(row)] = DuplicateIndex::rowKey(cells, scratch);
                IssueSet issues = withReadNotes(m_table, row, validator.validate(cells));
                DuplicateIndex::keepTableIssues(dupBits, issues);
                m_table.setIssues(row, issues);
            }
            m_table.releaseBackingPages(begin, end);
            done.fetch_add(end - begin, std::memory_order_relaxed);
        }
    };

    if (threads <= 1) {
        work();
    } else {
        std::atomic<int> finished{0};
        std::vector<std::thread> pool;
        pool.reserve(static_cast<size_t>(threads));
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                work();
                finished.fetch_add(1);
            });
        }
        while (progress && finished.load() < threads) {
            if (!progress(done.load()))
                cancelled = true;
            QThread::msleep(20);
        }
        for (auto &t : pool)
            t.join();
    }
    if (cancelled)
        return false;
    m_duplicates.rebuild(m_table, std::move(keys), threads);
    if (progress)
        progress(rows);
    return true;
}

void IndicatorDocument::revalidateRow(int row)
{
    const RowValidator validator(now());
    IssueSet issues = withReadNotes(m_table, row, validator.validate(m_table.cells(row)));
    const IssueSet old = m_table.issues(row);
    DuplicateIndex::keepTableIssues(old, issues);
    m_table.setIssues(row, issues);
}

std::vector<int> IndicatorDocument::withKeyChange(int row, const std::function<void()> &change)
{
    m_duplicates.remove(m_table, row);
    change();
    m_duplicates.add(m_table, row);
    revalidateRow(row);
    std::vector<int> changed = m_duplicates.settle(m_table);
    changed.erase(std::remove(changed.begin(), changed.end(), row), changed.end());
    return changed;
}

std::vector<int> IndicatorDocument::setCell(int row, Field field, QByteArrayView utf8)
{
    if (!touchesKey(field)) {
        m_table.setCell(row, field, utf8);
        revalidateRow(row);
        return {};
    }
    return withKeyChange(row, [&] { m_table.setCell(row, field, utf8); });
}

std::vector<int> IndicatorDocument::setText(int row, Field field, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return setCell(row, field, utf8);
}

std::vector<int> IndicatorDocument::setIndicator(int row, const Indicator &indicator)
{
    return withKeyChange(row, [&] { m_table.setIndicator(row, indicator); });
}

std::vector<int> IndicatorDocument::applyFix(int row, const Fix &fix)
{
    return withKeyChange(row, [&] {
        if (fix.dismissReadNotes) {
            m_table.clearReadNotes(row);
            for (const ReadNote &note : fix.readNotesAfter())
                m_table.addReadNote(row, note);
        }
        for (const auto &[field, value] : fix.edits)
            m_table.setCell(row, field, value);
    });
}

void IndicatorDocument::setSource(int row, qint64 line, int page, const QString &file,
                                  const IndicatorTable::SourceContext &context)
{
    m_table.setSourceLine(row, line);
    m_table.setSourcePage(row, page);
    m_table.setSourceFile(row, file);
    if (!context.text.isEmpty())
        m_table.setSourceContext(row, context.text, context.start, context.length);
}

std::vector<int> IndicatorDocument::insertIndicators(int row, const std::vector<Indicator> &indicators,
                                                     const std::vector<RowId> &ids)
{
    if (ids.empty())
        m_table.insertIndicators(row, indicators);
    else
        m_table.insertIndicatorsWithIds(row, indicators, ids);
    const int count = static_cast<int>(indicators.size());
    for (int r = row; r < row + count; ++r) {
        revalidateRow(r);
        m_duplicates.add(m_table, r);
    }
    std::vector<int> changed = m_duplicates.settle(m_table);
    changed.erase(std::remove_if(changed.begin(), changed.end(), [&](int r) { return r >= row && r < row + count; }),
                  changed.end());
    return changed;
}

std::vector<int> IndicatorDocument::removeRows(int row, int count)
{
    for (int r = row; r < row + count; ++r)
        m_duplicates.remove(m_table, r);
    m_table.removeRows(row, count);
    return m_duplicates.settle(m_table);
}

void IndicatorDocument::setCellsOfRows(const std::vector<std::pair<int, CellChanges>> &rows)
{
    adopt(withCellsOfRows(rows));
}

IndicatorDocument IndicatorDocument::withCellsOfRows(const std::vector<std::pair<int, CellChanges>> &rows) const
{
    IndicatorDocument edited(m_table.withCells(rows, ValidationThreads::forRows(m_table.rowCount())));
    edited.m_now = m_now;
    edited.validateAll();
    return edited;
}

void IndicatorDocument::adopt(IndicatorDocument &&edited)
{
    m_table = std::move(edited.m_table);
    m_duplicates = std::move(edited.m_duplicates);
}

bool IndicatorDocument::isLargeEdit(size_t rows) const
{
    // Validating everything costs about as much as checking an eighth of the rows one by one.
    constexpr size_t kMinimum = 4096;
    return rows >= kMinimum && rows >= static_cast<size_t>(m_table.rowCount()) / 8;
}

std::vector<int> IndicatorDocument::setCells(int row, const CellChanges &cells)
{
    const bool keyChange = std::any_of(cells.begin(), cells.end(), [](const auto &c) { return touchesKey(c.first); });
    auto change = [&] {
        for (const auto &[field, value] : cells)
            m_table.setCell(row, field, value);
    };
    if (!keyChange) {
        change();
        revalidateRow(row);
        return {};
    }
    return withKeyChange(row, change);
}

std::vector<int> IndicatorDocument::setReadNotes(int row, const QList<ReadNote> &notes)
{
    m_table.clearReadNotes(row);
    for (const ReadNote &note : notes)
        m_table.addReadNote(row, note);
    revalidateRow(row);
    return {};
}

std::vector<IndicatorTable::TakenRow> IndicatorDocument::takeRows(const std::vector<int> &sortedRows,
                                                                  std::vector<int> *changed)
{
    for (int r : sortedRows)
        m_duplicates.remove(m_table, r);
    std::vector<IndicatorTable::TakenRow> taken = m_table.takeRows(sortedRows);
    std::vector<int> settled = m_duplicates.settle(m_table);
    if (changed)
        *changed = std::move(settled);
    return taken;
}

std::vector<int> IndicatorDocument::putBackRows(const std::vector<IndicatorTable::TakenRow> &rows)
{
    m_table.putBackRows(rows);
    std::vector<int> positions;
    positions.reserve(rows.size());
    for (const IndicatorTable::TakenRow &t : rows) {
        revalidateRow(t.position);
        m_duplicates.add(m_table, t.position);
        positions.push_back(t.position);
    }
    std::vector<int> changed = m_duplicates.settle(m_table);
    changed.erase(std::remove_if(changed.begin(), changed.end(),
                                 [&](int r) { return std::binary_search(positions.begin(), positions.end(), r); }),
                  changed.end());
    return changed;
}

ValidationSummary IndicatorDocument::summary() const
{
    return IssueStatistics::of(m_table).summary;
}

} // namespace im
