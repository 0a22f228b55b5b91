// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiResult.h"

#include <QCoreApplication>
#include <QList>
#include <QSslError>

class QNetworkReply;

namespace im {

// Turns a finished QNetworkReply into an ApiResult: network and TLS failures, HTTP errors with the
// service's error envelope or Entra's error, web pages where JSON was expected, and JSON that is
// truncated, not JSON at all, or not an object. Every branch ends in a clear ApiError; nothing throws
// and no reply content is trusted.
class ReplyDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ReplyDecoder)

public:
    struct Context
    {
        ApiError::Stage stage = ApiError::Stage::Api;
        QList<QSslError> sslErrors;
        bool timedOut = false;
        bool tooLarge = false;
        bool cancelled = false;
        int timeoutSeconds = 0;
        qint64 maxBytes = 0;
    };

    static ApiResult decode(QNetworkReply *reply, const Context &context);

    // Retry-After as milliseconds: delta-seconds (a decimal fraction is accepted, as the sandbox sends
    // under --time-scale) or an HTTP date. -1 when absent or unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

    // Reads JSON text into an object, or sets a MalformedReply error with a translated reason.
    static bool parseObject(const QByteArray &body, QJsonObject *object, ApiError &error);

    // Fills serviceCode and serviceMessage from an error reply: the service's envelope
    // {"error":{"code","message","target"}} or Entra's {"error","error_description"}. Leaves them empty for
    // anything else; cuts both to a length a screen and a log can take.
    static void readErrorEnvelope(const QByteArray &body, ApiError &error);
};

} // namespace im
