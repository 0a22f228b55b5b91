// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace im {

// An app registration's certificate with its RSA private key, read from a PEM file (certificate and
// key, the key optionally encrypted) or a PFX/PKCS #12 file. The key stays in this object's memory;
// nothing is written anywhere.
class ClientCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ClientCertificate)

public:
    // Reads the file; returns an empty string on success, else a translated reason (wrong passphrase,
    // no private key, not RSA, key and certificate that do not belong together, expired).
    QString load(const QString &path, const QByteArray &passphrase);

    [[nodiscard]] bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }
    [[nodiscard]] const QSslCertificate &certificate() const { return m_certificate; }
    // base64url(SHA-1 / SHA-256 of the DER certificate): the JWS "x5t" and "x5t#S256" header values.
    [[nodiscard]] QByteArray x5t() const;
    [[nodiscard]] QByteArray x5tS256() const;
    // The private key as unencrypted PEM, for signing only; the caller wipes it after use.
    [[nodiscard]] QByteArray privateKeyPem() const;

    // Whether the file holds PKCS #12 data rather than PEM text (by content, not by name).
    static bool looksLikePkcs12(const QByteArray &data);

private:
    QString check();

    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace im
