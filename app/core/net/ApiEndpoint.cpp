// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ApiEndpoint.h"

#include "core/indicator/ServiceLimits.h"

namespace im {

std::vector<RateWindow> documentedRateWindows(ApiEndpoint endpoint)
{
    constexpr qint64 kMinute = limits::kRateWindowSeconds * 1000LL;
    constexpr qint64 kHour = 60 * kMinute;
    switch (endpoint) {
    case ApiEndpoint::Token: return {};
    case ApiEndpoint::Import:
        // No hourly figure is documented for Import (shared/spec §3.1).
        return {{limits::kImportCallsPerMinute, kMinute}};
    case ApiEndpoint::BatchDelete:
        return {{limits::kBatchDeleteCallsPerMinute, kMinute}, {limits::kBatchDeleteCallsPerHour, kHour}};
    case ApiEndpoint::Submit:
    case ApiEndpoint::List:
    case ApiEndpoint::Delete: return {{limits::kListCallsPerMinute, kMinute}, {limits::kListCallsPerHour, kHour}};
    }
    return {};
}

const char *endpointName(ApiEndpoint endpoint)
{
    switch (endpoint) {
    case ApiEndpoint::Token: return "token";
    case ApiEndpoint::Import: return "import";
    case ApiEndpoint::Submit: return "submit";
    case ApiEndpoint::List: return "list";
    case ApiEndpoint::Delete: return "delete";
    case ApiEndpoint::BatchDelete: return "batchdelete";
    }
    return "";
}

} // namespace im
