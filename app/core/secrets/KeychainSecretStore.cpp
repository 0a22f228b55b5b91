// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QSettings>

namespace im {
namespace {

constexpr QLatin1String kIndexKey("keychain/keys");

template<typename Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(false);
    // Never true: on the KWallet paths QtKeychain would then write the secret in plain text to
    // ~/.config when no wallet answers (shared/toolchain.md §3).
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Runs `finish` once the job is done, then deletes the job; `finish` runs only while `context` lives.
template<typename Job, typename Finish>
void run(Job *job, QObject *context, Finish finish)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, finish](QKeychain::Job *) {
        job->deleteLater();
        if (guard)
            finish(*job);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("indicator-manager");
}

SecretError KeychainSecretStore::classify(const QKeychain::Job &job)
{
    using SK = SecretError::Kind;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: return {};
    case QKeychain::EntryNotFound: return SecretError(SK::NotFound, QString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return SecretError(SK::Locked, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return SecretError(SK::Unavailable, detail);
    case QKeychain::CouldNotDeleteEntry: return SecretError(SK::Failed, detail);
    case QKeychain::OtherError: break;
    }
    // The libsecret path reports a missing bus or provider as OtherError with D-Bus's text; a
    // collection that is there but locked says so in words.
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return SecretError(SK::Locked, detail);
    if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("does not exist at path"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("ServiceUnknown"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("was not provided by any .service"), Qt::CaseInsensitive))
        return SecretError(SK::Unavailable, detail);
    return SecretError(SK::Failed, detail);
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    run(job, context, [this, key, done](const QKeychain::Job &finished) {
        const SecretError error = classify(finished);
        if (!error.isError())
            setIndexed(key, true);
        done(error);
    });
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    run(job, context, [job, done](const QKeychain::Job &finished) {
        const SecretError error = classify(finished);
        done(error.isError() ? QByteArray() : job->binaryData(), error);
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    run(job, context, [this, key, done](const QKeychain::Job &finished) {
        SecretError error = classify(finished);
        if (error.kind() == SecretError::Kind::NotFound)
            error = SecretError();
        if (!error.isError())
            setIndexed(key, false);
        done(error);
    });
}

QStringList KeychainSecretStore::keys() const
{
    return QSettings().value(kIndexKey).toStringList();
}

void KeychainSecretStore::setIndexed(const QString &key, bool present)
{
    QSettings settings;
    QStringList index = settings.value(kIndexKey).toStringList();
    const bool has = index.contains(key);
    if (present == has)
        return;
    if (present)
        index.append(key);
    else
        index.removeAll(key);
    index.sort();
    if (index.isEmpty())
        settings.remove(kIndexKey);
    else
        settings.setValue(kIndexKey, index);
}

} // namespace im
