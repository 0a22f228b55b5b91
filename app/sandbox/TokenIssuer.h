// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace im::sandbox {

// An app registration the sandbox knows: its client id, secret, display name and the application
// roles (WindowsDefenderATP permissions) it was granted.
struct AppRegistration
{
    QString clientId;
    QByteArray secret;
    QString displayName;
    QStringList roles;
};

// Who a valid bearer token says the caller is.
struct Caller
{
    QString appId;
    QString appName;
    QString tenantId;
    QStringList roles;
    QString tokenId;

    [[nodiscard]] bool canSeeAll() const { return roles.contains(QLatin1String("Ti.ReadWrite.All")); }
    [[nodiscard]] bool canWrite() const { return canSeeAll() || roles.contains(QLatin1String("Ti.ReadWrite")); }
    [[nodiscard]] bool canRead() const { return canWrite() || roles.contains(QLatin1String("Ti.Read.All")); }
};

// Emulates the Entra ID token endpoints for app-only sign-in (client credentials, v2 with `scope` and
// v1 with `resource`, shared/spec §4.1) and checks the bearer tokens it issued. Tokens are JWT-shaped
// (aud, iss, tid, appid, roles, iat, nbf, exp) so a client can show what it carries; the signature is an
// HMAC with a key made at start-up, so tokens from an earlier run are refused like expired ones.
class TokenIssuer
{
    Q_DECLARE_TR_FUNCTIONS(TokenIssuer)

public:
    enum class Check { Ok, Missing, Invalid, Expired, Revoked, WrongAudience, WrongTenant };

    TokenIssuer(const QString &tenantId, int lifetimeSeconds);

    // The built-in demo registration (net/DemoRegistration.h) is always there; more come from a file.
    void addApp(const AppRegistration &app);
    // JSON array of {"clientId","secret","displayName","roles":[...]}. Returns a message on error.
    QString loadApps(const QString &path);

    [[nodiscard]] const QString &tenantId() const { return m_tenantId; }

    // POST /<tenant>/oauth2/v2.0/token (v2 = true) or /<tenant>/oauth2/token.
    [[nodiscard]] SandboxReply issue(const QString &tenantInPath, const QByteArray &formBody, bool v2, qint64 nowSecs);
    [[nodiscard]] Check verify(const QByteArray &authorization, qint64 nowSecs, Caller *caller) const;
    // The token stops working at once, as if it had expired (the "expire-token" fault).
    void revoke(const QString &tokenId) { m_revoked.insert(tokenId); }

    static bool isDefenderAudience(const QString &audience);

private:
    [[nodiscard]] QByteArray sign(const QByteArray &data) const;
    [[nodiscard]] SandboxReply entraError(int status, const QString &error, int code, const QString &description,
                                          qint64 nowSecs) const;

    QString m_tenantId;
    int m_lifetime;
    QByteArray m_key;
    QHash<QString, AppRegistration> m_apps; // by lower-case client id
    QSet<QString> m_revoked;
};

} // namespace im::sandbox
