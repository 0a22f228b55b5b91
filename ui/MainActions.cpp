// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainActions.h"

#include "ui/i18n/LanguageMenu.h"

#include <QAction>
#include <QHash>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace im {

QAction *MainActions::make(const char *objectName, const char *icon)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QLatin1String(objectName));
    if (icon)
        action->setIcon(QIcon(QLatin1String(icon)));
    return action;
}

MainActions::MainActions(QMainWindow *window, QWidget *grid, QUndoStack *undoStack)
    : QObject(window)
    , m_window(window)
    , m_undoStack(undoStack)
{
    newTable = make("newTableAction", ":/icons/document-new.svg");
    newTable->setShortcut(QKeySequence::New);
    open = make("openAction", ":/icons/document-open.svg");
    open->setShortcut(QKeySequence::Open);
    openWithMapping = make("openWithMappingAction");
    append = make("appendAction");
    save = make("saveAction", ":/icons/document-save.svg");
    save->setShortcut(QKeySequence::Save);
    saveAs = make("saveAsAction", ":/icons/document-save-as.svg");
    saveAs->setShortcut(QKeySequence::SaveAs);
    previewImport = make("previewImportAction", ":/icons/preview-import.svg");
    previewImport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    quit = make("quitAction");
    quit->setShortcut(QKeySequence::Quit);
    recentMenu = new QMenu(window);
    recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));

    // Our own undo actions rather than QUndoStack's, whose "Undo" prefix is fixed when they are made.
    undo = make("undoAction", ":/icons/edit-undo.svg");
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(undoStack->canUndo());
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(undoStack, &QUndoStack::canUndoChanged, this, &MainActions::updateUndoEnabled);
    redo = make("redoAction", ":/icons/edit-redo.svg");
    // Ctrl+Y as on Windows and in spreadsheets, Ctrl+Shift+Z as elsewhere, whatever the platform's keymap.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    redo->setEnabled(undoStack->canRedo());
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canRedoChanged, this, &MainActions::updateUndoEnabled);
    connect(undoStack, &QUndoStack::undoTextChanged, this, &MainActions::updateUndoTexts);
    connect(undoStack, &QUndoStack::redoTextChanged, this, &MainActions::updateUndoTexts);

    cut = make("cutAction", ":/icons/edit-cut.svg");
    cut->setShortcut(QKeySequence::Cut);
    copy = make("copyAction", ":/icons/edit-copy.svg");
    copy->setShortcut(QKeySequence::Copy);
    paste = make("pasteAction", ":/icons/edit-paste.svg");
    paste->setShortcut(QKeySequence::Paste);
    pasteAsRows = make("pasteAsRowsAction");
    pasteAsRows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    clearCells = make("clearCellsAction", ":/icons/edit-clear.svg");
    clearCells->setShortcut(QKeySequence::Delete);
    selectAll = make("selectAllAction");
    selectAll->setShortcut(QKeySequence::SelectAll);
    find = make("findAction", ":/icons/edit-find.svg");
    find->setShortcut(QKeySequence::Find);
    replace = make("replaceAction");
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    findNext = make("findNextAction");
    findNext->setShortcut(QKeySequence::FindNext);
    findPrevious = make("findPreviousAction");
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    addRow = make("addRowAction", ":/icons/row-add.svg");
    addRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    insertRow = make("insertRowAction", ":/icons/row-insert.svg");
    insertRow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    duplicateRows = make("duplicateRowsAction", ":/icons/row-duplicate.svg");
    duplicateRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    // Spreadsheets fill down on Ctrl+D, which duplicates rows here; fill down has its own key.
    fillDown = make("fillDownAction");
    fillDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    deleteRows = make("deleteRowsAction", ":/icons/row-delete.svg");
    deleteRows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    importDefaults = make("importDefaultsAction");
    bulkEdit = make("bulkEditAction", ":/icons/bulk-edit.svg");
    bulkEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    applyFix = make("applyFixAction", ":/icons/fix.svg");
    applyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    fixSelection = make("fixSelectionAction", ":/icons/fix-all.svg");
    fixSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    nextProblem = make("nextProblemAction", ":/icons/go-down.svg");
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    previousProblem = make("previousProblemAction", ":/icons/go-up.svg");
    previousProblem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));

    submit = make("submitAction", ":/icons/submit.svg");
    submit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    resubmitFailed = make("resubmitFailedAction");
    history = make("historyAction", ":/icons/history.svg");
    tenantIndicators = make("tenantIndicatorsAction");
    syncTenant = make("syncTenantAction");
    submitToTenants = make("submitToTenantsAction");
    extendExpiration = make("extendExpirationAction");

    focusFilter = make("focusFilterAction", ":/icons/filter.svg");
    focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    clearFilter = make("clearFilterAction");
    clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    about = make("aboutAction");

    // Cell actions answer their keys only while the grid has the focus, so text fields keep theirs.
    for (QAction *a :
         {cut, copy, paste, pasteAsRows, clearCells, selectAll, insertRow, duplicateRows, fillDown, deleteRows}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        grid->addAction(a);
    }
    languageMenu = new LanguageMenu(window);
    retranslateUi();
}

void MainActions::retranslateUi()
{
    newTable->setText(tr("&New Table"));
    open->setText(tr("&Open..."));
    openWithMapping->setText(tr("Open with Column &Mapping..."));
    append->setText(tr("Appen&d..."));
    save->setText(tr("&Save"));
    saveAs->setText(tr("Save &As..."));
    previewImport->setText(tr("&Preview Import..."));
    quit->setText(tr("&Quit"));
    recentMenu->setTitle(tr("Open &Recent"));
    updateUndoTexts();
    cut->setText(tr("Cu&t"));
    copy->setText(tr("&Copy"));
    paste->setText(tr("&Paste"));
    pasteAsRows->setText(tr("Paste as New &Rows"));
    clearCells->setText(tr("C&lear Cells"));
    selectAll->setText(tr("Select &All"));
    find->setText(tr("&Find..."));
    replace->setText(tr("R&eplace..."));
    findNext->setText(tr("Find &Next"));
    findPrevious->setText(tr("Find Pre&vious"));
    addRow->setText(tr("&Add Row"));
    insertRow->setText(tr("&Insert Row Above"));
    duplicateRows->setText(tr("&Duplicate Rows"));
    fillDown->setText(tr("&Fill Down"));
    deleteRows->setText(tr("D&elete Rows"));
    bulkEdit->setText(tr("&Bulk Edit..."));
    importDefaults->setText(tr("Import &Defaults..."));
    applyFix->setText(tr("Apply &Fix"));
    fixSelection->setText(tr("Fix the &Selection..."));
    nextProblem->setText(tr("&Next Problem"));
    previousProblem->setText(tr("&Previous Problem"));
    submit->setText(tr("&Submit..."));
    resubmitFailed->setText(tr("&Resubmit Failed"));
    history->setText(tr("Import &History..."));
    tenantIndicators->setText(tr("&Tenant Indicators..."));
    syncTenant->setText(tr("S&ync with Tenant..."));
    submitToTenants->setText(tr("Submit to Several T&enants..."));
    extendExpiration->setText(tr("E&xtend Expiration..."));
    focusFilter->setText(tr("&Filter Rows"));
    clearFilter->setText(tr("&Clear Filter"));
    about->setText(tr("&About Indicator Manager"));

    // Tool tips name the key, unless a longer explanation is given.
    const QHash<QAction *, QString> explained = {
        {pasteAsRows, tr("Add the indicators on the clipboard (a list of IOCs, a table, JSON) as new rows")},
        {addRow, tr("Add an empty row at the end")},
        {bulkEdit, tr("Set action, severity, expiration, device groups, title, description, recommended actions or "
                      "category on every selected row")},
        {duplicateRows, tr("Add a copy of each selected row (Ctrl+D). To copy the top cell into the cells below, "
                           "use Fill Down (Ctrl+Shift+D).")},
        {fillDown, tr("Copy the top selected cell of each column into the selected cells below it, or the cell "
                      "above into a single selected row (Ctrl+Shift+D)")},
        {append, tr("Add the rows of another file after the last row, keeping the table that is open")},
        {importDefaults, tr("Fill the cells every row leaves empty: action, severity, title, description, expiration")},
        {applyFix, tr("Show the suggested fixes for the current cell")},
        {submit, tr("Send every valid row to the tenant")},
        {resubmitFailed, tr("Send again only the rows that failed or were not sent")},
        {tenantIndicators, tr("List, export and delete the indicators the tenant holds")},
        {syncTenant, tr("Make the tenant hold exactly this table's rows among our indicators, after a preview")},
        {submitToTenants,
         tr("Submit or sync this table to several saved profiles in turn, with the results side by side")},
        {extendExpiration, tr("Extend the expiration of this table's rows that the tenant holds, after a preview")},
    };
    const QList<QAction *> own = {newTable,
                                  open,
                                  openWithMapping,
                                  append,
                                  save,
                                  saveAs,
                                  previewImport,
                                  submit,
                                  resubmitFailed,
                                  history,
                                  tenantIndicators,
                                  syncTenant,
                                  submitToTenants,
                                  extendExpiration,
                                  quit,
                                  undo,
                                  redo,
                                  cut,
                                  copy,
                                  paste,
                                  pasteAsRows,
                                  clearCells,
                                  selectAll,
                                  find,
                                  replace,
                                  findNext,
                                  findPrevious,
                                  addRow,
                                  insertRow,
                                  duplicateRows,
                                  fillDown,
                                  deleteRows,
                                  bulkEdit,
                                  applyFix,
                                  fixSelection,
                                  nextProblem,
                                  previousProblem,
                                  focusFilter,
                                  clearFilter,
                                  about};
    for (QAction *a : own) {
        if (const auto it = explained.constFind(a); it != explained.constEnd()) {
            a->setToolTip(*it);
            continue;
        }
        if (a->shortcut().isEmpty())
            continue;
        const QString plain = a->text().remove(u'&').remove(QStringLiteral("..."));
        //: Tool tip of a button: %1 what it does, %2 its key (Ctrl+O)
        a->setToolTip(tr("%1 (%2)").arg(plain, a->shortcut().toString(QKeySequence::NativeText)));
    }

    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_editMenu->setTitle(tr("&Edit"));
        m_rowsMenu->setTitle(tr("&Rows"));
        m_submitMenu->setTitle(tr("S&ubmit"));
        m_viewMenu->setTitle(tr("&View"));
        m_helpMenu->setTitle(tr("&Help"));
    }
    if (m_toolBar) {
        m_toolBar->setWindowTitle(tr("Main Tool Bar"));
        m_toolBar->setAccessibleName(tr("Main tool bar"));
    }
}

void MainActions::updateUndoTexts()
{
    // As QUndoStack words them: the verb, then what the command did ("Undo Delete 3 rows").
    const auto prefixed = [](const QString &verb, const QString &what) {
        return what.isEmpty() ? verb : verb + QLatin1Char(' ') + what;
    };
    undo->setText(prefixed(tr("&Undo"), m_undoStack->undoText()));
    redo->setText(prefixed(tr("&Redo"), m_undoStack->redoText()));
}

QMenu *MainActions::addMenu(const char *objectName)
{
    QMenu *menu = m_window->menuBar()->addMenu(QString());
    menu->setObjectName(QLatin1String(objectName));
    return menu;
}

void MainActions::buildMenus(QAction *toggleProblems, QAction *toggleSubmission, QAction *toggleSource)
{
    QMenu *file = m_fileMenu = addMenu("fileMenu");
    file->addActions({newTable, open, openWithMapping, append});
    file->addMenu(recentMenu);
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(previewImport);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = m_editMenu = addMenu("editMenu");
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste, pasteAsRows, clearCells});
    edit->addSeparator();
    edit->addActions({find, replace, findNext, findPrevious});
    edit->addSeparator();
    edit->addAction(selectAll);
    edit->addSeparator();
    edit->addAction(importDefaults);

    QMenu *rows = m_rowsMenu = addMenu("rowsMenu");
    rows->addActions({addRow, insertRow, duplicateRows, fillDown, deleteRows});
    rows->addSeparator();
    rows->addAction(bulkEdit);
    rows->addSeparator();
    rows->addActions({applyFix, fixSelection, nextProblem, previousProblem});

    QMenu *submitMenu = m_submitMenu = addMenu("submitMenu");
    submitMenu->addActions({submit, resubmitFailed});
    submitMenu->addSeparator();
    submitMenu->addActions({history, tenantIndicators, syncTenant, submitToTenants, extendExpiration});

    QMenu *view = m_viewMenu = addMenu("viewMenu");
    view->addActions({focusFilter, clearFilter});
    view->addSeparator();
    view->addActions({toggleProblems, toggleSubmission, toggleSource});
    view->addSeparator();
    view->addMenu(languageMenu);

    QMenu *help = m_helpMenu = addMenu("helpMenu");
    help->addAction(about);
    retranslateUi();
}

QToolBar *MainActions::buildToolBar()
{
    QToolBar *bar = m_toolBar = m_window->addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addActions({open, save});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({addRow, insertRow, duplicateRows, deleteRows});
    bar->addSeparator();
    bar->addActions({bulkEdit, applyFix, previousProblem, nextProblem});
    bar->addSeparator();
    bar->addAction(find);
    bar->addSeparator();
    bar->addAction(previewImport);
    bar->addAction(submit);
    retranslateUi();
    return bar;
}

void MainActions::setUndoAllowed(bool allowed)
{
    m_undoAllowed = allowed;
    updateUndoEnabled();
}

void MainActions::updateUndoEnabled()
{
    undo->setEnabled(m_undoAllowed && m_undoStack->canUndo());
    redo->setEnabled(m_undoAllowed && m_undoStack->canRedo());
}

QList<QAction *> MainActions::editingActions() const
{
    return {newTable, open,       openWithMapping, append,     save,         saveAs,        undo,      redo,
            cut,      paste,      pasteAsRows,     clearCells, replace,      addRow,        insertRow, duplicateRows,
            fillDown, deleteRows, bulkEdit,        applyFix,   fixSelection, previewImport, submit,    resubmitFailed};
}

} // namespace im
