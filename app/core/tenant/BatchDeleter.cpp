// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenant/BatchDeleter.h"

#include "core/indicator/ServiceLimits.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"

#include <QTimer>

namespace im {

BatchDeleter::BatchDeleter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
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
    m_notFound.clear();
    m_position = 0;
    m_single = -1;
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
    m_chunk = m_ids.mid(m_position, limits::kMaxIdsPerBatchDelete);
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
        if (result.error.kind() == ApiError::Kind::NotFound) {
            // All or nothing: one unknown id kept the whole chunk. Find out id by id.
            m_retry.succeeded();
            m_single = 0;
            sendSingle();
            return;
        }
        if (!m_retry.scheduleAfter(result.error))
            finish(result.error);
        return;
    }
    m_retry.succeeded();
    m_deleted += static_cast<int>(m_chunk.size());
    m_position += static_cast<int>(m_chunk.size());
    next();
}

void BatchDeleter::sendSingle()
{
    ++m_calls;
    m_call = m_client->deleteIndicator(m_chunk.at(m_single));
    connect(m_call, &ApiCall::finished, this, &BatchDeleter::onSingle);
}

void BatchDeleter::onSingle()
{
    ApiCall *call = m_call;
    m_call = nullptr;
    const ApiResult result = call->result();
    call->deleteLater();
    if (!result.ok() && result.error.kind() != ApiError::Kind::NotFound) {
        if (!m_retry.scheduleAfter(result.error))
            finish(result.error);
        return;
    }
    m_retry.succeeded();
    if (result.ok())
        ++m_deleted;
    else
        m_notFound.append(m_chunk.at(m_single));
    ++m_position;
    if (++m_single < m_chunk.size()) {
        Q_EMIT progress(m_position, static_cast<int>(m_ids.size()));
        sendSingle();
        return;
    }
    m_single = -1;
    next();
}

void BatchDeleter::next()
{
    Q_EMIT progress(m_position, static_cast<int>(m_ids.size()));
    if (m_position >= m_ids.size()) {
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
