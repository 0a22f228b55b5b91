// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/problems/FixApplier.h"

#include "core/document/FixPlan.h"
#include "core/document/IssueStatistics.h"
#include "core/model/IndicatorTableModel.h"
#include "core/validation/IssueMessages.h"
#include "ui/common/MessageBox.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/IndicatorTableView.h"

#include <QMenu>

#include <set>

namespace im {

FixApplier::FixApplier(IndicatorTableView *view, GridEditor *editor, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_view(view)
    , m_editor(editor)
    , m_dialogParent(dialogParent)
{
}

std::vector<std::pair<IssueCode, Fix>> FixApplier::fixesFor(const QModelIndex &cell) const
{
    std::vector<std::pair<IssueCode, Fix>> fixes;
    if (!cell.isValid())
        return fixes;
    const IndicatorTableModel *model = m_view->indicatorModel();
    const IndicatorTable &table = model->document().table();
    const int row = model->tableRow(cell.row());
    const auto field = fieldOfColumn(cell.column());
    const IssueSet issues = field ? table.issues(row).forField(*field) : table.issues(row);
    const IndicatorTable::Cells cells = table.cells(row);
    issues.forEach([&](IssueCode code) {
        if (auto fix = Fixes::suggest(cells, code))
            fixes.emplace_back(code, std::move(*fix));
    });
    return fixes;
}

void FixApplier::addFixActions(QMenu *menu, const QModelIndex &cell)
{
    const auto fixes = fixesFor(cell);
    if (fixes.empty())
        return;
    const RowId row = m_view->indicatorModel()->rowIdAt(cell.row());
    for (const auto &[code, fix] : fixes) {
        QAction *action = menu->addAction(QIcon(QStringLiteral(":/icons/fix.svg")), fix.label);
        action->setObjectName(QStringLiteral("applyFixAction"));
        connect(action, &QAction::triggered, this, [this, row, fix = fix] { applyFix(row, fix); });
    }
    std::set<IssueCode> codes;
    for (const auto &entry : fixes)
        codes.insert(entry.first);
    const IssueStatistics stats = IssueStatistics::of(m_view->indicatorModel()->document().table());
    for (IssueCode code : codes) {
        const int rows = stats.rowsWithCode(code);
        if (rows < 2)
            continue;
        //: %1 is a problem such as "Upper-case hash"
        QAction *action =
            menu->addAction(QIcon(QStringLiteral(":/icons/fix-all.svg")),
                            tr("Fix all %n rows with \"%1\"...", nullptr, rows).arg(IssueMessages::ruleTitle(code)));
        action->setObjectName(QStringLiteral("fixAllAction"));
        connect(action, &QAction::triggered, this, [this, code] { fixAll(code); });
    }
    menu->addSeparator();
}

bool FixApplier::applyFix(RowId row, const Fix &fix)
{
    RowEdit edit{row, fix.edits, std::nullopt};
    if (fix.dismissReadNotes)
        edit.readNotes = fix.readNotesAfter();
    if (!m_editor->applyEdits({edit}, fix.label))
        return false;
    Q_EMIT applied(tr("Applied: %1").arg(fix.label));
    return true;
}

bool FixApplier::fixRow(RowId row, IssueCode code)
{
    const IndicatorTable &table = m_view->indicatorModel()->document().table();
    const int tableRow = table.rowOf(row);
    if (tableRow < 0)
        return false;
    const auto fix = Fixes::suggest(table.cells(tableRow), code);
    if (!fix) {
        Q_EMIT applied(tr("No automatic fix for \"%1\": edit the cell by hand.").arg(IssueMessages::ruleTitle(code)));
        return false;
    }
    return applyFix(row, *fix);
}

bool FixApplier::fixSelection()
{
    const IndicatorTableModel *model = m_view->indicatorModel();
    const QModelIndexList cells = m_view->selectedOrCurrent();
    std::set<Field> fields;
    bool wholeRows = false;
    for (const QModelIndex &i : cells) {
        if (const auto field = fieldOfColumn(i.column()))
            fields.insert(*field);
        else
            wholeRows = true;
    }
    std::vector<int> rows;
    for (int view : IndicatorTableView::rowsOf(cells))
        rows.push_back(model->tableRow(view));
    const FixPlan plan = FixPlan::build(model->document().table(), rows, [&](IssueCode code) {
        return wholeRows || fields.count(issueInfo(code).field) > 0;
    });
    return confirmAndApply(plan, tr("Fix the selection"));
}

bool FixApplier::fixAll(IssueCode code)
{
    const IndicatorTable &table = m_view->indicatorModel()->document().table();
    const FixPlan plan =
        FixPlan::build(table, IssueStatistics::rowsWithIssue(table, code), [code](IssueCode c) { return c == code; });
    //: Undo step; %1 is a problem such as "Upper-case hash"
    return confirmAndApply(plan, tr("Fix all \"%1\"").arg(IssueMessages::ruleTitle(code)));
}

bool FixApplier::confirmAndApply(const FixPlan &plan, const QString &description)
{
    if (plan.isEmpty()) {
        MessageBox::instance().information(
            m_dialogParent, tr("Apply Fixes"),
            plan.rowsWithProblem == 0 ? tr("The selection has no problems to fix.")
                                      : tr("No automatic fix is known for these problems. Edit the cells by hand."));
        return false;
    }
    MessageBox::Question question;
    question.icon = QMessageBox::Question;
    question.title = tr("Apply Fixes");
    question.text = tr("Change %n row(s) as follows?", nullptr, plan.rowsFixed());
    question.objectName = QStringLiteral("confirmFixesMessageBox");
    question.standardButtons = QMessageBox::Cancel;
    QStringList lines = plan.describe();
    if (lines.size() > 12) {
        const auto rest = lines.size() - 11;
        lines = lines.mid(0, 11);
        lines.append(tr("... and %n more kind(s) of fix", nullptr, static_cast<int>(rest)));
    }
    QString details = lines.join(u'\n');
    if (plan.rowsWithoutFix > 0)
        details += u'\n' + tr("%n row(s) have no automatic fix and stay as they are.", nullptr, plan.rowsWithoutFix);
    question.informativeText = details + u'\n' + tr("You can undo this in one step.");
    const QString apply = QStringLiteral("applyFixesButton");
    question.buttons = {{tr("Apply Fixes"), QMessageBox::AcceptRole, apply}};
    question.defaultButton = apply;
    if (MessageBox::instance().ask(m_dialogParent, question) != apply)
        return false;
    if (!m_editor->applyEdits(plan.edits, description))
        return false;
    Q_EMIT applied(tr("Fixed %n row(s).", nullptr, plan.rowsFixed()));
    return true;
}

} // namespace im
