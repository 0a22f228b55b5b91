// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/profiles/Profile.h"
#include "core/secrets/SecretError.h"
#include "core/secrets/SecretKeys.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace im {

class ApiClient;
class SecretStore;

// Signs an ApiClient in as a saved profile, with the secrets the system keychain holds for it: the
// client secret, the certificate's passphrase, or a user's refresh token. It also stores those secrets
// (after a new sign-in) and removes them again (signing out). Access tokens stay in the client's memory;
// a refresh token that Entra rotates is written back to the keychain at once.
class ProfileSignIn : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretError &)>;

    ProfileSignIn(ApiClient *client, SecretStore *store, QObject *parent = nullptr);

    enum class Token : quint8 { Now, Later };
    // Reads the secrets, configures the client and (Token::Now) gets a token; finished() follows.
    // Token::Later leaves the token to the first call, so a command reports sign-in failures its way.
    void signIn(const Profile &profile, Token token = Token::Now);
    // A user's interactive sign-in (device code, browser) succeeded: the client takes the token, the
    // refresh token goes to the keychain, and the profile remembers the account name. finished() follows
    // once the keychain has the refresh token (a keychain error fails the sign-in).
    void adoptInteractive(const Profile &profile, const QJsonObject &tokenReply);
    // Stores one secret of the profile. Sets the profile as current, so later rotations are stored too.
    void storeSecret(const Profile &profile, SecretKind kind, const QByteArray &secret, QObject *context, Done done);
    // Removes every keychain entry of the profile (whatever tenant or client id it had when written) and
    // forgets the client's token and credential.
    void signOut(const QString &profileName, QObject *context, Done done);

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Why the last sign-in failed: a keychain problem, or else a sign-in or network problem.
    [[nodiscard]] const SecretError &secretError() const { return m_secretError; }
    [[nodiscard]] const ApiError &apiError() const { return m_apiError; }
    [[nodiscard]] QString errorMessage() const;

Q_SIGNALS:
    void started(const im::Profile &profile);
    void finished(bool ok);
    // A rotated refresh token could not be stored (the session goes on; the next start needs a sign-in).
    void keychainWarning(const QString &message);

private:
    void configured(const QString &problem);
    void requestToken();
    void fail(const SecretError &secretError, const ApiError &apiError);
    void succeed();
    void storeRotatedRefreshToken();
    void removeKeys(QStringList keys, QPointer<QObject> context, Done done);

    ApiClient *m_client;
    QPointer<SecretStore> m_store;
    Profile m_profile;
    SecretError m_secretError;
    ApiError m_apiError;
    bool m_running = false;
    Token m_token = Token::Now;
    bool m_adopting = false;
};

} // namespace im
