// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestCertificates.h"

#include <QFile>
#include <QProcess>

namespace im::test {

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::create()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    auto writeFile = [this](const QString &name, const QByteArray &content) {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    if (!writeFile(QStringLiteral("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
        || !writeFile(QStringLiteral("wronghost.ext"), "subjectAltName=DNS:wrong-host.example\n")) {
        m_error = QStringLiteral("cannot write extension files");
        return false;
    }
    const QString days = QStringLiteral("2");
    auto sign = [&](const QString &out, const QString &ext, const QString &validDays) {
        return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                        QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), out, QStringLiteral("-days"), validDays, QStringLiteral("-extfile"),
                        ext});
    };
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"),
                    days, QStringLiteral("-subj"), QStringLiteral("/CN=Indicator Manager Test CA"),
                    QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
           && openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                       QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1")})
           && sign(QStringLiteral("server.pem"), QStringLiteral("server.ext"), days)
           // A negative validity makes notAfter fall before now: an expired certificate.
           && sign(QStringLiteral("expired.pem"), QStringLiteral("server.ext"), QStringLiteral("-1"))
           // Another name in both the subject and the SAN (Qt also matches the common name).
           && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                       QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=wrong-host.example")})
           && sign(QStringLiteral("wronghost.pem"), QStringLiteral("wronghost.ext"), days)
           && openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"),
                       QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("selfsigned.pem"),
                       QStringLiteral("-days"), days, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
}

} // namespace im::test
