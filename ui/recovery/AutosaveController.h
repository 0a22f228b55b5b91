// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RecoveryStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;
class QUndoStack;

namespace im {

class IndicatorTableModel;
class TaskRunner;

// Writes a recovery snapshot of unsaved work every so often (QSettings "recovery/autosaveSeconds",
// 60 by default), and removes it once the work is saved or deliberately closed. Big tables are
// written by a background task; small ones at once, which takes milliseconds.
class AutosaveController : public QObject
{
    Q_OBJECT

public:
    AutosaveController(IndicatorTableModel *model, QUndoStack *undoStack, TaskRunner *runner,
                       const QString &directory = RecoveryStore::defaultDirectory(), QObject *parent = nullptr);

    [[nodiscard]] RecoveryStore &store() { return m_store; }
    [[nodiscard]] int intervalSeconds() const;
    void setIntervalSeconds(int seconds);
    // Autosaving waits while this says no (an editor is open in the grid).
    void setIdleCheck(std::function<bool()> isIdle) { m_isIdle = std::move(isIdle); }
    void setDocumentInfo(const QString &sourcePath, std::optional<SaveFormat> saveFormat);

    // Writes a snapshot now if there is unsaved work. Returns false when nothing was written or started.
    bool saveNow();
    // The work was saved or closed on purpose: forget the snapshot.
    void discard();

Q_SIGNALS:
    void snapshotWritten();
    void snapshotFailed(const QString &error);

private:
    void changed();
    void timeout();

    IndicatorTableModel *m_model;
    QUndoStack *m_undoStack;
    TaskRunner *m_runner;
    RecoveryStore m_store;
    QTimer *m_timer;
    std::function<bool()> m_isIdle;
    RecoveryInfo m_info;
    bool m_pending = false;        // changes since the last snapshot
    bool m_writing = false;        // a background task is writing a snapshot
    bool m_discardPending = false; // discard() came while it was
};

} // namespace im
