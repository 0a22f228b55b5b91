// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ApiError.h"

namespace im {

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::ConnectionClosed:
    case Kind::ServerError:
    case Kind::RateLimited:
    case Kind::MalformedReply:
    case Kind::HtmlReply:
    case Kind::ReplyTooLarge: return true;
    default: return false;
    }
}

bool ApiError::isConnectionProblem() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::ConnectionClosed:
    case Kind::TlsUntrusted:
    case Kind::TlsExpired:
    case Kind::TlsHostMismatch:
    case Kind::TlsOther:
    case Kind::ServerError:
    case Kind::RateLimited:
    case Kind::MalformedReply:
    case Kind::HtmlReply:
    case Kind::ReplyTooLarge:
    case Kind::NotFound: return true;
    default: return false;
    }
}

bool ApiError::isSignInProblem() const
{
    return m_kind == Kind::SignInRejected || m_kind == Kind::SignInRequired || m_kind == Kind::SignInDeclined
           || m_kind == Kind::SignInExpired || m_kind == Kind::Unauthorized || m_kind == Kind::Forbidden;
}

QString ApiError::code() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidSettings: return QStringLiteral("invalid-settings");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::ConnectionClosed: return QStringLiteral("connection-closed");
    case Kind::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case Kind::TlsExpired: return QStringLiteral("tls-expired");
    case Kind::TlsHostMismatch: return QStringLiteral("tls-host-mismatch");
    case Kind::TlsOther: return QStringLiteral("tls-error");
    case Kind::SignInRejected: return QStringLiteral("sign-in-rejected");
    case Kind::SignInRequired: return QStringLiteral("sign-in-required");
    case Kind::SignInDeclined: return QStringLiteral("sign-in-declined");
    case Kind::SignInExpired: return QStringLiteral("sign-in-expired");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::Rejected: return QStringLiteral("rejected");
    case Kind::MalformedReply: return QStringLiteral("malformed-reply");
    case Kind::HtmlReply: return QStringLiteral("html-reply");
    case Kind::ReplyTooLarge: return QStringLiteral("reply-too-large");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::message() const
{
    const QString who = host.isEmpty() ? tr("the service") : host;
    const QString said = serviceMessage.isEmpty() ? serviceCode : serviceMessage;
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::InvalidSettings: return detail;
    case Kind::Unreachable:
        //: %1 is a host name
        return tr("Cannot connect to %1. Check the address, the network and any proxy.").arg(who);
    case Kind::Timeout: return tr("%1 did not answer within %n second(s).", nullptr, timeoutSeconds).arg(who);
    case Kind::ConnectionClosed: return tr("The connection to %1 closed before the whole reply arrived.").arg(who);
    case Kind::TlsUntrusted:
        return tr("The certificate of %1 is not trusted. If your network inspects TLS traffic, give its CA "
                  "certificate with --ca-file.")
            .arg(who);
    case Kind::TlsExpired: return tr("The certificate of %1 has expired or is not valid yet.").arg(who);
    case Kind::TlsHostMismatch: return tr("The certificate presented by %1 was issued for a different name.").arg(who);
    case Kind::TlsOther: return tr("The secure connection to %1 failed: %2").arg(who, detail);
    case Kind::SignInRejected:
        if (said.isEmpty())
            return tr("Sign-in was refused (HTTP %1).").arg(httpStatus);
        //: %1 is Entra ID's own explanation, in English
        return tr("Sign-in was refused: %1").arg(said);
    case Kind::SignInRequired:
        if (!said.isEmpty())
            //: %1 is Entra ID's own explanation, in English
            return tr("Your sign-in has ended; sign in again with your account. (%1)").arg(said);
        return tr("Your sign-in has ended; sign in again with your account.");
    case Kind::SignInDeclined: return tr("The sign-in was declined in the browser or on the other device.");
    case Kind::SignInExpired:
        return tr("The code expired before the sign-in was completed. Start again to get a new code.");
    case Kind::Unauthorized:
        return tr("The service did not accept the access token (HTTP 401), even after signing in again.");
    case Kind::Forbidden:
        return tr("The app registration is not allowed to do this (HTTP 403). It needs the WindowsDefenderATP "
                  "application permission Ti.ReadWrite.All with admin consent. Service: %1")
            .arg(said.isEmpty() ? tr("no details") : said);
    case Kind::NotFound: return tr("%1 has no such address or item (HTTP 404). Check the API address.").arg(who);
    case Kind::RateLimited: return tr("The service kept refusing calls because of its rate limit (HTTP 429).");
    case Kind::ServerError: return tr("The service had an internal error (HTTP %1).").arg(httpStatus);
    case Kind::Rejected:
        if (httpStatus >= 300 && httpStatus < 400)
            return tr("%1 tried to send the call to another address (HTTP %2). Redirects are not followed, so "
                      "nothing was sent there; check the address.")
                .arg(who)
                .arg(httpStatus);
        if (said.isEmpty())
            return tr("The service refused the request (HTTP %1).").arg(httpStatus);
        //: %1 is the service's own message, in English
        return tr("The service refused the request: %1").arg(said);
    case Kind::MalformedReply: return tr("The reply of %1 could not be read: %2").arg(who, detail);
    case Kind::HtmlReply:
        return tr("%1 answered with a web page (HTTP %2) instead of data; a proxy or gateway may be in the way.")
            .arg(who)
            .arg(httpStatus);
    case Kind::ReplyTooLarge:
        return tr("The reply of %1 was larger than %n MB and was not read.", nullptr,
                  static_cast<int>(sizeLimitBytes / (1024LL * 1024)))
            .arg(who);
    case Kind::Cancelled: return tr("Cancelled.");
    }
    return {};
}

} // namespace im
