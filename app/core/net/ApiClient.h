// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiEndpoint.h"
#include "core/net/CallLimiter.h"
#include "core/net/ConnectionSettings.h"
#include "core/net/HttpJob.h"
#include "core/net/TlsPolicy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <array>

class QNetworkAccessManager;

namespace im {

class ApiCall;
class TokenClient;
struct TokenClaims;

// The Defender Indicators API over a QNetworkAccessManager that the caller owns and gives in. One
// client stands for one connection (API address, tenant, app registration); it holds the token, one
// rate limiter per endpoint and the TLS policy. Calls are ApiCall objects, all asynchronous.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~ApiClient() override;

    // Returns a translated error when the settings cannot be used (see ConnectionSettings::check, and
    // an unreadable CA file); the client then refuses every call with that error.
    QString configure(const ConnectionSettings &settings, const QByteArray &clientSecret);
    // The same without a credential: give one to tokens() afterwards (a certificate, a refresh token or
    // an interactive sign-in's reply).
    QString configure(const ConnectionSettings &settings);
    [[nodiscard]] const ConnectionSettings &settings() const { return m_settings; }

    void setLimits(const HttpJob::Limits &limits);
    [[nodiscard]] const HttpJob::Limits &limits() const { return m_limits; }
    // Divides every rate window by `factor`, to match a sandbox started with --time-scale.
    void setTimeScale(double factor);
    [[nodiscard]] double timeScale() const { return m_timeScale; }

    [[nodiscard]] bool isSignedIn() const;
    [[nodiscard]] TokenClaims tokenClaims() const;
    [[nodiscard]] TokenClient *tokens() const { return m_tokens; }
    [[nodiscard]] const TlsPolicy &tls() const { return m_tls; }
    [[nodiscard]] QNetworkAccessManager *manager() const { return m_manager; }

    ApiCall *signIn();
    ApiCall *importIndicators(const QJsonArray &indicators);
    ApiCall *listIndicators(int top, int skip, const QString &filter = {});
    // Follows a List reply's @odata.nextLink. Returns nullptr, sending nothing, unless the link points
    // at this connection's own List address (same scheme, host, port and path): the bearer token never
    // goes anywhere a reply names.
    ApiCall *listIndicatorsAt(const QUrl &nextLink);
    ApiCall *deleteIndicator(const QString &id);
    ApiCall *batchDelete(const QStringList &ids);

    [[nodiscard]] CallLimiter &limiter(ApiEndpoint endpoint) { return m_limiters[static_cast<size_t>(endpoint)]; }
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void signedInChanged(bool signedIn);

private:
    friend class ApiCall;
    ApiCall *makeCall(ApiEndpoint endpoint, const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QList<QPair<QString, QString>> &query = {});
    [[nodiscard]] QNetworkRequest request(const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    ConnectionSettings m_settings;
    QString m_settingsError;
    TlsPolicy m_tls;
    TokenClient *m_tokens;
    HttpJob::Limits m_limits;
    std::array<CallLimiter, ApiEndpointCount> m_limiters;
    QElapsedTimer m_clock;
    double m_timeScale = 1.0;
    int m_maxThrottleRetries = limits::kMaxThrottleRetries;
};

} // namespace im
