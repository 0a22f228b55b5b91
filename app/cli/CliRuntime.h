// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>

namespace im {
class ApiError;
}

namespace im::cli {

// Waits at the top of the program (never inside a slot) until `signal` of `sender` fires; returns at
// once when `pending` is false (the work finished before the wait began).
template<typename Sender, typename Signal>
void waitFor(Sender *sender, Signal signal, bool pending = true)
{
    if (!pending)
        return;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// Lets the event loop run for `ms` milliseconds (a retry's backoff).
void pauseFor(int ms);

// The exit code for a call that failed: 3 when signing in or a permission failed, 2 for settings that
// cannot be used, 4 when the service could not be reached or kept failing.
int exitCodeFor(const ApiError &error);

} // namespace im::cli
