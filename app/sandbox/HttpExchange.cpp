// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpExchange.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

namespace im::sandbox {

HttpExchange::HttpExchange(QTcpSocket *socket, QByteArray method, QString path, const QUrlQuery &query,
                           HeaderList headers, QByteArray body, const QHostAddress &peer)
    : m_socket(socket)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(query)
    , m_headers(std::move(headers))
    , m_body(std::move(body))
    , m_peer(peer)
{
}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray HttpExchange::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &body,
                           const HeaderList &extra) const
{
    const bool close = header("Connection").toLower() == "close";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                  .toLatin1()
            + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[key, value] : extra)
        head += key + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    respondRaw(head + body, close);
}

void HttpExchange::respondRaw(const QByteArray &bytes, bool close) const
{
    if (!isConnected())
        return;
    m_socket->write(bytes);
    if (close)
        m_socket->disconnectFromHost();
}

void HttpExchange::reset() const
{
    if (!m_socket)
        return;
#if defined(Q_OS_UNIX)
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger option = {1, 0};
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    m_socket->abort();
}

} // namespace im::sandbox
