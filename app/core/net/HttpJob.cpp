// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpJob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace im {

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
    if (m_body.isEmpty() && m_verb != "POST")
        m_reply = m_manager->sendCustomRequest(m_request, m_verb);
    else
        m_reply = m_manager->sendCustomRequest(m_request, m_verb, m_body);
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
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_context.sslErrors += errors;
    });
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
