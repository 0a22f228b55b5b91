// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenant/BatchDeleter.h"

#include "indicator/ServiceLimits.h"
#include "net/ApiCall.h"
#include "net/ApiClient.h"

#include <QTimer>

namespace im {

BatchDeleter::BatchDeleter(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

BatchDeleter::~BatchDeleter()
{
    delete m_call.data();
}

void BatchDeleter::start(const QStringList &ids)
{
    if (m_running)
        return;
    m_running = true;
    m_ids = ids;
    m_error = ApiError();
    m_deleted = 0;
    m_calls = 0;
    m_retry.stop();
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(ApiError()); });
        return;
    }
    sendChunk();
}

void BatchDeleter::sendChunk()
{
    m_chunk = m_ids.mid(m_deleted, limits::kMaxIdsPerBatchDelete);
    ++m_calls;
    m_call = m_client->batchDelete(m_chunk);
    connect(m_call, &ApiCall::finished, this, &BatchDeleter::onChunk);
}

void BatchDeleter::onChunk()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    const ApiResult result = call->result();
    call->deleteLater();
    if (!result.ok()) {
        if (!m_retry.scheduleAfter(result.error))
            finish(result.error);
        return;
    }
    m_retry.succeeded();
    m_deleted += static_cast<int>(m_chunk.size());
    Q_EMIT progress(m_deleted, static_cast<int>(m_ids.size()));
    if (m_deleted >= m_ids.size()) {
        finish(ApiError());
        return;
    }
    sendChunk();
}

void BatchDeleter::finish(const ApiError &error)
{
    m_error = error;
    m_running = false;
    Q_EMIT finished();
}

} // namespace im
