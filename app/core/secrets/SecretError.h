// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace im {

// Why the system keychain could not store, read or remove a secret. message() names the operating
// system's own store (Secret Service / GNOME Keyring, Credential Manager, Keychain) and says how to fix
// it; it never contains the secret.
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)

public:
    enum class Kind : quint8 {
        None,
        NotFound,    // no entry under that key
        Unavailable, // no keychain service at all (no D-Bus session, no Secret Service provider)
        Locked,      // the keychain is there but locked, or the user refused access
        Failed,      // anything else the keychain reported
    };

    SecretError() = default;
    SecretError(Kind kind, QString detail)
        : m_kind(kind)
        , m_detail(std::move(detail))
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    // The keychain's own technical text (untranslated), e.g. a D-Bus error.
    [[nodiscard]] const QString &detail() const { return m_detail; }

    // The sentence for people, in the current language.
    [[nodiscard]] QString message() const;
    // A stable data name ("keychain-unavailable"), for --json output and tests.
    [[nodiscard]] QString code() const;

    // The name of this system's secret store, translated ("Secret Service (GNOME Keyring)").
    static QString storeName();

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

} // namespace im
