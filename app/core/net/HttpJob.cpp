// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/HttpJob.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstring>

namespace im {
namespace {

// A request body that can be read once and never rewound. Qt's HTTP layer sends a request again by
// itself when a kept-alive connection drops after the request left and before the reply (it rewinds the
// body and resends). For a write that is a second write the caller never learns of: on a service that
// does not upsert, a duplicate indicator. With a body that cannot be rewound Qt reports the dropped
// connection instead (ContentReSendError), and the caller decides: the import engine looks the rows up
// in the tenant before it sends anything again.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }
    [[nodiscard]] bool atEnd() const override { return m_read >= m_data.size() && QIODevice::bytesAvailable() == 0; }
    bool reset() override { return false; } // the point of it: never rewound

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_read, static_cast<size_t>(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

HttpJob::HttpJob(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
                 const QByteArray &body, ApiError::Stage stage, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
    , m_limits(limits)
{
    m_context.stage = stage;
    m_context.timeoutSeconds = (limits.timeoutMs + 999) / 1000;
    m_context.maxBytes = limits.maxReplyBytes;
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(limits.timeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpJob::onTimeout);
}

HttpJob::~HttpJob()
{
    stopReply();
}

void HttpJob::stopReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void HttpJob::start()
{
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_body.isEmpty() && m_verb != "POST") {
        m_reply = m_manager->sendCustomRequest(m_request, m_verb);
    } else {
        // Streamed from a body that cannot be rewound, so Qt never sends it twice (OneShotBody).
        m_request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body, this);
        m_reply = m_manager->sendCustomRequest(m_request, m_verb, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &HttpJob::onProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64, qint64) { m_idleTimer.start(); });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this]() {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxReplyBytes) {
            m_context.tooLarge = true;
            m_reply->abort();
        }
    });
    // Collected only to explain the failure; they are never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_context.sslErrors += errors; });
    m_idleTimer.start();
}

void HttpJob::onProgress(qint64 received, qint64 total)
{
    m_idleTimer.start();
    if (received > m_limits.maxReplyBytes || total > m_limits.maxReplyBytes) {
        m_context.tooLarge = true;
        if (m_reply)
            m_reply->abort();
    }
}

void HttpJob::onTimeout()
{
    m_context.timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpJob::abort()
{
    m_context.cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void HttpJob::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_result = ReplyDecoder::decode(m_reply, m_context);
    m_result.attempts = 1;
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished();
}

} // namespace im
