// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorTable.h"
#include "core/validation/Fixes.h"

#include <QObject>

#include <functional>
#include <utility>
#include <vector>

class QMenu;
class QModelIndex;
class QWidget;

namespace im {

class GridEditor;
class IndicatorTableView;
struct FixPlan;

// Applies the fixes validation suggests, always at the analyst's request and never silently: one fix
// picked by name for a cell, or a plan for a selection or for every row with a problem, shown and
// confirmed first. Each application is one undo step.
class FixApplier : public QObject
{
    Q_OBJECT

public:
    FixApplier(IndicatorTableView *view, GridEditor *editor, QWidget *dialogParent);

    // The fixes for the problems of one cell, each with the problem it solves.
    [[nodiscard]] std::vector<std::pair<IssueCode, Fix>> fixesFor(const QModelIndex &cell) const;
    // Adds "fix" entries for a cell to a menu: its fixes by name, and "fix all rows with ..." per problem.
    void addFixActions(QMenu *menu, const QModelIndex &cell);

    bool applyFix(RowId row, const Fix &fix);
    // The fix for one row's problem (Problems panel, "Fix this row").
    bool fixRow(RowId row, IssueCode code);
    // The problems of the selected cells (of whole rows when the Status column is selected).
    bool fixSelection();
    bool fixAll(IssueCode code);

Q_SIGNALS:
    // A line for the status bar after fixes were applied.
    void applied(const QString &message);

private:
    bool confirmAndApply(const FixPlan &plan, const QString &description);

    IndicatorTableView *m_view;
    GridEditor *m_editor;
    QWidget *m_dialogParent;
};

} // namespace im
