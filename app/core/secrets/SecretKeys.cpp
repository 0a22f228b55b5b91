// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretKeys.h"

#include "core/profiles/Profile.h"

#include <QUrl>

namespace im {
namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

QString SecretKeys::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientSecret: return QStringLiteral("client-secret");
    case SecretKind::CertificatePassphrase: return QStringLiteral("certificate-passphrase");
    case SecretKind::RefreshToken: return QStringLiteral("refresh-token");
    }
    return {};
}

QString SecretKeys::key(const Profile &profile, SecretKind kind)
{
    const ConnectionSettings &c = profile.connection;
    return QStringLiteral("indicator-manager/%1/%2/%3/%4/%5")
        .arg(CloudEndpoints::name(c.cloud), encoded(c.tenantId.toLower()), encoded(c.clientId.toLower()),
             encoded(profile.name), kindName(kind));
}

QStringList SecretKeys::keys(const Profile &profile)
{
    return {key(profile, SecretKind::ClientSecret), key(profile, SecretKind::CertificatePassphrase),
            key(profile, SecretKind::RefreshToken)};
}

QStringList SecretKeys::keysOfProfile(const QString &profileName, const QStringList &index)
{
    QStringList found;
    for (const QString &key : index) {
        // The profile is the fifth of six parts; the kind after it has no '/'.
        const QStringList parts = key.split(u'/');
        if (parts.size() == 6 && parts[0] == QLatin1String("indicator-manager") && parts[4] == encoded(profileName))
            found.append(key);
    }
    return found;
}

} // namespace im
