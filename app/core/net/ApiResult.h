// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"

#include <QJsonObject>

namespace im {

// The outcome of one call: either an error, or the HTTP status and the JSON object of the reply
// (empty for 204 No Content).
struct ApiResult
{
    ApiError error;
    int httpStatus = 0;
    QJsonObject json;
    int attempts = 0;  // HTTP requests the call needed (a 401 renewal or a 429 wait adds one)
    int throttled = 0; // 429 answers met on the way

    [[nodiscard]] bool ok() const { return !error.isError(); }
};

} // namespace im
