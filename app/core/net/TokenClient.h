// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/net/ConnectionSettings.h"
#include "core/net/HttpJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace im {

class ClientCertificate;
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
    QStringList roles;  // application permissions (app-only tokens)
    QStringList scopes; // delegated permissions, the "scp" claim (a user's token)
    QString userName;   // upn / preferred_username of a user's token
    QDateTime expires;

    [[nodiscard]] bool isDelegated() const { return !userName.isEmpty() || !scopes.isEmpty(); }
    // What the token allows: its roles, or for a user's token its scopes.
    [[nodiscard]] QStringList permissions() const { return roles.isEmpty() ? scopes : roles; }
    // Whether the token carries what Import needs: Ti.ReadWrite or Ti.ReadWrite.All (shared/spec §3.1).
    [[nodiscard]] bool canImport() const;
};

// Gets access tokens from Entra ID and keeps the current one in memory only: never on disk, in a log or
// in a message. App-only tokens come from the client-credentials grant with a secret or a signed
// certificate assertion (shared/spec §4.1); a user's tokens come from an interactive sign-in (handed in
// with adoptTokenReply) and are renewed with the refresh-token grant (§4.2). A token is renewed shortly
// before it expires, and at once when the API answers 401.
class TokenClient : public QObject
{
    Q_OBJECT

public:
    TokenClient(QNetworkAccessManager *manager, const TlsPolicy *tls, QObject *parent = nullptr);
    ~TokenClient() override;

    void setSettings(const ConnectionSettings &settings) { m_settings = settings; }
    enum class Grant : quint8 { ClientSecret, ClientCertificate, RefreshToken };

    // Each credential setter picks the grant. The secret and the refresh token stay in this object's
    // memory and are overwritten when replaced or destroyed.
    void setClientSecret(const QByteArray &secret);
    void setClientCertificate(std::shared_ptr<const ClientCertificate> certificate);
    void setRefreshToken(const QByteArray &refreshToken);
    [[nodiscard]] Grant grant() const { return m_grant; }
    // The current refresh token (user sign-in only); it changes when Entra rotates it.
    [[nodiscard]] QByteArray refreshToken() const { return m_refreshToken; }
    // Takes the token reply of an interactive sign-in (device code, browser) as if it had been fetched
    // here. Returns the error when the reply holds no usable bearer token.
    ApiError adoptTokenReply(const QJsonObject &reply, const QString &host);
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
    // A new refresh token arrived (read it with refreshToken()); the owner stores it in the keychain.
    void refreshTokenChanged();

private:
    void fetch();
    void onFetched();
    void clearToken();
    void deliver(const ApiError &error);
    [[nodiscard]] QByteArray requestBody(ApiError *error) const;

    QNetworkAccessManager *m_manager;
    const TlsPolicy *m_tls;
    ConnectionSettings m_settings;
    HttpJob::Limits m_limits;
    Grant m_grant = Grant::ClientSecret;
    QByteArray m_secret;
    std::shared_ptr<const ClientCertificate> m_certificate;
    QByteArray m_refreshToken;
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
