// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/HttpExchange.h"

#include <QJsonObject>
#include <QString>

namespace im::sandbox {

// What a handler answers, before faults may spoil it: a status, a JSON body (none for 204) and extra
// headers. Error replies use the service's envelope {"error":{"code","message","target"}} with a fresh
// GUID as target (shared/spec §3.7).
struct SandboxReply
{
    int status = 200;
    QJsonObject json;
    HeaderList headers;
    bool mutated = false; // the tenant changed: persist before answering

    static SandboxReply ok(const QJsonObject &json);
    static SandboxReply noContent();
    static SandboxReply error(int status, const QString &code, const QString &message);

    [[nodiscard]] QByteArray body() const;
};

} // namespace im::sandbox
