// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace im {

class IndicatorTableModel;
class TaskRunner;

// Changes cells of any number of rows (an edit, a paste, a bulk edit, a replace, fixes) as one step.
// Rows are named by RowId, so undo finds them after sorting, filtering, inserts and deletes.
class EditCellsCommand : public QUndoCommand
{
public:
    EditCellsCommand(IndicatorTableModel *model, RowEdits edits, const QString &text, QUndoCommand *parent = nullptr);
    // Edits listed only when the step is first done, on the worker when it runs there (listing a
    // million rows' edits takes longer than the UI thread may wait); `rows` says how many there will be.
    using EditsOf = std::function<RowEdits()>;
    EditCellsCommand(IndicatorTableModel *model, EditsOf edits, size_t rows, const QString &text);

    // An edit of a large share of the rows, done, undone and redone on this runner's worker while the
    // grid stays responsive (the runner locks editing meanwhile). Only for a step of its own: a part
    // of a larger step must be done when the next part starts.
    void setBackgroundRunner(TaskRunner *runner) { m_runner = runner; }

    void redo() override;
    void undo() override;

private:
    // The edits both ways, shared with a background task that may outlive the command.
    struct Edits
    {
        RowEdits redo;
        RowEdits undo;
        EditsOf listRedo; // lists `redo` when set
        size_t listedRows = 0;
    };
    // Applies one side of the edits and puts what reverses it on the other side.
    void apply(RowEdits Edits::*from, RowEdits Edits::*to);
    bool applyInBackground(RowEdits Edits::*from, RowEdits Edits::*to);
    static void listEdits(Edits &edits);

    IndicatorTableModel *m_model;
    TaskRunner *m_runner = nullptr;
    std::shared_ptr<Edits> m_edits;
};

} // namespace im
