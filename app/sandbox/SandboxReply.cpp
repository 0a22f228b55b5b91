// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxReply.h"

#include <QJsonDocument>
#include <QUuid>

namespace im::sandbox {

SandboxReply SandboxReply::ok(const QJsonObject &json)
{
    SandboxReply reply;
    reply.json = json;
    return reply;
}

SandboxReply SandboxReply::noContent()
{
    SandboxReply reply;
    reply.status = 204;
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &code, const QString &message)
{
    SandboxReply reply;
    reply.status = status;
    reply.json =
        QJsonObject{{QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), code},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("target"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}}};
    return reply;
}

QByteArray SandboxReply::body() const
{
    if (status == 204)
        return {};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace im::sandbox
