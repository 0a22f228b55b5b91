// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace im {

// The one place that calls OpenSSL's libcrypto directly: RSA signatures with SHA-256, as JWS RS256
// (PKCS #1 v1.5) and PS256 (PSS, salt as long as the digest). Qt's TLS layer loads keys and
// certificates but does not sign. Keys come in as PEM held in memory only; callers wipe them.
class RsaSignature
{
public:
    enum class Scheme : quint8 { Pkcs1, Pss };

    // Signs `data` with the PEM private key (PKCS #1 or PKCS #8, unencrypted). Empty on failure, with
    // an untranslated reason in `error`.
    static QByteArray sign(const QByteArray &privateKeyPem, const QByteArray &data, Scheme scheme, QString *error);
    // Checks `signature` over `data` with the PEM public key ("BEGIN PUBLIC KEY").
    static bool verify(const QByteArray &publicKeyPem, const QByteArray &data, const QByteArray &signature,
                       Scheme scheme);
};

} // namespace im
