// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QTcpSocket;

namespace im::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the sandbox received it, and the way to answer it: now, later (the socket is
// held weakly), with bytes that break the protocol on purpose, or with a TCP reset. Copies share the
// same connection.
class HttpExchange
{
public:
    HttpExchange() = default;
    HttpExchange(QTcpSocket *socket, QByteArray method, QString path, const QUrlQuery &query, HeaderList headers,
                 QByteArray body, const QHostAddress &peer);

    [[nodiscard]] const QByteArray &method() const { return m_method; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QUrlQuery &query() const { return m_query; }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] const QHostAddress &peer() const { return m_peer; }
    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool isConnected() const;

    void respond(int status, const QByteArray &contentType, const QByteArray &body, const HeaderList &extra = {}) const;
    // Writes exactly these bytes (a status line and headers included) and closes if asked.
    void respondRaw(const QByteArray &bytes, bool close) const;
    // Drops the connection with a TCP RST, as a crashing front end would.
    void reset() const;

    static QByteArray reasonPhrase(int status);

private:
    QPointer<QTcpSocket> m_socket;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    HeaderList m_headers;
    QByteArray m_body;
    QHostAddress m_peer;
};

} // namespace im::sandbox
