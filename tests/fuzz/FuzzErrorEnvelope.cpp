// SPDX-License-Identifier: GPL-3.0-or-later
// The error body of a refused call (the service's {"error":{...}} envelope or Entra's error), as
// ReplyDecoder reads it for every 4xx and 5xx, and the sentence built from it for people. What a hostile
// service writes there must come out short and without control characters or direction overrides.
#include "FuzzSupport.h"

#include "core/net/ApiError.h"
#include "core/net/ReplyDecoder.h"

#include <QJsonObject>

using namespace im;

namespace {

bool isPrintable(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    for (ApiError::Stage stage : {ApiError::Stage::Api, ApiError::Stage::SignIn}) {
        for (int status : {400, 403, 429, 503}) {
            ApiError error(status == 503   ? ApiError::Kind::ServerError
                           : status == 429 ? ApiError::Kind::RateLimited
                           : status == 403 ? ApiError::Kind::Forbidden
                                           : (stage == ApiError::Stage::SignIn ? ApiError::Kind::SignInRejected
                                                                               : ApiError::Kind::Rejected),
                           stage);
            error.httpStatus = status;
            ReplyDecoder::readErrorEnvelope(body, error);
            IM_FUZZ_CHECK(error.serviceMessage.size() <= 1003);
            IM_FUZZ_CHECK(error.serviceCode.size() <= 100);
            IM_FUZZ_CHECK(isPrintable(error.serviceMessage));
            IM_FUZZ_CHECK(isPrintable(error.serviceCode));
            IM_FUZZ_CHECK(!error.message().isEmpty());
            IM_FUZZ_CHECK(!error.code().isEmpty());
        }
    }
    // The same bytes as a 2xx body: an object, or a clear reason why not.
    ApiError parseError;
    QJsonObject object;
    if (!ReplyDecoder::parseObject(body, &object, parseError)) {
        IM_FUZZ_CHECK(parseError.kind() == ApiError::Kind::MalformedReply);
        IM_FUZZ_CHECK(!parseError.detail.isEmpty());
        IM_FUZZ_CHECK(!parseError.message().isEmpty());
    }
    return 0;
}
