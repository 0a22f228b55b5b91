// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxReply.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrlQuery>

namespace im::sandbox {

struct Caller;
class TenantState;

// The five Indicators operations of shared/spec §3 on the tenant's state: what each accepts, how it
// fails and what it answers. Authentication, rate limits and faults happen before and after, in
// SandboxService. Service texts are English, as the real service writes them.
class IndicatorsApi
{
public:
    IndicatorsApi(TenantState &state, int capacity);

    void setContextBase(const QString &apiBase) { m_contextBase = apiBase; }

    // The switches for the service's undocumented behaviour (choices, "Switches").
    struct Behaviour
    {
        int pageSize = 0;            // List: at most this many a page, with @odata.nextLink; 0: no cap
        bool echoNormalised = false; // Import: `indicator` echoes the value as stored, normalised
        bool strictBody = false;     // Import: a property the strict parser refuses fails the whole body
    };
    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }

    // The value as the service would store and echo it under --echo normalised: hashes and thumbprints
    // in lower case, IPv6 in its compressed canonical form (RFC 5952), domains and URL hosts in lower
    // case and punycode without a trailing dot, URLs without a trailing slash.
    static QString normalisedEcho(const QString &type, const QString &value);

    // POST /api/indicators/import  {"Indicators":[...]} -> {"value":[{id, indicator, isFailed, failureReason}]}
    // The rows at `refused` (positions in the list) fail with `refusal` unprocessed (fault fail-rows).
    SandboxReply importIndicators(const QByteArray &body, const Caller &caller, qint64 nowMs, int *rows,
                                  const QSet<qsizetype> &refused = {}, const QString &refusal = {});
    // POST /api/indicators -> the entity
    SandboxReply submit(const QByteArray &body, const Caller &caller, qint64 nowMs);
    // GET /api/indicators?$top&$skip&$filter
    SandboxReply list(const QUrlQuery &query, const Caller &caller) const;
    // DELETE /api/indicators/{id}
    SandboxReply remove(const QString &id, const Caller &caller);
    // POST /api/indicators/BatchDelete {"IndicatorIds":[...]}
    SandboxReply batchDelete(const QByteArray &body, const Caller &caller, int *rows);

private:
    TenantState &m_state;
    int m_capacity;
    QString m_contextBase;
    Behaviour m_behaviour;
};

} // namespace im::sandbox
