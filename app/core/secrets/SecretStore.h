// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretError.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace im {

// Where secrets live: client secrets, certificate passphrases and refresh tokens, under key names that
// SecretKeys builds. Every operation is asynchronous and ends in exactly one call of `done`, queued on
// `context`'s thread (never inside the call) and skipped when `context` is gone. The one real
// implementation is KeychainSecretStore; there is deliberately no file-backed one.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SecretError &)>;
    using ReadDone = std::function<void(const QByteArray &secret, const SecretError &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    // Removing a key that is not there succeeds.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
    // The keys written and not removed since, from an index kept beside the store (keychains cannot
    // list their entries). Key names are never secret.
    [[nodiscard]] virtual QStringList keys() const = 0;
};

} // namespace im
