// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"
#include "core/model/RemovedRows.h"

#include <QUndoCommand>

#include <vector>

namespace im {

class IndicatorTableModel;

// Inserts new rows before a view row. Undo deletes them by RowId; redo puts the same rows, with the
// same ids, back where they were.
class InsertRowsCommand : public QUndoCommand
{
public:
    InsertRowsCommand(IndicatorTableModel *model, int viewRow, std::vector<Indicator> rows, const QString &text,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    [[nodiscard]] const std::vector<RowId> &rowIds() const { return m_ids; }

protected:
    [[nodiscard]] IndicatorTableModel *model() const { return m_model; }

private:
    IndicatorTableModel *m_model;
    int m_viewRow;
    std::vector<Indicator> m_rows;
    std::vector<RowId> m_ids;
    RemovedRows m_removed;
};

} // namespace im
