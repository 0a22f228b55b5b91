// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ApiClient.h"

#include "core/net/ApiCall.h"
#include "core/net/TokenClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace im {

ApiClient::ApiClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_tokens(new TokenClient(manager, &m_tls, this))
{
    m_clock.start();
    for (int i = 0; i < ApiEndpointCount; ++i)
        m_limiters[static_cast<size_t>(i)] = CallLimiter(documentedRateWindows(static_cast<ApiEndpoint>(i)));
    connect(m_tokens, &TokenClient::signedInChanged, this, &ApiClient::signedInChanged);
}

ApiClient::~ApiClient() = default;

QString ApiClient::configure(const ConnectionSettings &settings, const QByteArray &clientSecret)
{
    QString problem = configure(settings);
    m_tokens->setClientSecret(clientSecret);
    return problem;
}

QString ApiClient::configure(const ConnectionSettings &settings)
{
    m_tokens->signOut();
    m_tokens->setRefreshToken(QByteArray()); // drops any earlier credential
    m_settings = settings;
    m_settingsError = settings.check();
    if (m_settingsError.isEmpty())
        m_settingsError = m_tls.loadCaFile(settings.caFile);
    m_tokens->setSettings(settings);
    m_tokens->setLimits(m_limits);
    return m_settingsError;
}

void ApiClient::setLimits(const HttpJob::Limits &limits)
{
    m_limits = limits;
    m_tokens->setLimits(limits);
}

void ApiClient::setTimeScale(double factor)
{
    m_timeScale = factor > 0 ? factor : 1.0;
    for (CallLimiter &limiter : m_limiters)
        limiter.setTimeScale(m_timeScale);
}

bool ApiClient::isSignedIn() const
{
    return m_tokens->isSignedIn();
}

TokenClaims ApiClient::tokenClaims() const
{
    return m_tokens->claims();
}

QNetworkRequest ApiClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls.configuration());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("IndicatorManager/" IM_VERSION));
    return request;
}

ApiCall *ApiClient::makeCall(ApiEndpoint endpoint, const QByteArray &verb, const QString &path, const QByteArray &body,
                             const QList<QPair<QString, QString>> &query)
{
    QUrl url = m_settings.apiEndpointUrl(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    auto *call = new ApiCall(this, endpoint, verb, url, body);
    call->proceed();
    return call;
}

ApiCall *ApiClient::signIn()
{
    return makeCall(ApiEndpoint::Token, QByteArray(), QString(), QByteArray());
}

ApiCall *ApiClient::importIndicators(const QJsonArray &indicators)
{
    // The wrapper key is PascalCase while the indicator fields are camelCase (shared/spec §1.3).
    const QJsonObject body{{QStringLiteral("Indicators"), indicators}};
    return makeCall(ApiEndpoint::Import, "POST", QStringLiteral("indicators/import"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiCall *ApiClient::listIndicators(int top, int skip, const QString &filter)
{
    QList<QPair<QString, QString>> query;
    query.append({QStringLiteral("$top"), QString::number(top)});
    if (skip > 0)
        query.append({QStringLiteral("$skip"), QString::number(skip)});
    if (!filter.isEmpty())
        query.append({QStringLiteral("$filter"), filter});
    return makeCall(ApiEndpoint::List, "GET", QStringLiteral("indicators"), QByteArray(), query);
}

ApiCall *ApiClient::listIndicatorsAt(const QUrl &nextLink)
{
    const QUrl own = m_settings.apiEndpointUrl(QStringLiteral("indicators"));
    auto samePath = [](QString a, QString b) {
        while (a.endsWith(u'/'))
            a.chop(1);
        while (b.endsWith(u'/'))
            b.chop(1);
        // The service answers under /api/ and /api/v1.0/ alike.
        a.replace(QLatin1String("/api/v1.0/"), QLatin1String("/api/"));
        b.replace(QLatin1String("/api/v1.0/"), QLatin1String("/api/"));
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    if (!nextLink.isValid() || nextLink.scheme().compare(own.scheme(), Qt::CaseInsensitive) != 0
        || nextLink.host().compare(own.host(), Qt::CaseInsensitive) != 0 || nextLink.port(443) != own.port(443)
        || !samePath(nextLink.path(), own.path()))
        return nullptr;
    QUrl url = own;
    url.setQuery(nextLink.query(QUrl::FullyEncoded), QUrl::StrictMode);
    auto *call = new ApiCall(this, ApiEndpoint::List, "GET", url, QByteArray());
    call->proceed();
    return call;
}

ApiCall *ApiClient::deleteIndicator(const QString &id)
{
    return makeCall(ApiEndpoint::Delete, "DELETE",
                    QStringLiteral("indicators/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), QByteArray());
}

ApiCall *ApiClient::batchDelete(const QStringList &ids)
{
    const QJsonObject body{{QStringLiteral("IndicatorIds"), QJsonArray::fromStringList(ids)}};
    return makeCall(ApiEndpoint::BatchDelete, "POST", QStringLiteral("indicators/BatchDelete"),
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace im
