// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableWriter.h"
#include "core/submit/SubmitOutcomes.h"
#include "ui/grid/IndicatorTableView.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QUndoStack;

namespace im {

class ApiClient;
class DocumentSession;
class FilterBar;
class FindReplaceBar;
class FixApplier;
class GridClipboard;
class GridEditor;
class ImportHistory;
class IndicatorTableModel;
class MainActions;
class NoticeBar;
class PreviewDialog;
class TenantSnapshotReader;
class ProblemsPanel;
class SourcePanel;
class RecentFiles;
class SubmitController;
class SubmitProgressWidget;
class AfterRunWidget;
class SubmitSummaryWidget;
class ExpirationController;
class SyncController;
class TaskRunner;

// The main window: the indicator grid with its filter, find bar and Problems panel, the menus, and
// the file, recovery and background-task plumbing. It wires these parts together; each lives in its
// own class (ui/grid, ui/problems, ui/filter, ui/find, ui/bulk, ui/mapping, ui/files, ui/recovery).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The menus' and the toolbar's actions (main() shows a --lang choice in View > Language).
    [[nodiscard]] MainActions *actions() const { return m_actions; }

    // Without interaction (--screenshot) no dialog is shown: files open with their guessed mapping.
    void setInteractive(bool interactive);
    // The connection that submissions go through and the preview reads (unset: the preview works
    // offline), and the profile it stands for.
    void setApiClient(ApiClient *client);
    void setProfileName(const QString &profile);

public Q_SLOTS:
    // Loads the file on a worker thread; the current table stays until the new one is ready.
    void openFile(const QString &path);
    void openFileWithMapping(const QString &path);
    // File > Append: reads the file on a worker thread, then adds its rows after the last row (one undo step).
    void appendFile(const QString &path);
    // A file that is no table (an executable, a document, a certificate) dropped on the window: offers to
    // add its SHA-256 and SHA-1, or a certificate's thumbprint, as new rows (one undo step).
    void offerFingerprint(const QString &path);
    // Edit > Import Defaults: fills the empty cells of every row, as one undo step.
    void openImportDefaults();
    void newTable();
    // Save in the file's own format when it has one we write, else ask (Save As).
    void save();
    void saveAs();
    // Saves without asking where (the portal-CSV warning still shows).
    void saveTo(const QString &path, im::SaveFormat format);
    // Offers to restore work a crashed or killed session left behind.
    void offerRecovery();
    // Shows what an import of the table would do (raises the preview when it is open).
    void showPreview();
    // Sends these rows to the tenant, showing the progress and then the results (the preview's
    // "Submit…" comes here).
    void submitRows(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut = {});
    // Submit...: reads the tenant, plans as the preview does (no errors, repeats, rows unchanged in the
    // tenant or already imported; within the quota), asks, then sends.
    void submitValidRows();
    void showHistory();
    void showTenantIndicators();
    // Sync with Tenant...: reads the tenant, previews the sync and runs it once confirmed.
    void syncWithTenant();
    void submitToTenants();

Q_SIGNALS:
    // After every load attempt; ok is false when the file could not be read or opening was cancelled.
    void fileLoaded(bool ok, const QString &message);
    // After every append attempt; ok is false when nothing was appended.
    void fileAppended(bool ok, const QString &message);
    // After every save attempt.
    void fileSaved(bool ok, const QString &message);
    // The preview's "Submit...": these rows, in sending order, are to be imported.
    void submitRequested(const std::vector<im::RowId> &rows, const std::vector<im::LeftOutRow> &leftOut);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void retranslateDock(QDockWidget *dock, const QString &title, const QString &toggleText);
    void retranslateUi();
    void connectActions();
    void chooseFile(bool withMapping);
    void chooseAppendFile();
    [[nodiscard]] QString chooseIndicatorFile(const QString &title);
    void busyChanged(bool busy);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void showGridMenu(const QPoint &position);
    void fillDown();
    void goToProblem(bool backwards);
    void showFixesForCurrentCell();
    void openBulkEdit();
    // After a file opens: a notice when rows lack fields the API requires, pointing to Import Defaults.
    // The notice that `lacking` rows lack required fields, with the way to fill them.
    void offerImportDefaults(int lacking);
    void showAbout();
    // Moves to the row's cell in `column`, clearing the filter when it hides the row.
    void goToRow(RowId row, int column);
    void createSubmitDock();
    QDockWidget *addPanelDock(QWidget *panel, const QString &objectName, Qt::DockWidgetArea area);
    void submitPlanned();
    void exportResults(bool json);

    QUndoStack *m_undoStack;
    IndicatorTableModel *m_model;
    IndicatorTableView *m_view;
    GridEditor *m_editor;
    GridClipboard *m_clipboard;
    TaskRunner *m_tasks;
    NoticeBar *m_notice = nullptr;
    FilterBar *m_filterBar = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    FixApplier *m_fixes = nullptr;
    MainActions *m_actions = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    DocumentSession *m_session = nullptr;
    QLabel *m_summaryLabel = nullptr;
    ApiClient *m_client = nullptr;
    QPointer<PreviewDialog> m_preview;
    TenantSnapshotReader *m_submitPlanReader = nullptr; // Submit... reads the tenant to plan, as the preview does
    std::unique_ptr<ImportHistory> m_history;
    SubmitController *m_submit = nullptr;
    SyncController *m_sync = nullptr;
    ExpirationController *m_expiration = nullptr;
    SubmitProgressWidget *m_submitProgress = nullptr;
    SubmitSummaryWidget *m_submitSummary = nullptr;
    AfterRunWidget *m_afterRun = nullptr;
    QDockWidget *m_submitDock = nullptr;
    SourcePanel *m_source = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    bool m_closeApproved = false;
};

} // namespace im
