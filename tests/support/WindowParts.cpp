// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/WindowParts.h"

#include "core/model/IndicatorTableModel.h"
#include "core/tasks/TaskRunner.h"
#include "ui/MainActions.h"
#include "ui/common/NoticeBar.h"
#include "ui/files/DocumentSession.h"
#include "ui/filter/FilterBar.h"
#include "ui/find/FindReplaceBar.h"
#include "ui/grid/GridClipboard.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/IndicatorTableView.h"
#include "ui/preview/PreviewDialog.h"
#include "ui/problems/FixApplier.h"
#include "ui/problems/ProblemsPanel.h"
#include "ui/recovery/AutosaveController.h"
#include "ui/source/SourcePanel.h"
#include "ui/submit/AfterRunWidget.h"
#include "ui/submit/SubmitController.h"
#include "ui/submit/SubmitProgressWidget.h"
#include "ui/submit/SubmitSummaryWidget.h"
#include "ui/tenant/SyncController.h"

#include <QDockWidget>
#include <QUndoStack>
#include <QWidget>

namespace im::test {
namespace {

template<typename T>
T *part(const QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("the window %s holds no %s named \"%s\"", qPrintable(window.objectName()),
               T::staticMetaObject.className(), name);
    return found;
}

} // namespace

IndicatorTableModel *gridModel(const QWidget &window)
{
    return part<IndicatorTableModel>(window, "indicatorModel");
}

IndicatorTableView *gridView(const QWidget &window)
{
    return part<IndicatorTableView>(window, "indicatorTableView");
}

QUndoStack *undoStack(const QWidget &window)
{
    return part<QUndoStack>(window, "undoStack");
}

GridEditor *gridEditor(const QWidget &window)
{
    return part<GridEditor>(window, "gridEditor");
}

GridClipboard *gridClipboard(const QWidget &window)
{
    return part<GridClipboard>(window, "gridClipboard");
}

FixApplier *fixApplier(const QWidget &window)
{
    return part<FixApplier>(window, "fixApplier");
}

ProblemsPanel *problemsPanel(const QWidget &window)
{
    return part<ProblemsPanel>(window, "problemsPanel");
}

FilterBar *filterBar(const QWidget &window)
{
    return part<FilterBar>(window, "filterBar");
}

FindReplaceBar *findBar(const QWidget &window)
{
    return part<FindReplaceBar>(window, "findReplaceBar");
}

MainActions *mainActions(const QWidget &window)
{
    return part<MainActions>(window, "mainActions");
}

TaskRunner *taskRunner(const QWidget &window)
{
    return part<TaskRunner>(window, "taskRunner");
}

AutosaveController *autosave(const QWidget &window)
{
    return part<AutosaveController>(window, "autosaveController");
}

NoticeBar *noticeBar(const QWidget &window)
{
    return part<NoticeBar>(window, "noticeBar");
}

SubmitController *submitter(const QWidget &window)
{
    return part<SubmitController>(window, "submitController");
}

SubmitProgressWidget *submitProgress(const QWidget &window)
{
    return part<SubmitProgressWidget>(window, "submitProgress");
}

SubmitSummaryWidget *submitSummary(const QWidget &window)
{
    return part<SubmitSummaryWidget>(window, "submitSummary");
}

AfterRunWidget *afterRunPanel(const QWidget &window)
{
    return part<AfterRunWidget>(window, "afterRunPanel");
}

QDockWidget *submitDock(const QWidget &window)
{
    return part<QDockWidget>(window, "submitDockWidget");
}

SyncController *syncController(const QWidget &window)
{
    return part<SyncController>(window, "syncController");
}

SourcePanel *sourcePanel(const QWidget &window)
{
    return part<SourcePanel>(window, "sourcePanel");
}

QDockWidget *sourceDock(const QWidget &window)
{
    return part<QDockWidget>(window, "sourceDockWidget");
}

QString currentPath(const QWidget &window)
{
    return part<DocumentSession>(window, "documentSession")->path();
}

std::optional<SaveFormat> currentSaveFormat(const QWidget &window)
{
    return part<DocumentSession>(window, "documentSession")->saveFormat();
}

PreviewDialog *previewDialog(const QWidget &window)
{
    return window.findChild<PreviewDialog *>(QStringLiteral("previewDialog"));
}

} // namespace im::test
