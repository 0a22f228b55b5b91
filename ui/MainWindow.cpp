// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "core/document/DocumentLoader.h"
#include "core/io/FileFingerprint.h"
#include "core/model/IndicatorColumns.h"
#include "core/model/IndicatorTableModel.h"
#include "core/preview/ImportPlanner.h"
#include "core/preview/TenantSnapshotReader.h"
#include "core/submit/ImportHistory.h"
#include "core/tasks/TaskRunner.h"
#include "core/view/CellFinder.h"
#include "ui/AboutDialog.h"
#include "ui/MainActions.h"
#include "ui/bulk/BulkEditDialog.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/ScreenFit.h"
#include "ui/defaults/ImportDefaultsDialog.h"
#include "ui/files/DocumentSession.h"
#include "ui/files/FileDropFilter.h"
#include "ui/files/RecentFiles.h"
#include "ui/filter/FilterBar.h"
#include "ui/find/FindReplaceBar.h"
#include "ui/grid/GridClipboard.h"
#include "ui/grid/GridEditor.h"
#include "ui/grid/IndicatorItemDelegate.h"
#include "ui/grid/IndicatorTableView.h"
#include "ui/preview/PreviewDialog.h"
#include "ui/problems/FixApplier.h"
#include "ui/problems/ProblemsModel.h"
#include "ui/problems/ProblemsPanel.h"
#include "ui/recovery/AutosaveController.h"
#include "ui/source/SourcePanel.h"
#include "ui/submit/AfterRunWidget.h"
#include "ui/submit/HistoryDialog.h"
#include "ui/submit/MultiTenantDialog.h"
#include "ui/submit/SubmitConfirmation.h"
#include "ui/submit/SubmitController.h"
#include "ui/submit/SubmitPanelSplitter.h"
#include "ui/submit/SubmitProgressWidget.h"
#include "ui/submit/SubmitSummaryWidget.h"
#include "ui/tasks/TaskProgressWidget.h"
#include "ui/tenant/ExpirationController.h"
#include "ui/tenant/SyncController.h"
#include "ui/tenant/TenantIndicatorsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QStyle>

#include <algorithm>

namespace im {
namespace {

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new IndicatorTableModel(this))
    , m_view(new IndicatorTableView(this))
    , m_editor(new GridEditor(m_model, m_undoStack, this))
    , m_clipboard(new GridClipboard(m_view, m_editor, this))
    , m_tasks(new TaskRunner(this))
    , m_history(std::make_unique<ImportHistory>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/indicator-manager.svg")));
    setAcceptDrops(true);
    // The parts that are no widgets, by name as the widgets are (tests find them so).
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_model->setObjectName(QStringLiteral("indicatorModel"));
    m_editor->setObjectName(QStringLiteral("gridEditor"));
    m_clipboard->setObjectName(QStringLiteral("gridClipboard"));
    m_tasks->setObjectName(QStringLiteral("taskRunner"));
    m_editor->setBackgroundRunner(m_tasks);
    createWidgets();
    connectActions();
    retranslateUi();
    updateActions();
    ScreenFit::resizeWithin(this, QSize(1280, 800));
}

MainWindow::~MainWindow()
{
    // A task still running finishes without reporting back to a window that is going away.
    disconnect(m_session, nullptr, this, nullptr);
    m_tasks->cancel();
    m_tasks->waitForIdle();
    // The preview reads the table in place; it goes before the table does (children outlive members).
    delete m_preview;
    // The undo stack, a child, outlives this part of the window and signals cleanChanged as it goes.
    m_undoStack->disconnect(this);
}

void MainWindow::setInteractive(bool interactive)
{
    m_session->setInteractive(interactive);
}

void MainWindow::createWidgets()
{
    m_view->setIndicatorModel(m_model);
    m_view->setItemDelegate(new IndicatorItemDelegate(m_editor, m_view));

    m_notice = new NoticeBar(this);
    m_filterBar = new FilterBar(m_model, this);
    m_findBar = new FindReplaceBar(m_view, m_editor, this);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_problems = new ProblemsPanel(m_model, this);
    m_problemsDock = addPanelDock(m_problems, QStringLiteral("problemsDockWidget"), Qt::BottomDockWidgetArea);
    resizeDocks({m_problemsDock}, {230}, Qt::Vertical);
    QAction *toggleProblems = m_problemsDock->toggleViewAction();
    toggleProblems->setObjectName(QStringLiteral("toggleProblemsAction"));
    toggleProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    createSubmitDock();
    QAction *toggleSubmission = m_submitDock->toggleViewAction();
    toggleSubmission->setObjectName(QStringLiteral("toggleSubmissionAction"));
    toggleSubmission->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    m_source = new SourcePanel(m_model, this);
    m_sourceDock = addPanelDock(m_source, QStringLiteral("sourceDockWidget"), Qt::RightDockWidgetArea);
    m_sourceDock->hide(); // until a table read from a report, MISP or STIX is open
    QAction *toggleSource = m_sourceDock->toggleViewAction();
    toggleSource->setObjectName(QStringLiteral("toggleSourceAction"));
    toggleSource->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    m_actions = new MainActions(this, m_view, m_undoStack);
    m_actions->setObjectName(QStringLiteral("mainActions"));
    m_actions->buildMenus(toggleProblems, toggleSubmission, toggleSource);
    m_actions->buildToolBar();
    m_recentFiles = new RecentFiles(m_actions->recentMenu, this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->addPermanentWidget(new TaskProgressWidget(m_tasks, this));
    statusBar()->addPermanentWidget(m_summaryLabel);

    m_fixes = new FixApplier(m_view, m_editor, this);
    m_fixes->setObjectName(QStringLiteral("fixApplier"));
    m_session = new DocumentSession(m_model, m_undoStack, m_tasks, this);
    // Not while a cell or a dialog is being edited: a background snapshot locks the table meanwhile.
    m_session->autosave()->setIdleCheck([this] { return !m_view->isEditing() && !QApplication::activeModalWidget(); });

    auto *drops = new FileDropFilter(this);
    installEventFilter(drops);
    connect(drops, &FileDropFilter::filesDropped, this, [this](const QStringList &paths) {
        if (FileFingerprint::isNotATable(paths.first()))
            offerFingerprint(paths.first());
        else
            openFile(paths.first());
    });
}

QDockWidget *MainWindow::addPanelDock(QWidget *panel, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createSubmitDock()
{
    m_submit = new SubmitController(m_model, this);
    m_submit->setObjectName(QStringLiteral("submitController"));
    m_submit->setHistory(m_history.get());
    m_sync = new SyncController(this);
    m_sync->setObjectName(QStringLiteral("syncController"));
    connect(m_sync, &SyncController::message, this, [this](int kind, const QString &text) {
        m_notice->showNotice(kind == 0 ? NoticeBar::Kind::Information : NoticeBar::Kind::Warning, text);
    });
    m_expiration = new ExpirationController(this);
    m_expiration->setObjectName(QStringLiteral("expirationController"));
    connect(m_expiration, &ExpirationController::message, this, [this](int kind, const QString &text) {
        m_notice->showNotice(kind == 0 ? NoticeBar::Kind::Information : NoticeBar::Kind::Warning, text);
    });
    // The new expirations become one undoable edit of the table, then the rows go as a submission.
    connect(m_expiration, &ExpirationController::confirmed, this,
            [this](const RowEdits &edits, const std::vector<RowId> &rows) {
                if (m_editor->applyEdits(edits,
                                         tr("Extend expiration of %n row(s)", nullptr, static_cast<int>(edits.size()))))
                    submitRows(rows, {});
            });
    m_submitProgress = new SubmitProgressWidget(m_submit, this);
    m_submitSummary = new SubmitSummaryWidget(m_submit, this);
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_submitProgress);
    m_afterRun = new AfterRunWidget(m_submit, this);
    layout->addWidget(new SubmitPanelSplitter(m_submitSummary, m_afterRun, panel), 1);
    // Three panels in one column: half the usual gaps keep it within a 1024x600 screen.
    layout->setSpacing(std::max(0, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) / 2));
    m_submitDock = addPanelDock(panel, QStringLiteral("submitDockWidget"), Qt::RightDockWidgetArea);
    m_submitDock->hide(); // until the first submission
}

void MainWindow::setApiClient(ApiClient *client)
{
    delete m_submitPlanReader; // it reads through the previous client
    m_submitPlanReader = nullptr;
    m_client = client;
    m_submit->setClient(client);
    m_sync->setClient(client);
    m_expiration->setClient(client);
}

void MainWindow::setProfileName(const QString &profile)
{
    m_submit->setProfile(profile);
    if (m_preview)
        m_preview->setProfile(profile);
}

void MainWindow::submitRows(const std::vector<RowId> &rows, const std::vector<LeftOutRow> &leftOut)
{
    m_submit->setFileName(m_session->path());
    if (!m_submit->start(rows, leftOut)) {
        m_notice->showNotice(NoticeBar::Kind::Warning, tr("Nothing was submitted: %1").arg(m_submit->problem()));
        return;
    }
    m_submitDock->show();
    m_submitDock->raise();
}

void MainWindow::submitValidRows()
{
    if (!m_client || !m_client->isSignedIn()) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("Nothing was submitted: %1").arg(tr("Sign in to a tenant first (Sign in menu).")));
        return;
    }
    if (m_submit->isRunning() || (m_submitPlanReader && m_submitPlanReader->isRunning()))
        return;
    if (!m_submitPlanReader) {
        m_submitPlanReader = new TenantSnapshotReader(m_client, this);
        connect(m_submitPlanReader, &TenantSnapshotReader::finished, this, &MainWindow::submitPlanned);
    }
    statusBar()->showMessage(tr("Reading the tenant's indicators to plan the submission..."));
    m_submitPlanReader->start();
}

void MainWindow::submitPlanned()
{
    statusBar()->clearMessage();
    if (m_submitPlanReader->error().isError()) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("Nothing was submitted: the tenant's indicators could not be read: %1")
                                 .arg(m_submitPlanReader->error().message()));
        return;
    }
    const IndicatorTable &table = m_model->document().table();
    ImportPlanner planner;
    planner.setTenant(&m_submitPlanReader->snapshot());
    planner.compare(table);
    const BatchPlan plan = planner.plan(table, m_model->outcomes().get(), ImportPlanner::Choices()).plan;
    if (plan.sendable() == 0) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             plan.excludedInvalid == plan.rows
                                 ? tr("No row can be sent: every row has errors to fix first.")
                                 : tr("Nothing to send: every row has errors, repeats an earlier row, is unchanged in "
                                      "the tenant or was already imported."));
        return;
    }
    if (plan.overLimitBy() > 0) {
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("Nothing was submitted: the import would pass the tenant's limit by %n indicator(s). "
                                "Preview Import shows the ways out.",
                                nullptr, plan.overLimitBy()));
        showPreview();
        return;
    }
    if (!SubmitConfirmation::ask(this, *m_client, m_submit->profile(), plan))
        return;
    submitRows(ImportPlanner::rowsToSend(table, plan), ImportPlanner::rowsLeftOut(table, plan));
}

void MainWindow::showHistory()
{
    HistoryDialog dialog(m_history.get(), this);
    dialog.exec();
}

void MainWindow::showTenantIndicators()
{
    TenantIndicatorsDialog dialog(m_submit->client(), this);
    dialog.refresh();
    dialog.exec();
}

void MainWindow::syncWithTenant()
{
    if (m_submit->isRunning())
        return;
    m_sync->start(m_model->document().table());
}

void MainWindow::submitToTenants()
{
    MultiTenantDialog dialog(m_model->document().table(), m_session->path(), m_history.get(), this);
    dialog.exec();
}

void MainWindow::exportResults(bool json)
{
    const QString folder = m_session->path().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_session->path()).absolutePath();
    // Next to the table, named after it: "feed.csv" gives "feed-results.csv".
    const QString stem =
        m_session->path().isEmpty() ? QStringLiteral("import") : QFileInfo(m_session->path()).completeBaseName();
    const QString base = QDir(folder).filePath(stem + QStringLiteral("-results.")
                                               + (json ? QStringLiteral("json") : QStringLiteral("csv")));
    const QString path = FileDialog::instance().saveFileName(
        this, tr("Export Results"), base, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (m_submit->writeReport(path, json, &error))
        statusBar()->showMessage(tr("Results written to %1").arg(QFileInfo(path).fileName()), 5000);
    else
        m_notice->showNotice(NoticeBar::Kind::Warning, error);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->newTable, &QAction::triggered, this, &MainWindow::newTable);
    connect(a->open, &QAction::triggered, this, [this] { chooseFile(false); });
    connect(a->openWithMapping, &QAction::triggered, this, [this] { chooseFile(true); });
    connect(a->append, &QAction::triggered, this, &MainWindow::chooseAppendFile);
    connect(a->save, &QAction::triggered, this, &MainWindow::save);
    connect(a->saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);

    connect(a->cut, &QAction::triggered, this, [this] { m_clipboard->cut(); });
    connect(a->copy, &QAction::triggered, this, [this] { m_clipboard->copy(); });
    connect(a->paste, &QAction::triggered, this, [this] { m_clipboard->paste(); });
    connect(a->pasteAsRows, &QAction::triggered, this, [this] {
        const QString error = m_clipboard->pasteAsRows();
        if (!error.isEmpty())
            m_notice->showNotice(NoticeBar::Kind::Warning, tr("Nothing was pasted: %1").arg(error));
    });
    connect(a->clearCells, &QAction::triggered, this, [this] { m_editor->clearCells(m_view->selectedOrCurrent()); });
    connect(a->selectAll, &QAction::triggered, m_view, &QAbstractItemView::selectAll);
    connect(a->find, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    connect(a->replace, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    connect(a->findNext, &QAction::triggered, m_findBar, &FindReplaceBar::findNext);
    connect(a->findPrevious, &QAction::triggered, m_findBar, &FindReplaceBar::findPrevious);
    connect(m_findBar, &FindReplaceBar::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    connect(a->addRow, &QAction::triggered, this, [this] {
        const auto ids = m_editor->insertRows(m_model->rowCount(), {Indicator()}, tr("Add row"));
        if (!ids.empty())
            m_view->goToCell(m_model->indexOf(ids.front(), columnOfField(Field::IndicatorType)));
    });
    connect(a->insertRow, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const int row = current.isValid() ? current.row() : 0;
        const auto ids = m_editor->insertRows(row, {Indicator()}, tr("Insert row"));
        if (!ids.empty())
            m_view->goToCell(m_model->indexOf(ids.front(), std::max(1, current.column())));
    });
    connect(a->duplicateRows, &QAction::triggered, this,
            [this] { m_editor->duplicateRows(m_view->selectedViewRows()); });
    connect(a->fillDown, &QAction::triggered, this, &MainWindow::fillDown);
    connect(a->deleteRows, &QAction::triggered, this, [this] {
        const std::vector<int> rows = m_view->selectedViewRows();
        const QModelIndex current = m_view->currentIndex();
        if (m_editor->removeRows(rows) && current.isValid()) {
            const int next = std::min(rows.front(), m_model->rowCount() - 1);
            if (next >= 0)
                m_view->setCurrentIndex(m_model->index(next, current.column()));
        }
    });
    connect(a->bulkEdit, &QAction::triggered, this, &MainWindow::openBulkEdit);
    connect(a->importDefaults, &QAction::triggered, this, &MainWindow::openImportDefaults);
    connect(a->applyFix, &QAction::triggered, this, &MainWindow::showFixesForCurrentCell);
    connect(a->fixSelection, &QAction::triggered, m_fixes, &FixApplier::fixSelection);
    connect(a->nextProblem, &QAction::triggered, this, [this] { goToProblem(false); });
    connect(a->previousProblem, &QAction::triggered, this, [this] { goToProblem(true); });
    connect(a->focusFilter, &QAction::triggered, this, [this] {
        m_filterBar->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->textEdit()->selectAll();
    });
    connect(a->clearFilter, &QAction::triggered, m_filterBar, &FilterBar::clear);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->previewImport, &QAction::triggered, this, &MainWindow::showPreview);
    connect(this, &MainWindow::submitRequested, this, &MainWindow::submitRows);
    connect(a->submit, &QAction::triggered, this, &MainWindow::submitValidRows);
    connect(a->resubmitFailed, &QAction::triggered, m_submitSummary, &SubmitSummaryWidget::resubmitRequested);
    connect(a->history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(a->tenantIndicators, &QAction::triggered, this, &MainWindow::showTenantIndicators);
    connect(a->syncTenant, &QAction::triggered, this, &MainWindow::syncWithTenant);
    connect(a->submitToTenants, &QAction::triggered, this, &MainWindow::submitToTenants);
    connect(a->extendExpiration, &QAction::triggered, this, [this] {
        if (!m_submit->isRunning())
            m_expiration->start(m_model->document().table());
    });
    connect(m_submitSummary, &SubmitSummaryWidget::resubmitRequested, this, [this] {
        if (!m_submit->resubmitFailed())
            m_notice->showNotice(NoticeBar::Kind::Warning, tr("Nothing was submitted: %1").arg(m_submit->problem()));
    });
    connect(m_submitSummary, &SubmitSummaryWidget::reasonClicked, m_filterBar, &FilterBar::showFailureReason);
    connect(m_submitSummary, &SubmitSummaryWidget::exportRequested, this, &MainWindow::exportResults);
    connect(m_submitSummary, &SubmitSummaryWidget::historyRequested, this, &MainWindow::showHistory);
    connect(m_submit, &SubmitController::historyProblem, this,
            [this](const QString &message) { m_notice->showNotice(NoticeBar::Kind::Warning, message); });
    connect(m_submit, &SubmitController::finished, this, [this] {
        // Room for "Succeeded (id …)" and the start of a reason; the tooltip has the rest.
        const int status = static_cast<int>(Column::Status);
        const int before = m_view->columnWidth(status);
        m_view->resizeColumnToContents(status);
        m_view->setColumnWidth(status, std::clamp(m_view->columnWidth(status), before, 360));
        updateStatus();
        updateActions();
    });
    connect(m_submit, &SubmitController::started, this, &MainWindow::updateActions);

    connect(m_fixes, &FixApplier::applied, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_problems, &ProblemsPanel::jumpRequested, this,
            [this](RowId row, IssueCode code) { goToRow(row, columnOfField(issueInfo(code).field)); });
    connect(m_problems, &ProblemsPanel::fixRowRequested, m_fixes, &FixApplier::fixRow);
    connect(m_problems, &ProblemsPanel::fixAllRequested, m_fixes, &FixApplier::fixAll);
    connect(m_problems, &ProblemsPanel::filterRequested, m_filterBar, &FilterBar::showProblem);
    connect(m_problems->problemsModel(), &QAbstractItemModel::modelReset, this, [this] {
        m_filterBar->updateProblems(m_problems->problemsModel()->statistics());
        updateStatus();
    });

    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showGridMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    // The grid's rows are view rows; the panel maps them to the table as the model does.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_source->showRow(current.isValid() ? current.row() : -1); });
    connect(m_model, &IndicatorTableModel::orderChanged, this,
            [this] { m_source->showRow(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_tasks, &TaskRunner::busyChanged, this, &MainWindow::busyChanged);

    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
        m_filterBar->clear();
        if (!m_submit->isRunning()) {
            m_submitSummary->clear(); // the last run's figures belong to the table it sent
            m_afterRun->clear();
        }
        updateActions();
        m_problems->refreshNow();
        // The source panel is for tables read from prose or threat-intel objects; others do not need it.
        m_sourceDock->setVisible(m_model->document().table().hasSourceContext());
        m_source->showRow(-1);
        // A current cell for keyboard users, without a selection that would hide the first row's colours.
        if (m_model->rowCount() > 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(0, columnOfField(Field::IndicatorValue)),
                                                      QItemSelectionModel::NoUpdate);
    });
    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::fileLoaded, this, &MainWindow::fileLoaded);
    connect(m_session, &DocumentSession::fileLoaded, this, [this](bool ok) {
        if (ok)
            offerImportDefaults(m_session->rowsLackingRequired());
    });
    connect(m_session, &DocumentSession::fileSaved, this, &MainWindow::fileSaved);
    connect(m_session, &DocumentSession::appendFailed, this,
            [this](const QString &message) { Q_EMIT fileAppended(false, message); });
    connect(m_session, &DocumentSession::appendRead, this,
            [this](const QString &path, const std::shared_ptr<LoadResult> &result) {
                const QString name = QFileInfo(path).fileName();
                const int count = result->document->rowCount();
                const bool withContext = result->document->table().hasSourceContext();
                const bool lacking = result->rowsLackingRequired > 0;
                if (m_editor->appendRows(std::move(result->document), name,
                                         tr("Append %n row(s) of %1", nullptr, count).arg(name))
                    == 0) {
                    const QString message = tr("%1 has no rows to append.").arg(name);
                    statusBar()->showMessage(message, 5000);
                    Q_EMIT fileAppended(false, message);
                    return;
                }
                m_problems->refreshNow();
                // Rows read from a report keep their text: the source panel opens for them as after Open.
                if (withContext)
                    m_sourceDock->show();
                m_source->showRow(m_view->currentIndex().row());
                // Appended rows without action, title or description get the same offer as an opened file.
                if (lacking)
                    offerImportDefaults(ImportDefaults::rowsLackingRequired(m_model->document().table()));
                statusBar()->showMessage(tr("Appended %n row(s) of %1", nullptr, count).arg(name), 5000);
                Q_EMIT fileAppended(true, QString());
            });
    connect(m_session, &DocumentSession::fileUsed, m_recentFiles, &RecentFiles::add);
    connect(m_session, &DocumentSession::notice, m_notice, &NoticeBar::showNotice);
    connect(m_session, &DocumentSession::noticeDismissed, m_notice, &QWidget::hide);
    connect(m_session, &DocumentSession::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::goToRow(RowId row, int column)
{
    QModelIndex index = m_model->indexOf(row, column);
    if (!index.isValid() && m_model->document().table().rowOf(row) >= 0) {
        // Hidden by the filter: show every row rather than refuse to go there.
        m_filterBar->clear();
        statusBar()->showMessage(tr("The filter was cleared to show the row."), 4000);
        index = m_model->indexOf(row, column);
    }
    m_view->goToCell(index);
}

void MainWindow::showPreview()
{
    if (m_preview) {
        m_preview->raise();
        m_preview->activateWindow();
        return;
    }
    // Not modal: the analyst can go to a row, fix it in the grid, and watch the preview follow.
    m_preview = new PreviewDialog(m_model, m_client, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    m_preview->setProfile(m_submit->profile());
    connect(m_preview, &PreviewDialog::goToRowRequested, this, [this](RowId row) {
        goToRow(row, columnOfField(Field::IndicatorValue));
        activateWindow();
    });
    connect(m_preview, &PreviewDialog::submitRequested, this, &MainWindow::submitRequested);
    m_preview->show();
}

QString MainWindow::chooseIndicatorFile(const QString &title)
{
    const QString current = m_session->path();
    const QString dir = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                          : QFileInfo(current).absolutePath();
    // Plain hash and IOC lists are often named after their contents (hashes.sha256, feed.ioc).
    return FileDialog::instance().openFileName(
        this, title, dir,
        tr("Indicator files (*.csv *.tsv *.txt *.json *.xlsx *.pdf *.md *.adoc *.html *.htm *.ioc *.iocs *.md5 *.sha1 "
           "*.sha256 *.lst *.list);;All files (*)"));
}

void MainWindow::chooseFile(bool withMapping)
{
    const QString path = chooseIndicatorFile(tr("Open Indicators"));
    if (path.isEmpty())
        return;
    if (withMapping)
        openFileWithMapping(path);
    else
        openFile(path);
}

void MainWindow::chooseAppendFile()
{
    const QString path = chooseIndicatorFile(tr("Append Indicators"));
    if (!path.isEmpty())
        appendFile(path);
}

void MainWindow::offerFingerprint(const QString &path)
{
    const FileFingerprint::Result result = FileFingerprint::of(path);
    if (!result.error.isEmpty()) {
        MessageBox::instance().warning(this, tr("Add Indicators"), result.error);
        return;
    }
    QStringList lines;
    for (const Indicator &row : result.rows)
        lines.append(QStringLiteral("%1  %2").arg(row[Field::IndicatorType], row[Field::IndicatorValue]));
    QString text = result.certificate ? tr("\"%1\" is a certificate, not a table. Add its thumbprint as a new row?")
                                      : tr("\"%1\" is not a table of indicators. Add its hashes as new rows?");
    text = text.arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n") + lines.join(u'\n');
    for (const QString &warning : result.warnings)
        text += QStringLiteral("\n\n") + warning;
    MessageBox::Question question;
    question.icon = result.warnings.isEmpty() ? QMessageBox::Question : QMessageBox::Warning;
    question.title = tr("Add Indicators");
    question.text = text;
    question.objectName = QStringLiteral("fingerprintBox");
    question.standardButtons = QMessageBox::Cancel;
    const QString add = QStringLiteral("addFingerprintButton");
    question.buttons = {{tr("&Add"), QMessageBox::AcceptRole, add}};
    question.defaultButton = add;
    if (MessageBox::instance().ask(this, question) != add)
        return;
    std::vector<Indicator> rows(result.rows.cbegin(), result.rows.cend());
    const int count = static_cast<int>(rows.size());
    m_editor->insertRows(m_view->model()->rowCount(), std::move(rows),
                         tr("Add %n indicator(s) of %1", nullptr, count).arg(QFileInfo(path).fileName()));
}

void MainWindow::openFile(const QString &path)
{
    m_session->open(path, false);
}

void MainWindow::openFileWithMapping(const QString &path)
{
    m_session->open(path, true);
}

void MainWindow::appendFile(const QString &path)
{
    m_session->append(path);
}

void MainWindow::newTable()
{
    m_session->newTable();
}

void MainWindow::save()
{
    m_session->save();
}

void MainWindow::saveAs()
{
    m_session->saveAs();
}

void MainWindow::saveTo(const QString &path, SaveFormat format)
{
    m_session->saveTo(path, format);
}

void MainWindow::offerRecovery()
{
    m_session->offerRecovery();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tasks->isBusy()) {
        // A save must not be cut short behind the analyst's back; Cancel in the status bar stops it.
        statusBar()->showMessage(tr("Wait for the running task to finish, then close again."), 5000);
        event->ignore();
        return;
    }
    if (m_submit->isRunning()) {
        // Closing now would leave the analyst without the results of what was sent.
        statusBar()->showMessage(tr("A submission is running: cancel it or wait for it, then close again."), 5000);
        m_submitDock->show();
        event->ignore();
        return;
    }
    using Answer = DocumentSession::ChangesAnswer;
    const Answer answer = m_closeApproved ? Answer::Proceed : m_session->askAboutChanges();
    if (answer == Answer::Save) {
        // Saving runs in the background; the window closes once it is done.
        m_session->saveThen([this] {
            m_closeApproved = true;
            close();
        });
    }
    if (answer != Answer::Proceed) {
        event->ignore();
        return;
    }
    m_session->autosave()->discard();
    event->accept();
}

void MainWindow::busyChanged(bool busy)
{
    m_editor->setLocked(busy);
    for (QAction *action : m_actions->editingActions())
        action->setEnabled(!busy);
    m_actions->setUndoAllowed(!busy);
    if (!busy)
        updateActions();
    if (busy)
        m_view->closePersistentEditor(m_view->currentIndex());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

// The child widgets retranslate themselves on their own LanguageChange; the models, which are not
// widgets, are told here.
void MainWindow::retranslateUi()
{
    retranslateDock(m_problemsDock, tr("Problems"), tr("&Problems Panel"));
    retranslateDock(m_submitDock, tr("Submission"), tr("S&ubmission Panel"));
    retranslateDock(m_sourceDock, tr("Source"), tr("S&ource Panel"));
    m_actions->retranslateUi();
    m_model->retranslate();
    m_problems->problemsModel()->retranslate();
    updateTitle();
    updateStatus();
}

void MainWindow::retranslateDock(QDockWidget *dock, const QString &title, const QString &toggleText)
{
    dock->setWindowTitle(title);
    dock->setAccessibleName(title);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(toggleText);
    //: Tool tip of a button: %1 what it does, %2 its key (Ctrl+O)
    toggle->setToolTip(
        tr("%1 (%2)").arg(toggle->text().remove(u'&'), toggle->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    //: Window title; %1 is the file name, [*] marks unsaved changes
    setWindowTitle(tr("%1[*] - Indicator Manager").arg(name));
    setWindowModified(!m_undoStack->isClean());
}

void MainWindow::updateStatus()
{
    const ValidationSummary &s = m_problems->problemsModel()->statistics().summary;
    //: Status bar summary: row count, invalid rows, warnings.
    m_summaryLabel->setText(tr("%1 · %2 · %3")
                                .arg(tr("%n row(s)", nullptr, s.rows), tr("%n invalid", nullptr, s.invalid),
                                     tr("%n warning(s)", nullptr, s.warnings)));
}

void MainWindow::updateActions()
{
    m_actions->resubmitFailed->setEnabled(!m_submit->isRunning() && m_submit->resendableCount() > 0);
    if (m_editor->isLocked())
        return;
    const bool hasCell = m_view->currentIndex().isValid();
    for (QAction *action :
         {m_actions->cut, m_actions->copy, m_actions->clearCells, m_actions->duplicateRows, m_actions->fillDown,
          m_actions->deleteRows, m_actions->bulkEdit, m_actions->applyFix, m_actions->fixSelection})
        action->setEnabled(hasCell);
}

void MainWindow::fillDown()
{
    // The selection's rows and columns as a block, as spreadsheets do: its top row is copied into the
    // rows below; a single row takes the row above.
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    int top = selected.front().row(), bottom = top, left = selected.front().column(), right = left;
    for (const QModelIndex &index : selected) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
    }
    left = std::max(left, 1); // the Status column is computed, never filled
    const int source = top == bottom ? top - 1 : top;
    if (source < 0 || left > right)
        return;
    QStringList values;
    for (int c = left; c <= right; ++c)
        values.append(m_model->index(source, c).data(Qt::EditRole).toString());
    const int first = source + 1;
    m_editor->pasteBlock(first, left, QList<QStringList>(bottom - first + 1, values));
}

void MainWindow::showGridMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("gridContextMenu"));
    if (!m_editor->isLocked())
        m_fixes->addFixActions(&menu, index);
    menu.addActions({m_actions->cut, m_actions->copy, m_actions->paste, m_actions->pasteAsRows, m_actions->clearCells});
    menu.addSeparator();
    menu.addActions({m_actions->insertRow, m_actions->duplicateRows, m_actions->fillDown, m_actions->deleteRows});
    menu.addSeparator();
    menu.addActions({m_actions->bulkEdit, m_actions->fixSelection});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::goToProblem(bool backwards)
{
    const QModelIndex current = m_view->currentIndex();
    const GridCell from{current.isValid() ? current.row() : -1, current.isValid() ? current.column() : -1};
    const auto found = CellFinder::findProblem(m_model->document().table(), m_model->order(), from, backwards);
    if (!found) {
        statusBar()->showMessage(tr("No problems in the rows shown."), 4000);
        return;
    }
    const QModelIndex index = m_model->index(found->row, found->column);
    m_view->goToCell(index);
    statusBar()->showMessage(index.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), 8000);
}

void MainWindow::showFixesForCurrentCell()
{
    const QModelIndex current = m_view->currentIndex();
    const auto fixes = m_fixes->fixesFor(current);
    if (fixes.empty()) {
        statusBar()->showMessage(tr("No suggested fix for this cell."), 4000);
        return;
    }
    if (fixes.size() == 1) {
        m_fixes->applyFix(m_model->rowIdAt(current.row()), fixes.front().second);
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("fixMenu"));
    m_fixes->addFixActions(&menu, current);
    const QRect cell = m_view->visualRect(current);
    menu.exec(m_view->viewport()->mapToGlobal(cell.bottomLeft()));
}

void MainWindow::openBulkEdit()
{
    const std::vector<int> rows = m_view->selectedViewRows();
    if (rows.empty())
        return;
    BulkEditDialog dialog(static_cast<int>(rows.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<int> tableRows;
    tableRows.reserve(rows.size());
    for (int r : rows)
        tableRows.push_back(m_model->tableRow(r));
    const int count = static_cast<int>(rows.size());
    // Listed when applied: on the worker for a large selection. The table is the model's own, which
    // stays the same object whatever the edits do to it.
    const size_t listed = tableRows.size();
    m_editor->applyEditsInBackground([&table = m_model->document().table(), tableRows = std::move(tableRows),
                                      edit = dialog.edit()] { return edit.editsFor(table, tableRows); },
                                     listed, tr("Bulk edit %n row(s)", nullptr, count));
}

void MainWindow::openImportDefaults()
{
    const IndicatorTable &table = m_model->document().table();
    ImportDefaultsDialog dialog(this);
    const int lacking = ImportDefaults::rowsLackingRequired(table);
    if (lacking > 0)
        dialog.setRowsLacking(lacking);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RowEdits edits = dialog.defaults().edits(table, QFileInfo(m_session->path()).fileName(), 0);
    if (edits.empty())
        return;
    const int count = static_cast<int>(edits.size());
    m_editor->applyEdits(std::move(edits), tr("Import defaults on %n row(s)", nullptr, count),
                         GridEditor::Apply::InBackground);
}

void MainWindow::offerImportDefaults(int lacking)
{
    if (lacking == 0)
        return;
    m_notice->showNotice(NoticeBar::Kind::Information,
                         tr("%n row(s) leave the action, title or description empty. Edit > Import Defaults fills "
                            "them for every row at once.",
                            nullptr, lacking));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace im
