// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace im {

class TaskControl;

// Passes writes through to another device, reporting progress against an estimated size and failing
// the write once the task is cancelled, so a writer that knows nothing of tasks can still be stopped.
class ProgressDevice : public QIODevice
{
    Q_OBJECT

public:
    ProgressDevice(QIODevice *target, qint64 estimatedBytes, TaskControl *control, QObject *parent = nullptr);

    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    qint64 m_estimated;
    qint64 m_written = 0;
    TaskControl *m_control;
    bool m_cancelled = false;
};

} // namespace im
