// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/ServiceLimits.h"
#include "core/net/ApiResult.h"
#include "core/net/ReplyDecoder.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace im {

// One HTTP exchange: sends the request, watches for silence (the timeout restarts whenever bytes move)
// and for replies bigger than the limit, keeps the TLS errors for the message, and decodes the reply
// once. Deleting the job aborts a request still running.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int timeoutMs = limits::kRequestTimeoutMs;
        qint64 maxReplyBytes = limits::kMaxReplyBytes;
    };

    HttpJob(QNetworkAccessManager *manager, const QNetworkRequest &request, const QByteArray &verb,
            const QByteArray &body, ApiError::Stage stage, const Limits &limits, QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    void abort();
    [[nodiscard]] const ApiResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void onProgress(qint64 received, qint64 total);
    void onTimeout();
    void stopReply();

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    Limits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    ReplyDecoder::Context m_context;
    ApiResult m_result;
    bool m_done = false;
};

} // namespace im
