// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace im {

class ApiError;

// How every request is secured: the system's CA store plus, optionally, the CAs of one PEM file (for
// networks that inspect TLS), and peer verification always on. There is no switch to turn
// verification off and certificate errors are never ignored.
class TlsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)

public:
    TlsPolicy() = default;

    // Loads the extra CA file; returns a translated error when it holds no readable certificate.
    QString loadCaFile(const QString &path);

    [[nodiscard]] QSslConfiguration configuration() const;

    // Sorts the errors of a failed handshake into the kinds the user is told about.
    static void classify(const QList<QSslError> &errors, ApiError &error);

private:
    QList<QSslCertificate> m_extraCas;
};

} // namespace im
