// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace im {

class Profile;

// What a keychain entry holds.
enum class SecretKind : quint8 {
    ClientSecret,
    CertificatePassphrase,
    RefreshToken,
};

// Names of keychain entries. A key is scoped by cloud, tenant, client id and profile, so a secret
// never follows a profile to another tenant or app registration, and two profiles never share one:
//   indicator-manager/<cloud>/<tenant>/<client id>/<profile, percent-encoded>/<kind>
class SecretKeys
{
public:
    static QString key(const Profile &profile, SecretKind kind);
    // Every key of the profile's current scope.
    static QStringList keys(const Profile &profile);
    // Every key ever written for a profile of this name, whatever its scope was then (from an index of
    // key names), so signing out also removes entries left by an earlier tenant or client id.
    static QStringList keysOfProfile(const QString &profileName, const QStringList &index);
    static QString kindName(SecretKind kind);
};

} // namespace im
