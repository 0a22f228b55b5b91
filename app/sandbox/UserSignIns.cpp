// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserSignIns.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace im::sandbox {
namespace {

QByteArray randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : data)
        c = static_cast<char>(random->bounded(256));
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Nine letters without look-alikes, as Entra's user codes ("FJ8QGKM3P" style).
QString userCode()
{
    static constexpr char kLetters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QLatin1Char(kLetters[QRandomGenerator::system()->bounded(static_cast<int>(sizeof kLetters - 1))]);
    return code;
}

} // namespace

UserSignIns::UserSignIns(Settings settings)
    : m_settings(std::move(settings))
{
}

const UserSignIns::DeviceCode &UserSignIns::startDeviceCode(const UserGrant &grant, qint64 nowSecs)
{
    DeviceCode code;
    code.deviceCode = randomToken(48);
    code.userCode = userCode();
    code.expiresAt = nowSecs + m_settings.codeLifetimeSeconds;
    code.grant = grant;
    return *m_deviceCodes.insert(code.deviceCode, code);
}

UserSignIns::Poll UserSignIns::poll(const QByteArray &deviceCode, const QString &clientId, qint64 nowSecs,
                                    UserGrant *grant)
{
    const auto it = m_deviceCodes.find(deviceCode);
    if (it == m_deviceCodes.end() || it->grant.clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return Poll::Unknown;
    ++it->polls;
    if (nowSecs >= it->expiresAt) {
        m_deviceCodes.remove(deviceCode);
        return Poll::Expired;
    }
    bool approved = it->approved;
    bool answered = it->answered;
    if (!answered && it->polls > m_settings.approveAfterPolls) {
        switch (m_settings.answer) {
        case UserAnswer::Approve: answered = approved = true; break;
        case UserAnswer::Deny:
            answered = true;
            approved = false;
            break;
        case UserAnswer::Expire:
            // The user never comes: the code runs out after the same number of polls.
            m_deviceCodes.remove(deviceCode);
            return Poll::Expired;
        }
    }
    if (!answered)
        return Poll::Pending;
    const UserGrant granted = it->grant;
    m_deviceCodes.remove(deviceCode);
    if (!approved)
        return Poll::Declined;
    *grant = granted;
    return Poll::Approved;
}

bool UserSignIns::answer(const QString &code, bool approve)
{
    for (DeviceCode &c : m_deviceCodes) {
        if (c.userCode.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            c.answered = true;
            c.approved = approve;
            return true;
        }
    }
    return false;
}

QByteArray UserSignIns::createAuthorizationCode(const UserGrant &grant, const QString &redirectUri,
                                                const QString &challenge, const QString &method, qint64 nowSecs)
{
    QByteArray code = randomToken(32);
    // Entra's codes live about ten minutes.
    m_authorizationCodes.insert(code, AuthorizationCode{grant, redirectUri, challenge, method, nowSecs + 600});
    return code;
}

UserSignIns::Redeem UserSignIns::redeem(const QByteArray &code, const QString &clientId, const QString &redirectUri,
                                        const QString &verifier, qint64 nowSecs, UserGrant *grant)
{
    const auto it = m_authorizationCodes.find(code);
    if (it == m_authorizationCodes.end() || it->grant.clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return Redeem::Unknown;
    // One use only, whatever the outcome (RFC 6749 §4.1.2).
    const AuthorizationCode stored = *it;
    m_authorizationCodes.remove(code);
    if (nowSecs >= stored.expiresAt)
        return Redeem::Expired;
    if (stored.redirectUri != redirectUri)
        return Redeem::RedirectMismatch;
    if (!stored.challenge.isEmpty()) {
        if (verifier.isEmpty())
            return Redeem::VerifierMissing;
        const QByteArray computed = stored.method == QLatin1String("plain")
                                        ? verifier.toLatin1()
                                        : QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (computed != stored.challenge.toLatin1())
            return Redeem::VerifierMismatch;
    }
    *grant = stored.grant;
    return Redeem::Ok;
}

QByteArray UserSignIns::issueRefreshToken(const UserGrant &grant)
{
    QByteArray token = "0.sandbox." + randomToken(64);
    m_refreshTokens.insert(token, grant);
    return token;
}

std::optional<UserGrant> UserSignIns::refresh(const QByteArray &refreshToken, const QString &clientId) const
{
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.constEnd() || it->clientId.compare(clientId, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return *it;
}

} // namespace im::sandbox
