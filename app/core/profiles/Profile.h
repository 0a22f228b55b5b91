// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace im {

// How a profile signs in (shared/spec §4).
enum class SignInMethod : quint8 {
    ClientSecret, // app-only, client credentials with a secret
    Certificate,  // app-only, client credentials with a signed client assertion (PEM or PFX file)
    DeviceCode,   // the user's own account: a code to enter on another device
    Browser,      // the user's own account: authorization code + PKCE in the system browser
};

// A saved connection: a name the analyst chose, where to connect and as whom, and how to sign in.
// Everything here is stored in QSettings; secrets never are (they go to the system keychain under
// SecretKeys names).
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString name;
    ConnectionSettings connection;
    SignInMethod method = SignInMethod::ClientSecret;
    QString certificatePath; // PEM (certificate and private key) or PFX/P12; Certificate only
    QString account;         // the user who signed in last (DeviceCode, Browser), for display only

    [[nodiscard]] bool isDelegated() const
    {
        return method == SignInMethod::DeviceCode || method == SignInMethod::Browser;
    }

    // Empty when the profile can be used, else a translated explanation.
    [[nodiscard]] QString check() const;
    // Empty when `name` can name a profile, else a translated explanation.
    static QString checkName(const QString &name);

    // Data names used on the command line and in QSettings: "client-secret", "certificate",
    // "device-code", "browser".
    static QString methodName(SignInMethod method);
    static std::optional<SignInMethod> methodFromName(const QString &name);
    static QString methodDisplayName(SignInMethod method);
};

} // namespace im
