// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/RemoveRowsCommand.h"

#include "core/model/IndicatorTableModel.h"

namespace im {

RemoveRowsCommand::RemoveRowsCommand(IndicatorTableModel *model, std::vector<RowId> rows, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_ids(std::move(rows))
{
}

void RemoveRowsCommand::redo()
{
    m_removed = m_model->removeRowsById(m_ids);
}

void RemoveRowsCommand::undo()
{
    m_model->restoreRows(m_removed);
    m_removed = RemovedRows();
}

} // namespace im
