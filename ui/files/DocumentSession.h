// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableWriter.h"
#include "ui/common/NoticeBar.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;
class QWidget;

namespace im {

class AutosaveController;
class FileOpener;
class FileSaver;
class IndicatorTableModel;
class TaskRunner;
struct LoadResult;
struct RecoveryInfo;

// The open document's life: which file it is and how Save writes it, opening (in the background),
// saving, the unsaved-changes question, and restoring work a crashed session left behind. The window
// shows what it reports through signals.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    enum class ChangesAnswer { Proceed, Save, Cancel };

    DocumentSession(IndicatorTableModel *model, QUndoStack *undoStack, TaskRunner *tasks, QWidget *window);
    ~DocumentSession() override;

    [[nodiscard]] QString path() const { return m_path; }
    // Rows of the file last opened that lacked an action, title or description, counted as it was read.
    [[nodiscard]] int rowsLackingRequired() const { return m_rowsLackingRequired; }
    [[nodiscard]] std::optional<SaveFormat> saveFormat() const { return m_saveFormat; }
    [[nodiscard]] AutosaveController *autosave() const { return m_autosave; }
    // Without interaction (--screenshot) no question is asked and no dialog shown.
    void setInteractive(bool interactive);

    void open(const QString &path, bool askForMapping);
    // Reads another file in the background for File > Append; `appendRead` hands over its rows.
    void append(const QString &path);
    void newTable();
    void save();
    void saveAs();
    void saveTo(const QString &path, SaveFormat format);
    void offerRecovery();

    // Asks whether to save unsaved changes; Proceed when there are none or the analyst discards them.
    ChangesAnswer askAboutChanges();
    // Runs `next` once unsaved changes are saved or discarded; not at all when the analyst cancels.
    void settleChanges(const std::function<void()> &next);
    // Saves, then runs `next` if the save succeeded.
    void saveThen(const std::function<void()> &next);

Q_SIGNALS:
    // A new table is in the model (opened, restored or new).
    void documentReplaced();
    void pathChanged();
    void fileLoaded(bool ok, const QString &message);
    void fileSaved(bool ok, const QString &message);
    // A file to append was read; its document holds the rows (the table itself is not touched here).
    void appendRead(const QString &path, const std::shared_ptr<im::LoadResult> &result);
    // Appending failed or was cancelled before any row was added.
    void appendFailed(const QString &message);
    void fileUsed(const QString &path); // for the recent files
    void notice(im::NoticeBar::Kind kind, const QString &text);
    void noticeDismissed();
    void statusMessage(const QString &text);

private:
    void finishLoad(const QString &path, LoadResult &result, bool restored);
    void finishAppend(const QString &path, const std::shared_ptr<LoadResult> &result);
    void finishRestore(const RecoveryInfo &info, LoadResult &result);
    void finishSave(const QString &path, SaveFormat format, const QString &error);
    void installDocument(LoadResult &result);

    IndicatorTableModel *m_model;
    QUndoStack *m_undoStack;
    TaskRunner *m_tasks;
    QWidget *m_window;
    FileOpener *m_opener;
    FileSaver *m_saver;
    AutosaveController *m_autosave;
    QString m_path;
    std::optional<SaveFormat> m_saveFormat;
    int m_rowsLackingRequired = 0;
    std::function<void()> m_afterSave; // what a save started by settleChanges() continues with
    bool m_interactive = true;
};

} // namespace im
