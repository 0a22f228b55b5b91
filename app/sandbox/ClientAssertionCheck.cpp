// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientAssertionCheck.h"

#include "core/auth/RsaSignature.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>

namespace im::sandbox {
namespace {

// Entra allows five minutes of clock skew.
constexpr qint64 kSkewSecs = 300;

ClientAssertionCheck::Verdict refuse(const char *error, int code, const QString &description)
{
    return ClientAssertionCheck::Verdict{false, QString::fromLatin1(error), code, description};
}

QByteArray thumbprint(const QSslCertificate &certificate, QCryptographicHash::Algorithm algorithm)
{
    return certificate.digest(algorithm).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

ClientAssertionCheck::Verdict ClientAssertionCheck::check(const QByteArray &assertion, const QString &clientId,
                                                          const QList<QSslCertificate> &certificates,
                                                          const QString &tokenPathSuffix, qint64 nowSecs,
                                                          QSet<QString> *seenIds)
{
    const QList<QByteArray> parts = assertion.split('.');
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
    };
    if (parts.size() != 3)
        return refuse("invalid_request", 50027, QStringLiteral("JWT token is invalid or malformed."));
    const QJsonObject header = decode(parts[0]);
    const QJsonObject payload = decode(parts[1]);
    if (header.isEmpty() || payload.isEmpty())
        return refuse("invalid_request", 50027, QStringLiteral("JWT token is invalid or malformed."));

    const QString alg = header.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("PS256"))
        return refuse(
            "invalid_client", 5002738,
            QStringLiteral("Invalid JWT token. '%1' is not a supported signature algorithm.").arg(alg.left(20)));
    if (payload.value(QLatin1String("iss")).toString().compare(clientId, Qt::CaseInsensitive) != 0
        || payload.value(QLatin1String("sub")).toString().compare(clientId, Qt::CaseInsensitive) != 0)
        return refuse("invalid_client", 700021,
                      QStringLiteral("Client assertion application identifier doesn't match 'client_id' parameter."));
    const QString audience = payload.value(QLatin1String("aud")).toString();
    if (!audience.endsWith(tokenPathSuffix, Qt::CaseInsensitive))
        return refuse("invalid_client", 50013,
                      QStringLiteral("Assertion audience claim does not match the required value. Expected the token "
                                     "endpoint, found '%1'.")
                          .arg(audience.left(200)));

    // The header names the key by thumbprint; the signature must verify with that certificate.
    const QByteArray x5tS256 = header.value(QLatin1String("x5t#S256")).toString().toLatin1();
    const QByteArray x5t = header.value(QLatin1String("x5t")).toString().toLatin1();
    const QSslCertificate *key = nullptr;
    for (const QSslCertificate &c : certificates) {
        if ((!x5tS256.isEmpty() && thumbprint(c, QCryptographicHash::Sha256) == x5tS256)
            || (!x5t.isEmpty() && thumbprint(c, QCryptographicHash::Sha1) == x5t)) {
            key = &c;
            break;
        }
    }
    if (!key)
        return refuse(
            "invalid_client", 700027,
            QStringLiteral("Client assertion contains an invalid signature. [Reason - The key was not found., "
                           "Thumbprint of key used by client: '%1']")
                .arg(QString::fromLatin1((x5tS256.isEmpty() ? x5t : x5tS256).left(64))));
    const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
    const RsaSignature::Scheme scheme =
        alg == QLatin1String("PS256") ? RsaSignature::Scheme::Pss : RsaSignature::Scheme::Pkcs1;
    if (!RsaSignature::verify(key->publicKey().toPem(), parts[0] + '.' + parts[1], signature, scheme))
        return refuse("invalid_client", 700027,
                      QStringLiteral("Client assertion contains an invalid signature. [Reason - The signature does not "
                                     "verify with the registered certificate.]"));

    const qint64 exp = static_cast<qint64>(payload.value(QLatin1String("exp")).toDouble());
    const qint64 nbf = static_cast<qint64>(payload.value(QLatin1String("nbf")).toDouble(static_cast<double>(nowSecs)));
    if (exp <= 0 || nowSecs >= exp + kSkewSecs || nowSecs + kSkewSecs < nbf)
        return refuse("invalid_client", 700024, QStringLiteral("Client assertion is not within its valid time range."));
    const QString jti = payload.value(QLatin1String("jti")).toString();
    if (jti.isEmpty())
        return refuse("invalid_request", 50027, QStringLiteral("JWT token is invalid or malformed: jti is missing."));
    if (seenIds->contains(jti))
        return refuse(
            "invalid_client", 50027,
            QStringLiteral("The client assertion was already used (jti %1); create a new one.").arg(jti.left(64)));
    seenIds->insert(jti);
    return Verdict{true, {}, 0, {}};
}

} // namespace im::sandbox
