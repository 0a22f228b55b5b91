// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

#include <QString>

namespace QKeychain {
class Job;
}

namespace im {

// SecretStore over QtKeychain: the Secret Service on Linux, Credential Manager on Windows, the Keychain
// on macOS. QtKeychain's plaintext fallback is never enabled, so when no keychain answers the caller
// gets SecretError::Unavailable and nothing is written anywhere else. The index of key names lives in
// QSettings (group "keychain"), the only trace the store leaves outside the keychain.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` groups our entries in the keychain (the Secret Service attribute "service").
    explicit KeychainSecretStore(QString service = defaultService(), QObject *parent = nullptr);

    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    [[nodiscard]] QStringList keys() const override;

    static QString defaultService();
    // Sorts QtKeychain's error codes into the kinds the user is told about.
    static SecretError classify(const QKeychain::Job &job);

private:
    void setIndexed(const QString &key, bool present);

    QString m_service;
};

} // namespace im
