// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/GridEditor.h"

#include "core/document/IndicatorDocument.h"
#include "core/model/IndicatorTableModel.h"
#include "ui/undo/AppendRowsCommand.h"
#include "ui/undo/EditCellsCommand.h"
#include "ui/undo/InsertRowsCommand.h"
#include "ui/undo/RemoveRowsCommand.h"

#include <QUndoStack>

#include <algorithm>
#include <map>

namespace im {

GridEditor::GridEditor(IndicatorTableModel *model, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(undoStack)
{
}

void GridEditor::setLocked(bool locked)
{
    m_locked = locked;
}

bool GridEditor::setCell(const QModelIndex &index, const QString &text)
{
    const auto field = fieldOfColumn(index.column());
    if (!index.isValid() || !field)
        return false;
    //: Undo step; %1 is a column name such as "Indicator value"
    return applyEdits({RowEdit{m_model->rowIdAt(index.row()), {{*field, text.toUtf8()}}, std::nullopt}},
                      tr("Edit %1").arg(IndicatorTableModel::columnTitle(index.column())));
}

bool GridEditor::applyEdits(RowEdits edits, const QString &description, Apply apply)
{
    if (m_locked || edits.empty())
        return false;
    const int before = m_undoStack->index();
    auto *command = new EditCellsCommand(m_model, std::move(edits), description);
    if (apply == Apply::InBackground)
        command->setBackgroundRunner(m_runner);
    m_undoStack->push(command);
    return m_undoStack->index() > before; // an edit that changed nothing was dropped
}

bool GridEditor::applyEditsInBackground(std::function<RowEdits()> edits, size_t rows, const QString &description)
{
    if (m_locked || rows == 0)
        return false;
    auto *command = new EditCellsCommand(m_model, std::move(edits), rows, description);
    command->setBackgroundRunner(m_runner);
    const int before = m_undoStack->index();
    m_undoStack->push(command);
    return m_undoStack->index() > before;
}

bool GridEditor::fillCells(const QModelIndexList &cells, const QString &text, const QString &description)
{
    // One edit per row, so a row's cells are revalidated once.
    std::map<int, RowEdit> byRow;
    const QByteArray utf8 = text.toUtf8();
    for (const QModelIndex &index : cells) {
        const auto field = fieldOfColumn(index.column());
        if (!field)
            continue;
        RowEdit &edit = byRow[index.row()];
        edit.row = m_model->rowIdAt(index.row());
        edit.cells.emplace_back(*field, utf8);
    }
    RowEdits edits;
    edits.reserve(byRow.size());
    for (auto &[row, edit] : byRow)
        edits.push_back(std::move(edit));
    return applyEdits(std::move(edits), description, Apply::InBackground);
}

bool GridEditor::clearCells(const QModelIndexList &cells)
{
    return fillCells(cells, QString(), tr("Clear cells"));
}

std::vector<RowId> GridEditor::insertRows(int viewRow, std::vector<Indicator> rows, const QString &description)
{
    if (m_locked || rows.empty())
        return {};
    auto *command = new InsertRowsCommand(m_model, viewRow, std::move(rows), description);
    m_undoStack->push(command);
    return command->rowIds();
}

int GridEditor::appendRows(std::unique_ptr<IndicatorDocument> from, const QString &file, const QString &description)
{
    if (m_locked || !from || from->rowCount() == 0)
        return 0;
    const int count = from->rowCount();
    m_undoStack->push(new AppendRowsCommand(m_model, std::move(from), file, description));
    return count;
}

bool GridEditor::removeRows(const std::vector<int> &viewRows)
{
    if (m_locked || viewRows.empty())
        return false;
    std::vector<RowId> ids;
    ids.reserve(viewRows.size());
    for (int r : viewRows)
        ids.push_back(m_model->rowIdAt(r));
    const int count = static_cast<int>(ids.size());
    m_undoStack->push(new RemoveRowsCommand(m_model, std::move(ids), tr("Delete %n row(s)", nullptr, count)));
    return true;
}

bool GridEditor::duplicateRows(const std::vector<int> &viewRows)
{
    if (viewRows.empty())
        return false;
    std::vector<Indicator> copies;
    copies.reserve(viewRows.size());
    for (int r : viewRows)
        copies.push_back(m_model->document().table().indicator(m_model->tableRow(r)));
    const int count = static_cast<int>(copies.size());
    return !insertRows(viewRows.back() + 1, std::move(copies), tr("Duplicate %n row(s)", nullptr, count)).empty();
}

bool GridEditor::pasteBlock(int viewRow, int column, const QList<QStringList> &block)
{
    if (m_locked || block.isEmpty())
        return false;
    column = std::max(column, 1); // the Status column is computed, never pasted into
    const int existingRows = m_model->rowCount();
    RowEdits edits;
    std::vector<Indicator> newRows;
    for (qsizetype r = 0; r < block.size(); ++r) {
        const QStringList &cells = block[r];
        const int target = viewRow + static_cast<int>(r);
        RowEdit edit;
        Indicator fresh;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const auto field = fieldOfColumn(column + static_cast<int>(c));
            if (!field)
                continue;
            if (target < existingRows)
                edit.cells.emplace_back(*field, cells[c].toUtf8());
            else
                fresh[*field] = cells[c];
        }
        if (target < existingRows) {
            edit.row = m_model->rowIdAt(target);
            if (!edit.cells.empty())
                edits.push_back(std::move(edit));
        } else {
            newRows.push_back(std::move(fresh));
        }
    }
    if (edits.empty() && newRows.empty())
        return false;
    const int rows = static_cast<int>(block.size());
    auto *paste = new QUndoCommand(tr("Paste %n row(s)", nullptr, rows));
    if (!edits.empty())
        new EditCellsCommand(m_model, std::move(edits), paste->text(), paste);
    if (!newRows.empty())
        new InsertRowsCommand(m_model, existingRows, std::move(newRows), paste->text(), paste);
    m_undoStack->push(paste);
    return true;
}

} // namespace im
