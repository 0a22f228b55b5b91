// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

namespace im::sandbox {

// Checks a client assertion (shared/spec §4.1, Entra "certificate credentials") the way Entra does:
// a JWT signed RS256 or PS256, naming one of the app's registered certificates by x5t#S256 or x5t,
// with iss = sub = the client id, aud = the token URL, a valid nbf/exp window and a jti not seen before.
class ClientAssertionCheck
{
public:
    struct Verdict
    {
        bool ok = false;
        QString error;       // Entra's error ("invalid_client", "invalid_request")
        int code = 0;        // the AADSTS number
        QString description; // Entra's kind of sentence, in English
    };

    // `tokenPathSuffix` is "/<tenant>/oauth2/v2.0/token" (or the v1 path) that aud must end with.
    static Verdict check(const QByteArray &assertion, const QString &clientId,
                         const QList<QSslCertificate> &certificates, const QString &tokenPathSuffix, qint64 nowSecs,
                         QSet<QString> *seenIds);
};

} // namespace im::sandbox
