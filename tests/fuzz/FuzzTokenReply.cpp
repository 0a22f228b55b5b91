// SPDX-License-Identifier: GPL-3.0-or-later
// A token reply from Entra ID (or whatever answers in its place), taken by TokenClient::adoptTokenReply
// as after every sign-in and renewal, and the token's claims decoded for display. A token is only taken
// when it can go into an Authorization header as it is: no line breaks, spaces or other characters that
// could end the header or start another, and no lifetime that overflows the clock.
#include "FuzzSupport.h"

#include "core/net/ApiError.h"
#include "core/net/ReplyDecoder.h"
#include "core/net/TokenClient.h"

#include <QJsonObject>

using namespace im;

namespace {

bool isHeaderSafe(const QByteArray &value)
{
    for (char c : value) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
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
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // The input as a token too: the claims are read from whatever the service handed out.
    const TokenClaims raw = TokenClient::decodeClaims(bytes);
    IM_FUZZ_CHECK(!raw.expires.isValid() || raw.expires.toSecsSinceEpoch() > 0);

    QJsonObject reply;
    ApiError error;
    if (!ReplyDecoder::parseObject(bytes, &reply, error))
        return 0;
    TokenClient client(nullptr, nullptr);
    const ApiError adopted = client.adoptTokenReply(reply, QStringLiteral("login.example"));
    if (adopted.isError()) {
        IM_FUZZ_CHECK(adopted.kind() == ApiError::Kind::MalformedReply);
        IM_FUZZ_CHECK(!adopted.message().isEmpty());
        IM_FUZZ_CHECK(!client.isSignedIn());
        return 0;
    }
    IM_FUZZ_CHECK(client.isSignedIn());
    const QByteArray authorization = client.authorization();
    IM_FUZZ_CHECK(authorization.startsWith("Bearer "));
    IM_FUZZ_CHECK(isHeaderSafe(authorization.mid(7)));
    IM_FUZZ_CHECK(authorization.size() <= 7 + 64 * 1024);
    IM_FUZZ_CHECK(isHeaderSafe(client.refreshToken()) || client.refreshToken().isEmpty());
    IM_FUZZ_CHECK(client.hasFreshToken() || reply.value(QLatin1String("expires_in")).toDouble() < 5
                  || reply.value(QLatin1String("expires_in")).toString().toDouble() < 5);
    (void)client.claims().permissions();
    return 0;
}
