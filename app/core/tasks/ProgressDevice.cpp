// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/ProgressDevice.h"

#include "core/tasks/TaskControl.h"

namespace im {

ProgressDevice::ProgressDevice(QIODevice *target, qint64 estimatedBytes, TaskControl *control, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_estimated(std::max<qint64>(1, estimatedBytes))
    , m_control(control)
{
}

qint64 ProgressDevice::readData(char *, qint64)
{
    return -1;
}

qint64 ProgressDevice::writeData(const char *data, qint64 size)
{
    if (m_control->isCancelled()) {
        m_cancelled = true;
        setErrorString(tr("Cancelled"));
        return -1;
    }
    const qint64 written = m_target->write(data, size);
    if (written < 0) {
        setErrorString(m_target->errorString());
        return -1;
    }
    m_written += written;
    // The estimate is rough: hold at 99% until the file is committed.
    m_control->setProgress(std::min(m_written, m_estimated * 99 / 100), m_estimated);
    return written;
}

} // namespace im
