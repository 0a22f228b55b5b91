// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EditCellsCommand.h"

#include "core/model/IndicatorTableModel.h"

namespace im {

EditCellsCommand::EditCellsCommand(IndicatorTableModel *model, RowEdits edits, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_redo(std::move(edits))
{
}

void EditCellsCommand::redo()
{
    m_undo = m_model->applyEdits(m_redo);
    // An edit that changed nothing leaves no step behind.
    setObsolete(m_undo.empty());
}

void EditCellsCommand::undo()
{
    m_redo = m_model->applyEdits(m_undo);
}

} // namespace im
