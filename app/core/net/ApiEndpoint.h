// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace im {

// The calls the tool makes, each with its own documented rate limit (shared/spec §3.1). Limits apply
// per application + tenant and per endpoint, so each endpoint has its own client-side limiter.
enum class ApiEndpoint : quint8 {
    Token,
    Import,
    Submit,
    List,
    Delete,
    BatchDelete,
};

inline constexpr int ApiEndpointCount = 6;

struct RateWindow
{
    int maxCalls = 0;
    qint64 lengthMs = 0;
};

// The documented windows of an endpoint (none for Token: Entra documents no limit we would meet).
std::vector<RateWindow> documentedRateWindows(ApiEndpoint endpoint);

// A stable data name ("import", "list", ...), used in the sandbox's statistics and in logs.
const char *endpointName(ApiEndpoint endpoint);

} // namespace im
