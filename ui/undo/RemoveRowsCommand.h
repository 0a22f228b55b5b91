// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RemovedRows.h"

#include <QUndoCommand>

#include <vector>

namespace im {

class IndicatorTableModel;

// Deletes rows by RowId; undo puts every one back in its place in the table, the sort order and view.
class RemoveRowsCommand : public QUndoCommand
{
public:
    RemoveRowsCommand(IndicatorTableModel *model, std::vector<RowId> rows, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    IndicatorTableModel *m_model;
    std::vector<RowId> m_ids;
    RemovedRows m_removed;
};

} // namespace im
