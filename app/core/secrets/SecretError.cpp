// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretError.h"

namespace im {

QString SecretError::storeName()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service (GNOME Keyring)");
#endif
}

QString SecretError::code() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NotFound: return QStringLiteral("secret-not-found");
    case Kind::Unavailable: return QStringLiteral("keychain-unavailable");
    case Kind::Locked: return QStringLiteral("keychain-locked");
    case Kind::Failed: return QStringLiteral("keychain-failed");
    }
    return {};
}

QString SecretError::message() const
{
    const QString details = m_detail.isEmpty() ? QString() : QLatin1Char(' ') + tr("(Details: %1)").arg(m_detail);
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::NotFound:
        return tr("No secret is stored for this profile in the system keychain (%1). Sign in again to store one.")
            .arg(storeName());
    case Kind::Unavailable:
#if defined(Q_OS_WIN)
        return tr("The system keychain is not available: Windows Credential Manager did not answer. Indicator "
                  "Manager keeps secrets only there, never in a file. Sign in to Windows with a normal user "
                  "account (not a service account without a profile) and try again.")
               + details;
#elif defined(Q_OS_MACOS)
        return tr("The system keychain is not available: the macOS Keychain did not answer. Indicator Manager "
                  "keeps secrets only there, never in a file. Open Keychain Access, make sure the login keychain "
                  "exists and is unlocked, and try again.")
               + details;
#else
        return tr("The system keychain is not available: no Secret Service (GNOME Keyring) answered on the "
                  "D-Bus session bus. Indicator Manager keeps secrets only there, never in a file. Install and "
                  "start GNOME Keyring (package gnome-keyring) in your desktop session; on a machine without a "
                  "desktop, run the command inside \"dbus-run-session\" after \"gnome-keyring-daemon --unlock\". "
                  "Scripts can also give the connection inline with --client-secret-stdin.")
               + details;
#endif
    case Kind::Locked:
        //: %1 is the name of the system's secret store
        return tr("The system keychain (%1) is locked or refused access. Unlock it (for example by signing in "
                  "to the desktop again) and try once more.")
                   .arg(storeName())
               + details;
    case Kind::Failed: return tr("The system keychain (%1) could not complete the request.").arg(storeName()) + details;
    }
    return {};
}

} // namespace im
