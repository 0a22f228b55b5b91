// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpExchange.h"

#include <QObject>

#include <functional>
#include <memory>

namespace im::sandbox {

// The sandbox's only contact with Qt HttpServer, whose 6.4 API is a technical preview: it listens on
// loopback (plain or TLS), parses requests and hands each one over as an HttpExchange. Replies are
// written by the exchange itself, so faults can break the protocol in ways a framework would not.
class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Must come before listen() (6.4's sslSetup rule). Returns a message when the files are unusable.
    QString setTls(const QString &certificateFile, const QString &keyFile);
    [[nodiscard]] bool isTls() const { return m_tls; }

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listen(quint16 port);

    void setHandler(std::function<void(const HttpExchange &)> handler);

private:
    class Backend;
    std::unique_ptr<Backend> m_backend;
    bool m_tls = false;
};

} // namespace im::sandbox
