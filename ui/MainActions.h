// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoStack;
class QWidget;

namespace im {

class LanguageMenu;

// The main window's actions with their names, icons, shortcuts and object names, and the menus and
// tool bar that show them. The window connects them; this class only builds them.
class MainActions : public QObject
{
    Q_OBJECT

public:
    // `grid` receives the actions that act on cells, so their keys work while it has the focus.
    MainActions(QMainWindow *window, QWidget *grid, QUndoStack *undoStack);

    void buildMenus(QAction *toggleProblems, QAction *toggleSubmission, QAction *toggleSource);
    QToolBar *buildToolBar();
    // Actions that change the table: disabled while a background task reads it.
    [[nodiscard]] QList<QAction *> editingActions() const;
    // Undo and redo follow the stack only while allowed: a background task may be applying a step.
    void setUndoAllowed(bool allowed);
    // Sets every text, tool tip and menu title in the current language (the window calls it on
    // QEvent::LanguageChange).
    void retranslateUi();

    // File
    QAction *newTable;
    QAction *open;
    QAction *openWithMapping;
    QAction *append;
    QAction *save;
    QAction *saveAs;
    QAction *previewImport;
    QAction *quit;
    QMenu *recentMenu;
    // Edit
    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *pasteAsRows;
    QAction *clearCells;
    QAction *selectAll;
    QAction *find;
    QAction *replace;
    QAction *findNext;
    QAction *findPrevious;
    // Rows
    QAction *addRow;
    QAction *insertRow;
    QAction *duplicateRows;
    QAction *fillDown;
    QAction *deleteRows;
    QAction *bulkEdit;
    QAction *importDefaults;
    QAction *applyFix;
    QAction *fixSelection;
    QAction *nextProblem;
    QAction *previousProblem;
    // Submit
    QAction *submit;
    QAction *resubmitFailed;
    QAction *history;
    QAction *tenantIndicators;
    QAction *syncTenant;
    QAction *submitToTenants;
    QAction *extendExpiration;
    // View and help
    QAction *focusFilter;
    QAction *clearFilter;
    QAction *about;
    LanguageMenu *languageMenu;

private:
    QAction *make(const char *objectName, const char *icon = nullptr);
    QMenu *addMenu(const char *objectName);
    void updateUndoTexts();
    void updateUndoEnabled();

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    bool m_undoAllowed = true;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_rowsMenu = nullptr;
    QMenu *m_submitMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace im
