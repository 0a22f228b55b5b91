// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/TokenClient.h"

#include "net/TlsPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace im {
namespace {

// Renew this long before expiry: at most five minutes, at most a fifth of the lifetime (short-lived
// sandbox tokens would otherwise never count as fresh).
constexpr qint64 kMaxRenewMarginMs = 5 * 60 * 1000;

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
    wipe(m_token);
}

void TokenClient::setClientSecret(const QByteArray &secret)
{
    wipe(m_secret);
    m_secret = secret;
    m_secret.detach();
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
    QNetworkRequest request(m_settings.tokenUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setSslConfiguration(m_tls->configuration());
    const QByteArray body = formField("grant_type", "client_credentials") + '&'
                            + formField("client_id", m_settings.clientId.toUtf8()) + '&'
                            + formField("client_secret", m_secret) + '&'
                            + formField("scope", m_settings.scope.toUtf8());
    m_job = new HttpJob(m_manager, request, "POST", body, ApiError::Stage::SignIn, m_limits, this);
    connect(m_job, &HttpJob::finished, this, &TokenClient::onFetched);
    m_job->start();
}

void TokenClient::onFetched()
{
    HttpJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    ApiResult result = job->result();
    if (result.ok()) {
        const QJsonObject &json = result.json;
        const QString token = json.value(QLatin1String("access_token")).toString();
        const QJsonValue expiresValue = json.value(QLatin1String("expires_in"));
        // v2 sends a number, v1 a string of digits.
        const qint64 expiresIn = expiresValue.isString() ? expiresValue.toString().toLongLong()
                                                         : static_cast<qint64>(expiresValue.toDouble());
        const QString type = json.value(QLatin1String("token_type")).toString();
        if (token.isEmpty() || expiresIn <= 0 || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
            result.error = ApiError(ApiError::Kind::MalformedReply, ApiError::Stage::SignIn);
            result.error.host = m_settings.tokenUrl().host();
            result.error.detail = tr("the sign-in reply holds no usable bearer token.");
        } else {
            wipe(m_token);
            m_token = token.toLatin1();
            m_claims = decodeClaims(m_token);
            const qint64 lifetimeMs = expiresIn * 1000;
            m_renewMarginMs = std::min(kMaxRenewMarginMs, lifetimeMs / 5);
            m_expiresAtMs = m_clock.elapsed() + lifetimeMs;
            ++m_generation;
            Q_EMIT signedInChanged(true);
        }
    }
    deliver(result.error);
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
    for (const QJsonValue &role : roles)
        claims.roles.append(role.toString());
    const qint64 exp = static_cast<qint64>(json.value(QLatin1String("exp")).toDouble());
    if (exp > 0)
        claims.expires = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    return claims;
}

} // namespace im
