// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/StepRetry.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace im {

class ApiCall;
class ApiClient;

// Deletes indicators by id through BatchDelete, at most 500 ids a call (shared/spec §2.1), one call
// after the other; the client's limiter keeps the endpoint's 30 calls a minute. Transient failures
// are retried; the first lasting failure stops the run. Emits finished() once.
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

Q_SIGNALS:
    void progress(int deleted, int total);
    void finished();

private:
    void sendChunk();
    void onChunk();
    void finish(const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QStringList m_ids;
    QStringList m_chunk;
    ApiError m_error;
    int m_deleted = 0;
    int m_calls = 0;
    StepRetry m_retry{[this] { sendChunk(); }};
    bool m_running = false;
};

} // namespace im
