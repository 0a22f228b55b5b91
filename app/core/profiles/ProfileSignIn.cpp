// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileSignIn.h"

#include "core/auth/ClientCertificate.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/SecretStore.h"

#include <QTimer>

#include <memory>

namespace im {

ProfileSignIn::ProfileSignIn(ApiClient *client, SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    connect(m_client->tokens(), &TokenClient::refreshTokenChanged, this, &ProfileSignIn::storeRotatedRefreshToken);
}

QString ProfileSignIn::errorMessage() const
{
    if (m_secretError.isError())
        return m_secretError.message();
    return m_apiError.message();
}

void ProfileSignIn::signIn(const Profile &profile, Token token)
{
    m_token = token;
    m_profile = profile;
    m_secretError = {};
    m_apiError = {};
    m_running = true;
    Q_EMIT started(profile);
    if (const QString problem = profile.check(); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem]() { configured(problem); });
        return;
    }

    switch (profile.method) {
    case SignInMethod::ClientSecret:
        m_store->read(SecretKeys::key(profile, SecretKind::ClientSecret), this,
                      [this](const QByteArray &secret, const SecretError &error) {
                          if (error.isError())
                              return fail(error, {});
                          QByteArray copy = secret;
                          const QString problem = m_client->configure(m_profile.connection, copy);
                          copy.fill('\0');
                          configured(problem);
                      });
        return;
    case SignInMethod::Certificate:
        m_store->read(SecretKeys::key(profile, SecretKind::CertificatePassphrase), this,
                      [this](const QByteArray &passphrase, const SecretError &error) {
                          // A certificate without a passphrase has no entry: that is fine.
                          if (error.isError() && error.kind() != SecretError::Kind::NotFound)
                              return fail(error, {});
                          auto certificate = std::make_shared<ClientCertificate>();
                          QString problem = certificate->load(m_profile.certificatePath, passphrase);
                          if (problem.isEmpty())
                              problem = m_client->configure(m_profile.connection);
                          if (problem.isEmpty())
                              m_client->tokens()->setClientCertificate(certificate);
                          configured(problem);
                      });
        return;
    case SignInMethod::DeviceCode:
    case SignInMethod::Browser:
        m_store->read(SecretKeys::key(profile, SecretKind::RefreshToken), this,
                      [this](const QByteArray &refreshToken, const SecretError &error) {
                          if (error.kind() == SecretError::Kind::NotFound)
                              return fail({}, ApiError(ApiError::Kind::SignInRequired, ApiError::Stage::SignIn));
                          if (error.isError())
                              return fail(error, {});
                          const QString problem = m_client->configure(m_profile.connection);
                          if (problem.isEmpty())
                              m_client->tokens()->setRefreshToken(refreshToken);
                          configured(problem);
                      });
        return;
    }
}

void ProfileSignIn::configured(const QString &problem)
{
    if (!problem.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = problem;
        return fail({}, error);
    }
    if (m_token == Token::Later)
        return succeed();
    requestToken();
}

void ProfileSignIn::requestToken()
{
    ApiCall *call = m_client->signIn();
    connect(call, &ApiCall::finished, this, [this, call]() {
        const ApiResult result = call->result();
        call->deleteLater();
        if (!result.ok())
            return fail({}, result.error);
        succeed();
    });
}

void ProfileSignIn::adoptInteractive(const Profile &profile, const QJsonObject &tokenReply)
{
    m_token = Token::Now;
    m_profile = profile;
    m_secretError = {};
    m_apiError = {};
    m_running = true;
    Q_EMIT started(profile);
    if (const QString problem = m_client->configure(profile.connection); !problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem]() { configured(problem); });
        return;
    }
    // The refresh token of this reply is stored below, before finished(); only later rotations go
    // through storeRotatedRefreshToken.
    m_adopting = true;
    const ApiError error = m_client->tokens()->adoptTokenReply(tokenReply, profile.connection.tokenUrl().host());
    m_adopting = false;
    if (error.isError()) {
        QTimer::singleShot(0, this, [this, error]() { fail({}, error); });
        return;
    }
    const QString user = m_client->tokenClaims().userName;
    if (!user.isEmpty() && user != m_profile.account) {
        m_profile.account = user;
        ProfileStore store;
        if (store.load(m_profile.name))
            store.save(m_profile);
    }
    const QByteArray refreshToken = m_client->tokens()->refreshToken();
    if (refreshToken.isEmpty() || m_profile.name.isEmpty()) {
        QTimer::singleShot(0, this, &ProfileSignIn::succeed);
        return;
    }
    m_store->write(SecretKeys::key(m_profile, SecretKind::RefreshToken), refreshToken, this,
                   [this](const SecretError &e) {
                       if (e.isError())
                           return fail(e, {});
                       succeed();
                   });
}

void ProfileSignIn::storeRotatedRefreshToken()
{
    if (m_adopting || !m_profile.isDelegated() || m_profile.name.isEmpty() || !m_store)
        return;
    const QByteArray token = m_client->tokens()->refreshToken();
    if (token.isEmpty())
        return;
    m_store->write(SecretKeys::key(m_profile, SecretKind::RefreshToken), token, this, [this](const SecretError &error) {
        if (error.isError())
            Q_EMIT keychainWarning(error.message());
    });
}

void ProfileSignIn::storeSecret(const Profile &profile, SecretKind kind, const QByteArray &secret, QObject *context,
                                Done done)
{
    m_profile = profile;
    m_store->write(SecretKeys::key(profile, kind), secret, context, std::move(done));
}

void ProfileSignIn::signOut(const QString &profileName, QObject *context, Done done)
{
    QStringList keys = SecretKeys::keysOfProfile(profileName, m_store->keys());
    if (const std::optional<Profile> saved = ProfileStore().load(profileName)) {
        for (const QString &key : SecretKeys::keys(*saved)) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    if (m_profile.name == profileName) {
        m_client->configure(m_client->settings());
        m_client->tokens()->signOut();
    }
    removeKeys(keys, context, std::move(done));
}

void ProfileSignIn::removeKeys(QStringList keys, QPointer<QObject> context, Done done)
{
    // One after the other: stop at the first keychain error, so the caller can say the entries stay.
    if (keys.isEmpty()) {
        if (context)
            done(SecretError());
        return;
    }
    const QString key = keys.takeFirst();
    m_store->remove(key, this,
                    [this, keys, context = std::move(context), done = std::move(done)](const SecretError &error) {
                        if (!error.isError())
                            return removeKeys(keys, context, done);
                        if (context)
                            done(error);
                    });
}

void ProfileSignIn::fail(const SecretError &secretError, const ApiError &apiError)
{
    m_secretError = secretError;
    m_apiError = apiError;
    m_running = false;
    Q_EMIT finished(false);
}

void ProfileSignIn::succeed()
{
    m_running = false;
    ProfileStore().setLastUsed(m_profile.name);
    Q_EMIT finished(true);
}

} // namespace im
