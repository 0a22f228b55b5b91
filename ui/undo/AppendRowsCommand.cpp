// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/AppendRowsCommand.h"

#include "core/document/IndicatorDocument.h"
#include "core/model/IndicatorTableModel.h"

namespace im {
namespace {

std::vector<Indicator> indicatorsOf(const IndicatorTable &table)
{
    std::vector<Indicator> rows;
    rows.reserve(static_cast<size_t>(table.rowCount()));
    for (int r = 0; r < table.rowCount(); ++r)
        rows.push_back(table.indicator(r));
    return rows;
}

} // namespace

AppendRowsCommand::AppendRowsCommand(IndicatorTableModel *model, std::unique_ptr<IndicatorDocument> from,
                                     const QString &file, const QString &text)
    : InsertRowsCommand(model, model->rowCount(), indicatorsOf(from->table()), text)
    , m_from(std::move(from))
    , m_file(file)
{
}

AppendRowsCommand::~AppendRowsCommand() = default;

void AppendRowsCommand::redo()
{
    InsertRowsCommand::redo();
    // Later redos put the rows back whole, origin included.
    if (m_from) {
        model()->setRowSources(rowIds(), m_from->table(), m_file);
        m_from.reset();
    }
}

} // namespace im
