// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tasks/TaskControl.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace im {

// Runs long work (opening, validating, saving big files) on a worker thread, one task at a time,
// so the UI thread only paints and polls the progress. While a task runs the window locks editing:
// the worker may be reading the very table the grid shows.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }
    [[nodiscard]] QString label() const { return m_label; }
    [[nodiscard]] bool isCancellable() const { return m_cancellable; }
    [[nodiscard]] int permille() const { return m_control ? m_control->permille() : -1; }

    // Starts `work` on a worker thread, then calls `done` on this object's thread. Returns false (and
    // runs nothing) while another task is running.
    bool run(const QString &label, bool cancellable, std::function<void(TaskControl &)> work,
             std::function<void(const TaskControl &)> done);
    void cancel();
    // Blocks until the running task, if any, has finished and its `done` has run (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void finish();

    QThread *m_thread = nullptr;
    std::shared_ptr<TaskControl> m_control;
    std::function<void(const TaskControl &)> m_done;
    QString m_label;
    quint64 m_generation = 0; // drops the finished signal of a task waitForIdle() already finished
    bool m_cancellable = false;
};

} // namespace im
