// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttpServer.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>

namespace im::sandbox {

class SandboxHttpServer::Backend : public QAbstractHttpServer
{
public:
    std::function<void(const HttpExchange &)> handler;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QUrl url = request.url();
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get: method = "GET"; break;
        case QHttpServerRequest::Method::Post: method = "POST"; break;
        case QHttpServerRequest::Method::Delete: method = "DELETE"; break;
        case QHttpServerRequest::Method::Put: method = "PUT"; break;
        case QHttpServerRequest::Method::Patch: method = "PATCH"; break;
        case QHttpServerRequest::Method::Head: method = "HEAD"; break;
        case QHttpServerRequest::Method::Options: method = "OPTIONS"; break;
        default: method = "OTHER"; break;
        }
        const HttpExchange exchange(socket, method, url.path(QUrl::FullyDecoded), QUrlQuery(url), request.headers(),
                                    request.body(), request.remoteAddress());
        if (handler)
            handler(exchange);
        else
            exchange.respond(503, QByteArray(), QByteArray());
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override { socket->abort(); }
};

SandboxHttpServer::SandboxHttpServer(QObject *parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>())
{
}

SandboxHttpServer::~SandboxHttpServer() = default;

QString SandboxHttpServer::setTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(certificateFile, certFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return tr("%1 holds no PEM certificate.").arg(certificateFile);
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(keyFile, key.errorString());
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        return tr("%1 holds no unencrypted RSA or EC private key.").arg(keyFile);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(privateKey);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    m_backend->sslSetup(config);
    m_tls = true;
    return {};
}

quint16 SandboxHttpServer::listen(quint16 port)
{
    // Loopback only, always: the sandbox accepts a well-known demo secret and has a control endpoint.
    return m_backend->listen(QHostAddress::LocalHost, port);
}

void SandboxHttpServer::setHandler(std::function<void(const HttpExchange &)> handler)
{
    m_backend->handler = std::move(handler);
}

} // namespace im::sandbox
