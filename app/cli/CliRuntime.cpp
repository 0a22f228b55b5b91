// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRuntime.h"

#include "cli/CliCommands.h"
#include "core/net/ApiError.h"

#include <QTimer>

namespace im::cli {

void pauseFor(int ms)
{
    QEventLoop pause;
    QTimer::singleShot(ms, &pause, &QEventLoop::quit);
    pause.exec();
}

int exitCodeFor(const ApiError &error)
{
    if (error.isSignInProblem())
        return ExitSignInFailed;
    if (error.kind() == ApiError::Kind::InvalidSettings)
        return ExitBadInput;
    return ExitUnreachable;
}

} // namespace im::cli
