// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableWriter.h"

#include <QString>

#include <optional>

class QDockWidget;
class QUndoStack;
class QWidget;

namespace im {
class AfterRunWidget;
class AutosaveController;
class FilterBar;
class FindReplaceBar;
class FixApplier;
class GridClipboard;
class GridEditor;
class IndicatorTableModel;
class IndicatorTableView;
class MainActions;
class NoticeBar;
class PreviewDialog;
class ProblemsPanel;
class SourcePanel;
class SubmitController;
class SubmitProgressWidget;
class SubmitSummaryWidget;
class SyncController;
class TaskRunner;
} // namespace im

namespace im::test {

// The parts of the main window, found by their object names as a user's window holds them. A part that
// is missing ends the test with a fatal error naming it.
IndicatorTableModel *gridModel(const QWidget &window);
IndicatorTableView *gridView(const QWidget &window);
QUndoStack *undoStack(const QWidget &window);
GridEditor *gridEditor(const QWidget &window);
GridClipboard *gridClipboard(const QWidget &window);
FixApplier *fixApplier(const QWidget &window);
ProblemsPanel *problemsPanel(const QWidget &window);
FilterBar *filterBar(const QWidget &window);
FindReplaceBar *findBar(const QWidget &window);
MainActions *mainActions(const QWidget &window);
TaskRunner *taskRunner(const QWidget &window);
AutosaveController *autosave(const QWidget &window);
NoticeBar *noticeBar(const QWidget &window);
SubmitController *submitter(const QWidget &window);
SubmitProgressWidget *submitProgress(const QWidget &window);
SubmitSummaryWidget *submitSummary(const QWidget &window);
AfterRunWidget *afterRunPanel(const QWidget &window);
QDockWidget *submitDock(const QWidget &window);
SyncController *syncController(const QWidget &window);
SourcePanel *sourcePanel(const QWidget &window);
QDockWidget *sourceDock(const QWidget &window);
// The open file's path (empty for a new table) and the format Save writes it in.
QString currentPath(const QWidget &window);
std::optional<SaveFormat> currentSaveFormat(const QWidget &window);
// The Preview Import window while it is open, else null.
PreviewDialog *previewDialog(const QWidget &window);

} // namespace im::test
