// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/InsertRowsCommand.h"

#include "core/model/IndicatorTableModel.h"

namespace im {

InsertRowsCommand::InsertRowsCommand(IndicatorTableModel *model, int viewRow, std::vector<Indicator> rows,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_viewRow(viewRow)
    , m_rows(std::move(rows))
{
}

void InsertRowsCommand::redo()
{
    if (m_ids.empty()) {
        m_ids = m_model->insertIndicators(m_viewRow, m_rows);
        m_rows.clear(); // the table holds them now; undo keeps its own copy
        m_rows.shrink_to_fit();
    } else {
        m_model->restoreRows(m_removed);
        m_removed = RemovedRows();
    }
}

void InsertRowsCommand::undo()
{
    m_removed = m_model->removeRowsById(m_ids);
}

} // namespace im
