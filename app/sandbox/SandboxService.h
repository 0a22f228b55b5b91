// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/IndicatorsApi.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/ServiceRateLimiter.h"
#include "sandbox/TenantState.h"
#include "sandbox/TokenIssuer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <optional>
#include <vector>

namespace im::sandbox {

// The emulated service behind the HTTP server: routes each request (token endpoints, the Indicators
// API under /api/ and /api/v1.0/, the test control endpoints under /_sandbox/), checks the bearer
// token, applies the rate limits and the faults, and keeps the statistics the tests read.
//
// Order for an API call: fault "reset-before" -> token (401/403) -> "expire-token" -> rate limit (429)
// -> the call is counted -> "5xx" -> processing (and saving the state) -> the faults that spoil a reply.
class SandboxService : public QObject
{
    Q_OBJECT

public:
    explicit SandboxService(const SandboxOptions &options, QObject *parent = nullptr);

    // Loads the state, the apps, the faults and the seed. Returns a translated message on error.
    QString initialise();
    // The address the server answers on, used in @odata.context.
    void setBaseUrl(const QString &baseUrl);

    void handle(const HttpExchange &exchange);

private:
    struct CallRecord
    {
        qint64 atMs;
        int rows;
        int status;
    };

    void handleToken(const HttpExchange &exchange, const QString &tenant, bool v2);
    void handleDeviceCode(const HttpExchange &exchange, const QString &tenant);
    void handleAuthorize(const HttpExchange &exchange, const QString &tenant);
    void handleDeviceLogin(const HttpExchange &exchange);
    void handleApi(const HttpExchange &exchange, ApiEndpoint endpoint, const QString &id);
    void handleControl(const HttpExchange &exchange, const QString &action);
    void deliver(const HttpExchange &exchange, const SandboxReply &reply, const std::optional<FaultRule> &fault,
                 const QByteArray &contentType);
    void writeSpoiled(const HttpExchange &exchange, const SandboxReply &reply, const FaultRule &fault,
                      const QByteArray &contentType);
    // fail-rows: the positions of an Import body's rows that fail, each with the rule's `fraction` chance.
    QSet<qsizetype> refusedRows(const QByteArray &body, const FaultRule &fault);
    [[nodiscard]] QJsonObject stats() const;
    [[nodiscard]] qint64 nowMs() const;
    void persist();
    void purge();

    SandboxOptions m_options;
    TokenIssuer m_tokens;
    TenantState m_state;
    IndicatorsApi m_api;
    ServiceRateLimiter m_rates;
    FaultInjector m_faults;
    QElapsedTimer m_clock;
    QTimer m_purgeTimer;
    std::array<std::vector<CallRecord>, ApiEndpointCount> m_calls;
    std::array<int, ApiEndpointCount> m_throttled{};
    int m_unauthorized = 0;
    int m_tokensIssued = 0;
    int m_resets = 0;
};

} // namespace im::sandbox
