// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace im {

class ClientCertificate;

// The signed JWT an app presents instead of a client secret (shared/spec §4.1, Entra "certificate
// credentials"): aud = the v2 token URL, iss = sub = the client id, a fresh jti, nbf and exp, signed
// with the certificate's key. The header names the certificate by both thumbprints, x5t#S256 and x5t,
// because the documented formats differ by version; PS256 is the current one, RS256 the older.
class ClientAssertion
{
public:
    enum class Algorithm : quint8 { PS256, RS256 };
    static constexpr qint64 kLifetimeSeconds = 600;

    // The compact JWT, or empty with an untranslated reason in `error`.
    static QByteArray create(const ClientCertificate &certificate, const QUrl &tokenUrl, const QString &clientId,
                             qint64 nowSecs, Algorithm algorithm, QString *error);

    static QByteArray algorithmName(Algorithm algorithm);
};

} // namespace im
