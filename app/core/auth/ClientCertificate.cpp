// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ClientCertificate.h"

#include "core/auth/RsaSignature.h"
#include "core/i18n/LocaleFormat.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace im {
namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The first private-key block of a PEM text, whatever its flavour (PKCS #1, PKCS #8, encrypted).
QByteArray privateKeyBlock(const QByteArray &pem)
{
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN ((?:RSA |ENCRYPTED )?PRIVATE KEY)-----[\\s\\S]*?-----END \\1-----"));
    const QRegularExpressionMatch match = block.match(QString::fromLatin1(pem));
    return match.hasMatch() ? match.captured(0).toLatin1() : QByteArray();
}

} // namespace

bool ClientCertificate::looksLikePkcs12(const QByteArray &data)
{
    // DER: a SEQUENCE; PEM is text beginning with dashes (or a comment line).
    return !data.isEmpty() && static_cast<unsigned char>(data.at(0)) == 0x30;
}

QString ClientCertificate::load(const QString &path, const QByteArray &passphrase)
{
    m_certificate = QSslCertificate();
    m_key = QSslKey();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the certificate file %1: %2").arg(path, file.errorString());
    QByteArray data = file.read(1024LL * 1024);
    if (looksLikePkcs12(data)) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&buffer, &m_key, &m_certificate, &chain, passphrase))
            return passphrase.isEmpty()
                       ? tr("%1 could not be opened: it needs its passphrase, or it is not a PFX file.").arg(path)
                       : tr("%1 could not be opened: the passphrase is wrong, or it is not a PFX file.").arg(path);
    } else {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            return tr("%1 holds no PEM certificate.").arg(path);
        m_certificate = certs.constFirst();
        QByteArray keyPem = privateKeyBlock(data);
        if (keyPem.isEmpty())
            return tr("%1 holds no private key. Put the certificate and its private key in one PEM file, or use "
                      "a PFX file.")
                .arg(path);
        const bool encrypted = keyPem.contains("ENCRYPTED") || keyPem.contains("Proc-Type: 4,ENCRYPTED");
        m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, passphrase);
        keyPem.fill('\0');
        if (m_key.isNull()) {
            if (encrypted)
                return passphrase.isEmpty() ? tr("The private key in %1 is encrypted: give its passphrase.").arg(path)
                                            : tr("The passphrase of the private key in %1 is wrong.").arg(path);
            return tr("The private key in %1 is not an RSA key Indicator Manager can use.").arg(path);
        }
    }
    data.fill('\0');
    QString problem = check();
    if (!problem.isEmpty()) {
        m_certificate = QSslCertificate();
        m_key = QSslKey();
    }
    return problem;
}

QString ClientCertificate::check()
{
    if (m_key.isNull() || m_key.algorithm() != QSsl::Rsa)
        return tr("The certificate's private key is not an RSA key; Entra ID client assertions need RSA.");
    // The key must belong to the certificate, or Entra would refuse every assertion.
    QByteArray keyPem = privateKeyPem();
    QString error;
    const QByteArray probe = "indicator-manager key check";
    const QByteArray signature = RsaSignature::sign(keyPem, probe, RsaSignature::Scheme::Pkcs1, &error);
    keyPem.fill('\0');
    if (signature.isEmpty()
        || !RsaSignature::verify(m_certificate.publicKey().toPem(), probe, signature, RsaSignature::Scheme::Pkcs1))
        return tr("The private key does not belong to the certificate.");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_certificate.expiryDate() < now)
        return tr("The certificate expired on %1; upload a new one to the app registration.")
            .arg(LocaleFormat::shortDateTime(QLocale(), m_certificate.expiryDate().toLocalTime()));
    if (m_certificate.effectiveDate() > now)
        return tr("The certificate is not valid before %1.")
            .arg(LocaleFormat::shortDateTime(QLocale(), m_certificate.effectiveDate().toLocalTime()));
    return {};
}

QByteArray ClientCertificate::x5t() const
{
    return base64Url(m_certificate.digest(QCryptographicHash::Sha1));
}

QByteArray ClientCertificate::x5tS256() const
{
    return base64Url(m_certificate.digest(QCryptographicHash::Sha256));
}

QByteArray ClientCertificate::privateKeyPem() const
{
    return m_key.toPem();
}

} // namespace im
