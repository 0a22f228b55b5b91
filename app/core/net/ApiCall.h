// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiEndpoint.h"
#include "core/net/ApiResult.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace im {

class ApiClient;
class HttpJob;

// One logical call to the API, as its caller sees it. Before sending it waits for a fresh token and a
// free slot of the endpoint's rate limit; a 401 makes it sign in again and resend once; a 429 makes it
// wait for Retry-After and resend (a few times). Other failures are the caller's to retry, because
// only the caller knows what resending means. Emits finished() exactly once; the caller deletes it.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    [[nodiscard]] ApiEndpoint endpoint() const { return m_endpoint; }
    [[nodiscard]] const ApiResult &result() const { return m_result; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // True while the request is on the wire (as opposed to waiting for a token or a rate-limit slot).
    [[nodiscard]] bool isInFlight() const { return !m_job.isNull(); }

    // Stops waiting or aborts the request in flight; finished() follows with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished();
    // The service answered 429; the call waits `waitMs` and tries again.
    void throttled(qint64 waitMs);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiEndpoint endpoint, const QByteArray &verb, const QUrl &url, const QByteArray &body);

    void proceed();
    void send();
    void onSent();
    void finish(const ApiError &error);

    ApiClient *m_client;
    ApiEndpoint m_endpoint;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    QTimer m_waitTimer;
    QPointer<HttpJob> m_job;
    quint64 m_ticket = 0;
    quint64 m_tokenGeneration = 0;
    bool m_renewedAfter401 = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_waitingForToken = false;
    ApiResult m_result;
};

} // namespace im
