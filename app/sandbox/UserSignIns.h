// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace im::sandbox {

// What the emulated user does when asked to sign in (device code or browser).
enum class UserAnswer : quint8 { Approve, Deny, Expire };

// The sandbox's one user and what a delegated sign-in grants: the account name, the delegated
// permissions put in the "scp" claim, and the app it signed in to.
struct UserGrant
{
    QString clientId;
    QString userName;
    QStringList scopes;     // e.g. Ti.ReadWrite
    QString requestedScope; // what the app asked for, echoed in the token reply
    bool offlineAccess = false;
};

// The state of delegated sign-ins (shared/spec §4.2): device codes being polled, authorization codes
// waiting to be redeemed (with their PKCE challenge), and the refresh tokens handed out. The emulated
// user answers a device code after a configured number of polls, or at once in the browser flow.
class UserSignIns
{
public:
    struct Settings
    {
        UserAnswer answer = UserAnswer::Approve;
        int approveAfterPolls = 2;
        int intervalSeconds = 5;
        int codeLifetimeSeconds = 900;
        QString userName = QStringLiteral("analyst@contoso.example");
        QStringList scopes = {QStringLiteral("Ti.ReadWrite")};
    };

    explicit UserSignIns(Settings settings);
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    struct DeviceCode
    {
        QByteArray deviceCode;
        QString userCode;
        qint64 expiresAt = 0;
        int polls = 0;
        bool answered = false; // approved (or denied) on the verification page
        bool approved = false;
        UserGrant grant;
    };
    const DeviceCode &startDeviceCode(const UserGrant &grant, qint64 nowSecs);

    enum class Poll : quint8 { Unknown, Pending, Approved, Declined, Expired };
    // One poll of the token endpoint; fills `grant` when approved (the code is then used up).
    Poll poll(const QByteArray &deviceCode, const QString &clientId, qint64 nowSecs, UserGrant *grant);
    // The verification page: approve or decline the code the user typed. False for an unknown code.
    bool answer(const QString &userCode, bool approve);

    // The browser flow: a one-time code bound to the client, the redirect URI and the PKCE challenge.
    QByteArray createAuthorizationCode(const UserGrant &grant, const QString &redirectUri, const QString &challenge,
                                       const QString &method, qint64 nowSecs);
    enum class Redeem : quint8 { Ok, Unknown, Expired, RedirectMismatch, VerifierMismatch, VerifierMissing };
    Redeem redeem(const QByteArray &code, const QString &clientId, const QString &redirectUri, const QString &verifier,
                  qint64 nowSecs, UserGrant *grant);

    QByteArray issueRefreshToken(const UserGrant &grant);
    std::optional<UserGrant> refresh(const QByteArray &refreshToken, const QString &clientId) const;
    void revokeRefreshTokens() { m_refreshTokens.clear(); }

    // Every refresh token handed out (for the tests' secret scan).
    [[nodiscard]] QList<QByteArray> refreshTokens() const { return m_refreshTokens.keys(); }

private:
    struct AuthorizationCode
    {
        UserGrant grant;
        QString redirectUri;
        QString challenge;
        QString method;
        qint64 expiresAt = 0;
    };

    Settings m_settings;
    QHash<QByteArray, DeviceCode> m_deviceCodes;
    QHash<QByteArray, AuthorizationCode> m_authorizationCodes;
    QHash<QByteArray, UserGrant> m_refreshTokens;
};

} // namespace im::sandbox
