// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/ClientAssertion.h"

#include "core/auth/ClientCertificate.h"
#include "core/auth/RsaSignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace im {
namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray ClientAssertion::algorithmName(Algorithm algorithm)
{
    return algorithm == Algorithm::PS256 ? QByteArrayLiteral("PS256") : QByteArrayLiteral("RS256");
}

QByteArray ClientAssertion::create(const ClientCertificate &certificate, const QUrl &tokenUrl, const QString &clientId,
                                   qint64 nowSecs, Algorithm algorithm, QString *error)
{
    if (certificate.isNull()) {
        *error = QStringLiteral("no certificate loaded");
        return {};
    }
    const QJsonObject header{
        {QStringLiteral("alg"), QString::fromLatin1(algorithmName(algorithm))},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t#S256"), QString::fromLatin1(certificate.x5tS256())},
        {QStringLiteral("x5t"), QString::fromLatin1(certificate.x5t())},
    };
    const QJsonObject payload{
        {QStringLiteral("aud"), tokenUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("iat"), nowSecs},
        {QStringLiteral("nbf"), nowSecs},
        {QStringLiteral("exp"), nowSecs + kLifetimeSeconds},
    };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray keyPem = certificate.privateKeyPem();
    const QByteArray signature = RsaSignature::sign(
        keyPem, signingInput, algorithm == Algorithm::PS256 ? RsaSignature::Scheme::Pss : RsaSignature::Scheme::Pkcs1,
        error);
    keyPem.fill('\0');
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64Url(signature);
}

} // namespace im
