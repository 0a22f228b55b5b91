// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskRunner.h"

#include <QCoreApplication>
#include <QThread>

namespace im {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{
}

TaskRunner::~TaskRunner()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool TaskRunner::run(const QString &label, bool cancellable, std::function<void(TaskControl &)> work,
                     std::function<void(const TaskControl &)> done)
{
    if (m_thread)
        return false;
    m_control = std::make_shared<TaskControl>();
    m_done = std::move(done);
    m_label = label;
    m_cancellable = cancellable;
    auto control = m_control;
    m_thread = QThread::create([control, work = std::move(work)]() { work(*control); });
    const quint64 generation = ++m_generation;
    connect(
        m_thread, &QThread::finished, this,
        [this, generation] {
            if (generation == m_generation)
                finish();
        },
        Qt::QueuedConnection);
    m_thread->start();
    Q_EMIT busyChanged(true);
    return true;
}

void TaskRunner::cancel()
{
    if (m_control && m_cancellable)
        m_control->cancel();
}

void TaskRunner::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const auto control = std::move(m_control);
    auto done = std::move(m_done);
    m_done = nullptr;
    m_label.clear();
    // Idle before `done` runs, so that it may start the next task.
    Q_EMIT busyChanged(false);
    if (done)
        done(*control);
}

void TaskRunner::waitForIdle()
{
    while (m_thread) {
        m_thread->wait();
        finish();
    }
}

} // namespace im
