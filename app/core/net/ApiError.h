// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace im {

// Why a call to Entra ID or the Defender API did not give a usable answer. Each kind has one
// translated sentence (message()) that says what happened and what to do; none ever contains a
// secret or a token.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind : quint8 {
        None,
        InvalidSettings,  // refused before sending (plain http to a remote host, unreadable CA file)
        Unreachable,      // connection refused, host not found, network down
        Timeout,          // no answer within the request timeout
        ConnectionClosed, // the connection dropped before the whole reply arrived
        TlsUntrusted,     // certificate chain not trusted
        TlsExpired,       // certificate expired or not yet valid
        TlsHostMismatch,  // certificate issued for another name
        TlsOther,         // any other TLS failure
        SignInRejected,   // the token endpoint refused the app, secret, tenant or scope
        SignInRequired,   // a user's sign-in is needed (no refresh token, or it was revoked)
        SignInDeclined,   // the user declined the sign-in (device code or browser)
        SignInExpired,    // the device code expired before the user signed in
        Unauthorized,     // 401 from the API even with a fresh token
        Forbidden,        // 403: the token lacks a permission or has the wrong audience
        NotFound,         // 404
        RateLimited,      // 429 (only surfaces when waiting did not help)
        ServerError,      // 5xx
        Rejected,         // another 4xx: the service refused the request itself
        MalformedReply,   // not JSON, truncated JSON, or JSON of the wrong shape
        HtmlReply,        // a web page instead of JSON (a proxy's or gateway's error page)
        ReplyTooLarge,    // bigger than we are willing to read
        Cancelled,        // stopped by the user
    };
    enum class Stage : quint8 { SignIn, Api };

    ApiError() = default;
    ApiError(Kind kind, Stage stage)
        : m_kind(kind)
        , m_stage(stage)
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }

    // Worth another attempt after a pause: the service may answer next time. Resending a write is not
    // safe by itself (the service does not promise to upsert, and may create a second indicator), so
    // the import journal looks rows up in the tenant before they go again.
    [[nodiscard]] bool isTransient() const;
    // The service could not be reached or talked to at all (CLI exit code 4).
    [[nodiscard]] bool isConnectionProblem() const;
    // Signing in or the permissions behind it failed (CLI exit code 3).
    [[nodiscard]] bool isSignInProblem() const;

    // What the service said, when it said something: HTTP status, error code and message of the
    // error envelope ({"error":{"code","message","target"}}), or Entra's error and description.
    int httpStatus = 0;
    QString serviceCode;
    QString serviceMessage;
    QString host;   // the host the call went to
    QString detail; // untranslated technical detail (Qt's error string, the JSON parse error)
    qint64 retryAfterMs = -1;
    int timeoutSeconds = 0;
    qint64 sizeLimitBytes = 0;

    // The sentence for people, in the current language.
    [[nodiscard]] QString message() const;
    // A stable data name for the kind ("tls-untrusted"), for --json output and tests.
    [[nodiscard]] QString code() const;

private:
    Kind m_kind = Kind::None;
    Stage m_stage = Stage::Api;
};

} // namespace im
