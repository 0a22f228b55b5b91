// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/UserSignIns.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace im::sandbox {

// An app registration the sandbox knows: its client id, its credentials (a secret, certificates, or
// none for a public client), display name and the application roles (WindowsDefenderATP permissions)
// it was granted. Public clients may sign users in (device code, browser).
struct AppRegistration
{
    QString clientId;
    QByteArray secret;
    QString displayName;
    QStringList roles;
    QList<QSslCertificate> certificates;
    bool publicClient = false;
};

// Who a valid bearer token says the caller is.
struct Caller
{
    QString appId;
    QString appName;
    QString tenantId;
    QStringList roles;
    QStringList scopes; // a user's token: delegated permissions ("scp")
    QString userName;
    QString tokenId;

    [[nodiscard]] bool isUser() const { return !userName.isEmpty(); }
    // Who an indicator this caller creates names as createdBy and createdByDisplayName: the user's UPN
    // after a delegated sign-in, as Defender does; the app id and app name after an app sign-in.
    [[nodiscard]] QString creatorId() const { return isUser() ? userName : appId; }
    [[nodiscard]] QString creatorName() const { return isUser() ? userName : appName; }
    // A user with delegated Ti.ReadWrite acts with the portal rights of that user, who in the sandbox
    // may manage every indicator (choices::kDelegatedSeesAll).
    [[nodiscard]] bool canSeeAll() const
    {
        return roles.contains(QLatin1String("Ti.ReadWrite.All"))
               || (isUser() && scopes.contains(QLatin1String("Ti.ReadWrite")));
    }
    [[nodiscard]] bool canWrite() const
    {
        return canSeeAll() || roles.contains(QLatin1String("Ti.ReadWrite"))
               || scopes.contains(QLatin1String("Ti.ReadWrite"));
    }
    [[nodiscard]] bool canRead() const { return canWrite() || roles.contains(QLatin1String("Ti.Read.All")); }
};

// Emulates the Entra ID token endpoints and checks the bearer tokens it issued. App-only sign-in: client
// credentials with a secret or a certificate assertion, v2 with `scope` and v1 with `resource`
// (shared/spec §4.1). A user's sign-in (§4.2): the device code flow, the authorization code flow with
// PKCE, and refresh tokens. Tokens are JWT-shaped (aud, iss, tid, appid, roles or scp, iat, nbf, exp)
// so a client can show what it carries; the signature is an HMAC with a key made at start-up, so tokens
// from an earlier run are refused like expired ones.
class TokenIssuer
{
    Q_DECLARE_TR_FUNCTIONS(TokenIssuer)

public:
    enum class Check { Ok, Missing, Invalid, Expired, Revoked, WrongAudience, WrongTenant };

    TokenIssuer(const QString &tenantId, int lifetimeSeconds, const UserSignIns::Settings &users = {});

    // The built-in demo registration (net/DemoRegistration.h) is always there; more come from a file.
    void addApp(const AppRegistration &app);
    // JSON array of {"clientId", "secret", "certificate" (a PEM file, relative to the apps file),
    // "publicClient", "displayName", "roles": [...]}. Returns a message on error.
    QString loadApps(const QString &path);
    // Registers a certificate (PEM file) for an app; used by --app-certificate.
    QString addCertificate(const QString &clientId, const QString &pemPath);
    // The address the sandbox answers on, for verification_uri.
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    [[nodiscard]] const QString &tenantId() const { return m_tenantId; }

    // POST /<tenant>/oauth2/v2.0/token (v2 = true) or /<tenant>/oauth2/token.
    [[nodiscard]] SandboxReply issue(const QString &tenantInPath, const QByteArray &formBody, bool v2, qint64 nowSecs);
    // POST /<tenant>/oauth2/v2.0/devicecode.
    [[nodiscard]] SandboxReply deviceCode(const QString &tenantInPath, const QByteArray &formBody, qint64 nowSecs);
    // GET /<tenant>/oauth2/v2.0/authorize: the emulated user signs in at once and the browser is sent to
    // the loopback redirect with a code (or an error). Returns the redirect address, or an error page's
    // text in `page` when no safe redirect exists.
    QUrl authorize(const QString &tenantInPath, const QUrlQuery &query, qint64 nowSecs, QString *page);
    [[nodiscard]] UserSignIns &users() { return m_users; }
    // Every access token issued so far (for the tests' secret scan, through /_sandbox/issued).
    [[nodiscard]] const QList<QByteArray> &issuedTokens() const { return m_issued; }
    [[nodiscard]] Check verify(const QByteArray &authorization, qint64 nowSecs, Caller *caller) const;
    // The token stops working at once, as if it had expired (the "expire-token" fault).
    void revoke(const QString &tokenId) { m_revoked.insert(tokenId); }

    static bool isDefenderAudience(const QString &audience);

private:
    [[nodiscard]] QByteArray sign(const QByteArray &data) const;
    [[nodiscard]] SandboxReply entraError(int status, const QString &error, int code, const QString &description,
                                          qint64 nowSecs) const;
    SandboxReply clientCredentials(const QUrlQuery &form, const AppRegistration &app, bool v2, qint64 nowSecs);
    SandboxReply userToken(const UserGrant &grant, qint64 nowSecs);
    SandboxReply deviceCodeToken(const QUrlQuery &form, qint64 nowSecs);
    SandboxReply authorizationCodeToken(const QUrlQuery &form, qint64 nowSecs);
    SandboxReply refreshToken(const QUrlQuery &form, qint64 nowSecs);
    [[nodiscard]] QByteArray mint(const QJsonObject &payload);
    // A delegated scope: "<resource>/.default", optionally with offline_access, openid, profile.
    bool readDelegatedScope(const QString &scope, UserGrant *grant, QString *audience) const;

    QString m_tenantId;
    int m_lifetime;
    QByteArray m_key;
    QString m_baseUrl;
    QHash<QString, AppRegistration> m_apps; // by lower-case client id
    QSet<QString> m_revoked;
    QSet<QString> m_assertionIds;
    UserSignIns m_users;
    QList<QByteArray> m_issued;
};

} // namespace im::sandbox
