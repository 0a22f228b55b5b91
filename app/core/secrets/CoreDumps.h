// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace im {

// Keeps the process from writing a core dump, which would hold the client secret, refresh token and
// access token that live in its memory. On Linux it sets RLIMIT_CORE to 0 and marks the process not
// dumpable (which also keeps other processes of the same user from attaching to it and reading its
// memory). Each program calls it first thing in main(). Returns false when the platform offers
// neither or both calls failed; elsewhere it does nothing and returns true.
bool disableCoreDumps();

} // namespace im
