// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ApiCall.h"

#include "core/net/ApiClient.h"
#include "core/net/HttpJob.h"
#include "core/net/TokenClient.h"

#include <algorithm>

namespace im {
namespace {

// When every slot is held by calls still running there is no time to compute; look again soon.
constexpr int kRecheckMs = 50;

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiEndpoint endpoint, const QByteArray &verb, const QUrl &url,
                 const QByteArray &body)
    : QObject(client)
    , m_client(client)
    , m_endpoint(endpoint)
    , m_verb(verb)
    , m_url(url)
    , m_body(body)
{
    m_waitTimer.setSingleShot(true);
    // Precise: a coarse timer may fire a little early, and early is exactly what the limit punishes.
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiCall::proceed);
}

ApiCall::~ApiCall()
{
    if (m_ticket != 0)
        m_client->limiter(m_endpoint).finishCall(m_ticket, m_client->now());
    delete m_job;
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_waitTimer.stop();
    if (m_job) {
        m_job->abort(); // finishes through onSent with a Cancelled error
        return;
    }
    // Waiting for a token or a slot: finish from the event loop, never inside the caller's cancel().
    QTimer::singleShot(0, this, [this]() { finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::Api)); });
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waitTimer.stop();
    if (error.isError())
        m_result.error = error;
    Q_EMIT finished();
}

void ApiCall::proceed()
{
    if (m_finished || m_cancelled || m_waitingForToken)
        return;
    if (!m_client->m_settingsError.isEmpty()) {
        ApiError error(ApiError::Kind::InvalidSettings, ApiError::Stage::SignIn);
        error.detail = m_client->m_settingsError;
        QTimer::singleShot(0, this, [this, error]() { finish(error); });
        return;
    }
    TokenClient *tokens = m_client->tokens();
    if (!tokens->hasFreshToken()) {
        m_waitingForToken = true;
        tokens->withToken(this, [this](const ApiError &error) {
            m_waitingForToken = false;
            if (m_cancelled)
                return finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::Api));
            if (error.isError())
                return finish(error);
            proceed();
        });
        return;
    }
    if (m_endpoint == ApiEndpoint::Token)
        return finish(ApiError());

    CallLimiter &limiter = m_client->limiter(m_endpoint);
    const qint64 wait = limiter.delayMs(m_client->now());
    if (wait != 0) {
        m_waitTimer.start(static_cast<int>(wait < 0 ? kRecheckMs : std::min<qint64>(wait, 24LL * 3600 * 1000)));
        return;
    }
    send();
}

void ApiCall::send()
{
    TokenClient *tokens = m_client->tokens();
    m_tokenGeneration = tokens->generation();
    QNetworkRequest request = m_client->request(m_url);
    request.setRawHeader("Authorization", tokens->authorization());
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    m_ticket = m_client->limiter(m_endpoint).startCall(m_client->now());
    m_job = new HttpJob(m_client->m_manager, request, m_verb, m_body, ApiError::Stage::Api, m_client->limits(), this);
    connect(m_job, &HttpJob::finished, this, &ApiCall::onSent);
    m_job->start();
}

void ApiCall::onSent()
{
    HttpJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    CallLimiter &limiter = m_client->limiter(m_endpoint);
    limiter.finishCall(m_ticket, m_client->now());
    m_ticket = 0;

    const ApiResult &sent = job->result();
    const int attempts = m_result.attempts + 1;
    const int throttleCount = m_result.throttled;
    m_result = sent;
    m_result.attempts = attempts;
    m_result.throttled = throttleCount;
    if (m_cancelled)
        return finish(ApiError(ApiError::Kind::Cancelled, ApiError::Stage::Api));

    const ApiError::Kind kind = sent.error.kind();
    if (kind == ApiError::Kind::Unauthorized && !m_renewedAfter401) {
        // The token expired or was revoked under us: sign in again and resend, once.
        m_renewedAfter401 = true;
        m_client->tokens()->invalidate(m_tokenGeneration);
        m_result.error = ApiError();
        return proceed();
    }
    if (kind == ApiError::Kind::RateLimited && m_result.throttled < m_client->m_maxThrottleRetries) {
        ++m_result.throttled;
        const qint64 fallbackMs = static_cast<qint64>(1000.0 / m_client->timeScale());
        const qint64 waitMs = sent.error.retryAfterMs >= 0 ? sent.error.retryAfterMs : fallbackMs;
        limiter.blockUntil(m_client->now() + waitMs);
        Q_EMIT throttled(waitMs);
        m_result.error = ApiError();
        return proceed();
    }
    finish(sent.error);
}

} // namespace im
