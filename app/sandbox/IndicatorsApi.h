// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxReply.h"

#include <QByteArray>
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

    // POST /api/indicators/import  {"Indicators":[...]} -> {"value":[{id, indicator, isFailed, failureReason}]}
    SandboxReply importIndicators(const QByteArray &body, const Caller &caller, qint64 nowMs, int *rows);
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
};

} // namespace im::sandbox
