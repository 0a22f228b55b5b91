// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tasks/TaskControl.h"

namespace im {

void TaskControl::setProgress(qint64 done, qint64 total)
{
    m_permille.store(total > 0 ? static_cast<int>(qBound(qint64(0), done * 1000 / total, qint64(1000))) : -1,
                     std::memory_order_relaxed);
}

} // namespace im
