// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/TlsPolicy.h"

#include "core/net/ApiError.h"

#include <QFile>
#include <QSslCertificate>

namespace im {

QString TlsPolicy::loadCaFile(const QString &path)
{
    m_extraCas.clear();
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the CA certificate file %1: %2").arg(path, file.errorString());
    const QByteArray data = file.read(4LL * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        return tr("%1 holds no PEM or DER certificate.").arg(path);
    m_extraCas = certs;
    return {};
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        config.addCaCertificates(m_extraCas);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

void TlsPolicy::classify(const QList<QSslError> &errors, ApiError &error)
{
    ApiError::Kind kind = ApiError::Kind::TlsOther;
    QStringList details;
    for (const QSslError &e : errors) {
        details.append(e.errorString());
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid: kind = ApiError::Kind::TlsExpired; break;
        case QSslError::HostNameMismatch:
            if (kind == ApiError::Kind::TlsOther)
                kind = ApiError::Kind::TlsHostMismatch;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            // An untrusted chain says more than a name mismatch on top of it.
            if (kind != ApiError::Kind::TlsExpired)
                kind = ApiError::Kind::TlsUntrusted;
            break;
        default: break;
        }
    }
    const ApiError classified(kind, error.stage());
    const QString host = error.host;
    const int status = error.httpStatus;
    error = classified;
    error.host = host;
    error.httpStatus = status;
    error.detail = details.join(QStringLiteral("; "));
}

} // namespace im
