// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/net/StepRetry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace im {

class ApiCall;
class ApiClient;

// Deletes indicators by id through BatchDelete, at most 500 ids a call (shared/spec §2.1), one call
// after the other; the client's limiter keeps the endpoint's 30 calls a minute. BatchDelete deletes
// none of a chunk when one id is unknown (404, UndocumentedChoices in the sandbox): that chunk is then
// deleted id by id through Delete, and the unknown ids are listed in notFound(), as the CLI does.
// Transient failures are retried; the first lasting failure stops the run. Emits finished() once.
class BatchDeleter : public QObject
{
    Q_OBJECT

public:
    explicit BatchDeleter(ApiClient *client, QObject *parent = nullptr);
    ~BatchDeleter() override;

    void start(const QStringList &ids);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] int deleted() const { return m_deleted; }
    [[nodiscard]] int calls() const { return m_calls; }
    // Ids the service did not know (already gone, or never visible to this app).
    [[nodiscard]] const QStringList &notFound() const { return m_notFound; }

Q_SIGNALS:
    void progress(int done, int total); // ids handled (deleted or not found) of all
    void finished();

private:
    void sendChunk();
    void onChunk();
    void sendSingle();
    void onSingle();
    void next();
    void finish(const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QStringList m_ids;
    QStringList m_chunk;
    QStringList m_notFound;
    ApiError m_error;
    int m_position = 0; // ids handled so far
    int m_single = -1;  // index in m_chunk while deleting one by one; -1: whole chunks
    int m_deleted = 0;
    int m_calls = 0;
    StepRetry m_retry{[this] { m_single >= 0 ? sendSingle() : sendChunk(); }};
    bool m_running = false;
};

} // namespace im
