// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiEndpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QString>

#include <optional>
#include <vector>

namespace im::sandbox {

// The ways the sandbox can misbehave on purpose, so tests can prove the client loses no row.
enum class FaultKind : quint8 {
    ServerError,    // 500 (or `status`) before processing: nothing committed; `message` in the envelope
    ResetBefore,    // TCP reset before processing: the service never saw the call
    ResetAfter,     // TCP reset after the batch was committed: the client never sees the reply
    Slow,           // the reply waits `delay` ms (after processing)
    MalformedJson,  // 200 with broken JSON (after processing)
    MissingResults, // Import: a `fraction` of the results left out (after processing)
    ReorderResults, // Import: results shuffled (after processing)
    WrongTypes,     // Import: results with wrong JSON types (after processing)
    ExpireToken,    // the caller's token expires now: 401, and the token stays dead
    Truncated,      // the reply stops half-way and the connection closes (after processing)
    Huge,           // a reply claiming hundreds of megabytes (after processing)
    NonJson,        // 200 with plain text (after processing)
    Html,           // a gateway's HTML error page with `status` (default 502), after processing
    Redirect,       // a redirect (`status`, default 307) to a plain http:// address, after processing
    BadToken,       // token endpoint: a token that would break the Authorization header, absurd lifetime
    OversizedToken, // token endpoint: a well-formed reply holding a 1 MiB access token
    IgnoreSkip,     // List: answered as if there were no $skip (a proxy that drops it), every page the first
    FailRows,       // Import: a `fraction` of the rows fail with `message` and are not processed
};

// One --fault rule: KIND[:key=value,...]. Keys: rate (0..1, each eligible request fires with that
// chance), count (fires on at most that many eligible requests), after (lets the first N eligible
// requests to the endpoint pass, whatever other rules did), endpoint (import, submit, list, delete, batchdelete, token, api = every API endpoint,
// any), status, delay (ms), fraction (0..1), message (the error envelope's text for 5xx, the rows' failure
// reason for fail-rows; percent-encoded, so a test can make the service say anything). Without rate and count a rule fires every time.
struct FaultRule
{
    FaultKind kind = FaultKind::ServerError;
    quint32 endpoints = 0; // bit per ApiEndpoint
    double rate = -1;
    int count = -1;
    int after = 0;
    int status = 0;
    int delayMs = 0;
    double fraction = 0.2;
    QString message;
    QString spec;
    int eligible = 0;
    int fired = 0;
};

// Decides, request by request, which fault (if any) to inject. Deterministic for a given seed.
class FaultInjector
{
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    explicit FaultInjector(quint32 seed = 1);

    // Returns a translated message when the spec cannot be read.
    QString add(const QString &spec);
    void clear() { m_rules.clear(); }

    // The first rule that fires for a request to `endpoint`, if any.
    std::optional<FaultRule> pick(ApiEndpoint endpoint);
    // A number in [0, 1) from the same seeded generator, for faults that pick rows.
    double random() { return m_random.generateDouble(); }

    [[nodiscard]] QJsonArray describe() const;
    static QStringList kindNames();

private:
    std::vector<FaultRule> m_rules;
    QRandomGenerator m_random;
};

} // namespace im::sandbox
