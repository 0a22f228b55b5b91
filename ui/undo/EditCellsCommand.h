// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"

#include <QUndoCommand>

namespace im {

class IndicatorTableModel;

// Changes cells of any number of rows (an edit, a paste, a bulk edit, a replace, fixes) as one step.
// Rows are named by RowId, so undo finds them after sorting, filtering, inserts and deletes.
class EditCellsCommand : public QUndoCommand
{
public:
    EditCellsCommand(IndicatorTableModel *model, RowEdits edits, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    IndicatorTableModel *m_model;
    RowEdits m_redo;
    RowEdits m_undo;
};

} // namespace im
