// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/CoreDumps.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace im {

bool disableCoreDumps()
{
#if defined(Q_OS_LINUX)
    // Both, because either alone can be undone by the environment: a core_pattern pipe ignores
    // RLIMIT_CORE, and a set-id transition resets the dumpable flag.
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
#else
    // Windows writes no dump unless Windows Error Reporting is set up for it; macOS only with a
    // raised core limit, which is 0 by default.
    return true;
#endif
}

} // namespace im
