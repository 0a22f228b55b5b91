// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EditCellsCommand.h"

#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"

#include <QPointer>

#include <optional>

namespace im {

EditCellsCommand::EditCellsCommand(IndicatorTableModel *model, RowEdits edits, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_edits(std::make_shared<Edits>(Edits{std::move(edits), {}, {}, 0}))
{
}

EditCellsCommand::EditCellsCommand(IndicatorTableModel *model, EditsOf edits, size_t rows, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_edits(std::make_shared<Edits>(Edits{{}, {}, std::move(edits), rows}))
{
}

void EditCellsCommand::redo()
{
    apply(&Edits::redo, &Edits::undo);
    // An edit that changed nothing leaves no step behind; one worked out in the background is judged
    // when it is done, so it stays.
    setObsolete(!m_runner && m_edits->undo.empty());
}

void EditCellsCommand::undo()
{
    apply(&Edits::undo, &Edits::redo);
}

void EditCellsCommand::apply(RowEdits Edits::*from, RowEdits Edits::*to)
{
    if (applyInBackground(from, to))
        return;
    listEdits(*m_edits);
    (*m_edits).*to = m_model->applyEdits((*m_edits).*from);
}

void EditCellsCommand::listEdits(Edits &edits)
{
    if (edits.listRedo) {
        edits.redo = edits.listRedo();
        edits.listRedo = nullptr;
    }
}

bool EditCellsCommand::applyInBackground(RowEdits Edits::*from, RowEdits Edits::*to)
{
    const size_t rows = m_edits->listRedo ? m_edits->listedRows : ((*m_edits).*from).size();
    if (!m_runner || m_runner->isBusy() || !m_model->isLargeEdit(rows))
        return false;
    m_model->readyForPreparation();
    auto prepared = std::make_shared<std::optional<IndicatorTableModel::PreparedEdit>>();
    std::shared_ptr<Edits> edits = m_edits;
    const IndicatorTableModel *reader = m_model;
    QPointer<IndicatorTableModel> model = m_model;
    const bool started = m_runner->run(
        text(), false,
        [reader, edits, from, to, prepared](TaskControl &) {
            listEdits(*edits);
            // The edits this step replaces are freed here too: a million of them take a while.
            const RowEdits replaced = std::move((*edits).*to);
            *prepared = reader->prepareLargeEdit((*edits).*from);
        },
        [model, edits, from, to, prepared](const TaskControl &) {
            if (!model)
                return;
            if (*prepared) {
                model->applyPrepared(std::move(**prepared), &((*edits).*to));
            } else {
                // Read notes or a row edited twice: row by row after all, now that the worker is done.
                (*edits).*to = model->applyEdits((*edits).*from);
            }
        });
    return started;
}

} // namespace im
