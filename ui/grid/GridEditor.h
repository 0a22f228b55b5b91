// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"
#include "core/indicator/Indicator.h"

#include <QModelIndexList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace im {

class IndicatorDocument;
class IndicatorTableModel;
class TaskRunner;

// Every change the analyst makes to the grid, as undoable steps: one edit, one paste, one bulk edit
// or one "fix all" is one step on the undo stack, however many rows it touches. Views, dialogs and
// panels call this instead of the model, so nothing bypasses undo.
class GridEditor : public QObject
{
    Q_OBJECT

public:
    GridEditor(IndicatorTableModel *model, QUndoStack *undoStack, QObject *parent = nullptr);

    [[nodiscard]] IndicatorTableModel *model() const { return m_model; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    // Locked while a background task reads the table (saving, autosaving): every change is refused.
    void setLocked(bool locked);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    // Where edits asked for in the background run (see Apply).
    void setBackgroundRunner(TaskRunner *runner) { m_runner = runner; }

    // Now: the model holds the edit when the call returns. InBackground: an edit of a large share of
    // the rows (and its undo and redo) is worked out on the background runner, the grid responsive
    // meanwhile; for callers that need nothing of the result at once (dialogs, replace all, clear).
    enum class Apply { Now, InBackground };

    bool setCell(const QModelIndex &index, const QString &text);
    bool applyEdits(RowEdits edits, const QString &description, Apply apply = Apply::Now);
    // In the background, with the edits of `rows` rows listed there too (a bulk edit of a column).
    bool applyEditsInBackground(std::function<RowEdits()> edits, size_t rows, const QString &description);
    bool fillCells(const QModelIndexList &cells, const QString &text, const QString &description);
    bool clearCells(const QModelIndexList &cells);
    // Returns the ids of the new rows (empty when refused).
    std::vector<RowId> insertRows(int viewRow, std::vector<Indicator> rows, const QString &description);
    // Appends the rows of another file's document after the last row, keeping each row's origin there.
    // Returns how many rows were appended (0 when refused).
    int appendRows(std::unique_ptr<IndicatorDocument> from, const QString &file, const QString &description);
    bool removeRows(const std::vector<int> &viewRows);
    bool duplicateRows(const std::vector<int> &viewRows);
    // Pastes a block of text cells with its top-left at (viewRow, column); rows past the last visible
    // one become new rows. The Status column takes no text: a block starting there starts one further.
    bool pasteBlock(int viewRow, int column, const QList<QStringList> &block);

private:
    IndicatorTableModel *m_model;
    QUndoStack *m_undoStack;
    TaskRunner *m_runner = nullptr;
    bool m_locked = false;
};

} // namespace im
