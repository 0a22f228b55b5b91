// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/ConnectionSettings.h"
#include "net/HttpJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace im {

class TlsPolicy;

// What an access token says about itself, read from its payload for display only (the client never
// verifies a token; the service does).
struct TokenClaims
{
    QString audience;
    QString issuer;
    QString tenantId;
    QString appId;
    QString appName;
    QStringList roles;
    QDateTime expires;
};

// Gets app-only access tokens from Entra ID with the client-credentials grant (shared/spec §4.1) and
// keeps the current one in memory only: never on disk, in a log or in a message. A token is renewed
// shortly before it expires, and at once when the API answers 401.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    TokenClient(QNetworkAccessManager *manager, const TlsPolicy *tls, QObject *parent = nullptr);
    ~TokenClient() override;

    void setSettings(const ConnectionSettings &settings) { m_settings = settings; }
    // The secret stays in this object's memory and is overwritten when replaced or destroyed.
    void setClientSecret(const QByteArray &secret);
    void setLimits(const HttpJob::Limits &limits) { m_limits = limits; }

    // True while the token is valid for longer than the renewal margin.
    [[nodiscard]] bool hasFreshToken() const;
    [[nodiscard]] bool isSignedIn() const { return !m_token.isEmpty(); }
    // "Bearer <token>"; empty when signed out. Callers put it in a header and drop it.
    [[nodiscard]] QByteArray authorization() const;
    // Changes each time a new token arrives, so a 401 does not throw away a token renewed meanwhile.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    [[nodiscard]] TokenClaims claims() const { return m_claims; }

    // Calls `done` (in `context`'s thread, never re-entrantly) once a fresh token is there or getting
    // one failed. Concurrent callers share one request.
    void withToken(QObject *context, std::function<void(const ApiError &)> done);
    // The token of `generation` was refused: forget it.
    void invalidate(quint64 generation);
    void signOut();

    static TokenClaims decodeClaims(const QByteArray &token);

Q_SIGNALS:
    void signedInChanged(bool signedIn);

private:
    void fetch();
    void onFetched();
    void clearToken();
    void deliver(const ApiError &error);

    QNetworkAccessManager *m_manager;
    const TlsPolicy *m_tls;
    ConnectionSettings m_settings;
    HttpJob::Limits m_limits;
    QByteArray m_secret;
    QByteArray m_token;
    TokenClaims m_claims;
    QElapsedTimer m_clock;
    qint64 m_expiresAtMs = 0; // on m_clock
    qint64 m_renewMarginMs = 0;
    quint64 m_generation = 0;
    QPointer<HttpJob> m_job;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };
    std::vector<Waiter> m_waiters;
};

} // namespace im
