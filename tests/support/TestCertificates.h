// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace im::test {

// A private CA and server certificates for 127.0.0.1, made with the openssl command line in a
// temporary folder: a good one, an expired one, one for another host name, and a self-signed one that
// no CA vouches for.
class TestCertificates
{
public:
    // Returns false when openssl is missing or failed; error() says why.
    bool create();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] QString caFile() const { return path(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString serverCert() const { return path(QStringLiteral("server.pem")); }
    [[nodiscard]] QString serverKey() const { return path(QStringLiteral("server.key")); }
    [[nodiscard]] QString expiredCert() const { return path(QStringLiteral("expired.pem")); }
    [[nodiscard]] QString wrongHostCert() const { return path(QStringLiteral("wronghost.pem")); }
    [[nodiscard]] QString selfSignedCert() const { return path(QStringLiteral("selfsigned.pem")); }
    // Every server certificate above uses serverKey().

private:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace im::test
