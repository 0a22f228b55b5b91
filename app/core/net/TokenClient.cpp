// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/TokenClient.h"

#include "core/auth/ClientAssertion.h"
#include "core/auth/ClientCertificate.h"
#include "core/net/TlsPolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace im {
namespace {

// Longer tokens than any Entra issues are refused: they would only fill memory and request headers.
constexpr qsizetype kMaxTokenChars = 64LL * 1024;
// A reply may not make a token live longer than a day; an absurd lifetime must not overflow the clock.
constexpr double kMaxLifetimeSeconds = 24 * 60 * 60;

// RFC 6750 b64token (letters, digits, "-._~+/", then "=" padding): nothing that could end the
// Authorization header or start another one.
bool isBearerToken(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenChars)
        return false;
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char16_t c = token[i].unicode();
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                             || c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'+' || c == u'/';
        if (!allowed)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token[i] != u'=')
            return false;
    }
    return true;
}

// A refresh token is only ever sent form-encoded, so any printable ASCII is safe; the size is capped.
bool isRefreshToken(const QString &token)
{
    if (token.size() > kMaxTokenChars)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

// Renew this long before expiry: at most five minutes, at most a fifth of the lifetime (short-lived
// sandbox tokens would otherwise never count as fresh).
constexpr qint64 kMaxRenewMarginMs = 5LL * 60 * 1000;

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

QByteArray formField(const char *name, const QByteArray &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

} // namespace

bool TokenClaims::canImport() const
{
    const QStringList granted = permissions();
    return granted.contains(QLatin1String("Ti.ReadWrite")) || granted.contains(QLatin1String("Ti.ReadWrite.All"));
}

TokenClient::TokenClient(QNetworkAccessManager *manager, const TlsPolicy *tls, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tls(tls)
{
    m_clock.start();
}

TokenClient::~TokenClient()
{
    wipe(m_secret);
    wipe(m_refreshToken);
    wipe(m_token);
}

void TokenClient::setClientSecret(const QByteArray &secret)
{
    wipe(m_secret);
    m_certificate.reset();
    wipe(m_refreshToken);
    m_grant = Grant::ClientSecret;
    m_secret = secret;
    m_secret.detach();
}

void TokenClient::setClientCertificate(std::shared_ptr<const ClientCertificate> certificate)
{
    wipe(m_secret);
    wipe(m_refreshToken);
    m_grant = Grant::ClientCertificate;
    m_certificate = std::move(certificate);
}

void TokenClient::setRefreshToken(const QByteArray &refreshToken)
{
    wipe(m_secret);
    m_certificate.reset();
    m_grant = Grant::RefreshToken;
    wipe(m_refreshToken);
    m_refreshToken = refreshToken;
    m_refreshToken.detach();
}

bool TokenClient::hasFreshToken() const
{
    return !m_token.isEmpty() && m_clock.elapsed() < m_expiresAtMs - m_renewMarginMs;
}

QByteArray TokenClient::authorization() const
{
    if (m_token.isEmpty())
        return {};
    return "Bearer " + m_token;
}

void TokenClient::withToken(QObject *context, std::function<void(const ApiError &)> done)
{
    if (hasFreshToken()) {
        // Queued so a caller never sees its callback run inside its own call.
        QTimer::singleShot(0, context, [done = std::move(done)]() { done(ApiError()); });
        return;
    }
    m_waiters.push_back(Waiter{context, std::move(done)});
    if (!m_job)
        fetch();
}

void TokenClient::invalidate(quint64 generation)
{
    if (generation == m_generation)
        clearToken();
}

void TokenClient::signOut()
{
    clearToken();
}

void TokenClient::clearToken()
{
    const bool was = !m_token.isEmpty();
    wipe(m_token);
    m_claims = {};
    m_expiresAtMs = 0;
    if (was)
        Q_EMIT signedInChanged(false);
}

void TokenClient::fetch()
{
    const QString problem = m_settings.check();
    if (!problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = problem;
        QTimer::singleShot(0, this, [this, error]() { deliver(error); });
        return;
    }
    ApiError bodyError(ApiError::Kind::None, ApiError::Stage::SignIn);
    QByteArray body = requestBody(&bodyError);
    if (bodyError.isError()) {
        QTimer::singleShot(0, this, [this, bodyError]() { deliver(bodyError); });
        return;
    }
    QNetworkRequest request(m_settings.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_tls->configuration());
    m_job = new HttpJob(m_manager, request, "POST", body, ApiError::Stage::SignIn, m_limits, this);
    wipe(body);
    connect(m_job, &HttpJob::finished, this, &TokenClient::onFetched);
    m_job->start();
}

QByteArray TokenClient::requestBody(ApiError *error) const
{
    const QByteArray clientId = formField("client_id", m_settings.clientId.toUtf8());
    switch (m_grant) {
    case Grant::ClientSecret:
        return formField("grant_type", "client_credentials") + '&' + clientId + '&'
               + formField("client_secret", m_secret) + '&' + formField("scope", m_settings.scope.toUtf8());
    case Grant::ClientCertificate: {
        QString why;
        const QByteArray assertion =
            m_certificate
                ? ClientAssertion::create(*m_certificate, m_settings.tokenUrl(), m_settings.clientId,
                                          QDateTime::currentSecsSinceEpoch(), ClientAssertion::Algorithm::PS256, &why)
                : QByteArray();
        if (assertion.isEmpty()) {
            *error = ApiError(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
            error->detail =
                tr("The client assertion could not be signed: %1").arg(why.isEmpty() ? tr("no certificate") : why);
            return {};
        }
        return formField("grant_type", "client_credentials") + '&' + clientId + '&'
               + formField("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + '&'
               + formField("client_assertion", assertion) + '&' + formField("scope", m_settings.scope.toUtf8());
    }
    case Grant::RefreshToken:
        if (m_refreshToken.isEmpty()) {
            *error = ApiError(ApiError::Kind::SignInRequired, ApiError::Stage::SignIn);
            return {};
        }
        return formField("grant_type", "refresh_token") + '&' + clientId + '&'
               + formField("refresh_token", m_refreshToken) + '&'
               + formField("scope", m_settings.delegatedScope().toUtf8());
    }
    return {};
}

void TokenClient::onFetched()
{
    HttpJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    ApiResult result = job->result();
    if (result.ok())
        result.error = adoptTokenReply(result.json, m_settings.tokenUrl().host());
    deliver(result.error);
}

ApiError TokenClient::adoptTokenReply(const QJsonObject &json, const QString &host)
{
    const QString token = json.value(QLatin1String("access_token")).toString();
    const QJsonValue expiresValue = json.value(QLatin1String("expires_in"));
    // v2 sends a number, v1 a string of digits.
    const double expiresSeconds =
        expiresValue.isString() ? expiresValue.toString().toDouble() : expiresValue.toDouble();
    const QString type = json.value(QLatin1String("token_type")).toString();
    const QString refreshText = json.value(QLatin1String("refresh_token")).toString();
    if (!isBearerToken(token) || !std::isfinite(expiresSeconds) || expiresSeconds < 1
        || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 || !isRefreshToken(refreshText)) {
        ApiError error(ApiError::Kind::MalformedReply, ApiError::Stage::SignIn);
        error.host = host;
        error.detail = tr("the sign-in reply holds no usable bearer token.");
        return error;
    }
    wipe(m_token);
    m_token = token.toLatin1();
    m_claims = decodeClaims(m_token);
    const qint64 lifetimeMs = static_cast<qint64>(std::min(expiresSeconds, kMaxLifetimeSeconds)) * 1000;
    m_renewMarginMs = std::min(kMaxRenewMarginMs, lifetimeMs / 5);
    m_expiresAtMs = m_clock.elapsed() + lifetimeMs;
    ++m_generation;
    const QByteArray refresh = refreshText.toLatin1();
    if (!refresh.isEmpty() && refresh != m_refreshToken) {
        // Entra rotates refresh tokens: keep the newest, the owner stores it.
        wipe(m_secret);
        m_certificate.reset();
        m_grant = Grant::RefreshToken;
        wipe(m_refreshToken);
        m_refreshToken = refresh;
        Q_EMIT refreshTokenChanged();
    }
    Q_EMIT signedInChanged(true);
    return ApiError();
}

void TokenClient::deliver(const ApiError &error)
{
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (Waiter &w : waiters) {
        if (w.context)
            w.done(error);
    }
}

TokenClaims TokenClient::decodeClaims(const QByteArray &token)
{
    TokenClaims claims;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() < 2)
        return claims;
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    claims.audience = json.value(QLatin1String("aud")).toString();
    claims.issuer = json.value(QLatin1String("iss")).toString();
    claims.tenantId = json.value(QLatin1String("tid")).toString();
    claims.appId = json.value(QLatin1String("appid")).toString();
    claims.appName = json.value(QLatin1String("app_displayname")).toString();
    const QJsonArray roles = json.value(QLatin1String("roles")).toArray();
    for (const auto &role : roles)
        claims.roles.append(role.toString());
    claims.scopes = json.value(QLatin1String("scp")).toString().split(u' ', Qt::SkipEmptyParts);
    for (const char *name : {"upn", "preferred_username", "unique_name"}) {
        if (claims.userName.isEmpty())
            claims.userName = json.value(QLatin1String(name)).toString();
    }
    // Checked before the cast: a double beyond qint64 would be undefined behaviour.
    const double exp = json.value(QLatin1String("exp")).toDouble();
    if (exp > 0 && exp < 253402300800.0) // before the year 10000
        claims.expires = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp), Qt::UTC);
    return claims;
}

} // namespace im
