// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ReplyDecoder.h"

#include "core/net/TlsPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cmath>

namespace im {
namespace {

using Kind = ApiError::Kind;

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<head")
           || start.startsWith("<body") || start.startsWith("<title");
}

Kind kindForStatus(int status, ApiError::Stage stage)
{
    if (status >= 500)
        return Kind::ServerError;
    if (status == 429)
        return Kind::RateLimited;
    if (stage == ApiError::Stage::SignIn)
        return Kind::SignInRejected;
    switch (status) {
    case 401: return Kind::Unauthorized;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    default: return Kind::Rejected;
    }
}

Kind kindForNetworkError(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ContentReSendError: // dropped after the body left; Qt may not resend it (HttpJob)
        return Kind::ConnectionClosed;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return Kind::TlsOther;
    default: return Kind::Unreachable;
    }
}

// The service's words go to terminals and logs: control characters could move the cursor or rewrite the
// line (terminal escapes), and direction overrides could make the text read differently from what it is.
QString printableText(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        const char16_t u = c.unicode();
        const bool bidiControl =
            (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
        if (c.category() == QChar::Other_Control || bidiControl)
            c = u' ';
    }
    return clean;
}

} // namespace

void ReplyDecoder::readErrorEnvelope(const QByteArray &body, ApiError &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return;
    const QJsonObject object = doc.object();
    const QJsonValue e = object.value(QLatin1String("error"));
    if (e.isObject()) {
        const QJsonObject envelope = e.toObject();
        error.serviceCode = envelope.value(QLatin1String("code")).toString();
        error.serviceMessage = envelope.value(QLatin1String("message")).toString();
    } else if (e.isString()) {
        error.serviceCode = e.toString();
        // Entra appends trace and correlation ids on further lines; the first line is the sentence.
        const QString description = object.value(QLatin1String("error_description")).toString();
        static const QRegularExpression kLineBreak(QStringLiteral("[\r\n]"));
        error.serviceMessage = description.section(kLineBreak, 0, 0).trimmed();
    }
    // Never let a hostile or broken service flood the user's screen or logs.
    constexpr int kMaxMessage = 1000;
    if (error.serviceMessage.size() > kMaxMessage)
        error.serviceMessage = error.serviceMessage.left(kMaxMessage) + QStringLiteral("...");
    if (error.serviceCode.size() > 100)
        error.serviceCode = error.serviceCode.left(100);
    error.serviceMessage = printableText(error.serviceMessage);
    error.serviceCode = printableText(error.serviceCode);
}

bool ReplyDecoder::parseObject(const QByteArray &body, QJsonObject *object, ApiError &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiError(Kind::MalformedReply, error.stage());
        const bool endsEarly = parseError.offset >= body.trimmed().size() - 1
                               || parseError.error == QJsonParseError::UnterminatedObject
                               || parseError.error == QJsonParseError::UnterminatedArray
                               || parseError.error == QJsonParseError::UnterminatedString;
        if (body.trimmed().isEmpty())
            error.detail = tr("the reply is empty.");
        else if (endsEarly && (body.trimmed().startsWith('{') || body.trimmed().startsWith('[')))
            error.detail = tr("the JSON ends too early (the reply is truncated).");
        else
            error.detail = tr("it is not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        error = ApiError(Kind::MalformedReply, error.stage());
        error.detail = tr("a JSON object was expected.");
        return false;
    }
    *object = doc.object();
    return true;
}

qint64 ReplyDecoder::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0)
        return std::llround(std::min(seconds, 86400.0) * 1000.0);
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}

ApiResult ReplyDecoder::decode(QNetworkReply *reply, const Context &context)
{
    ApiResult result;
    result.error = ApiError(Kind::None, context.stage);
    const QString host = reply->url().host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.httpStatus = status;

    auto fail = [&](Kind kind) {
        ApiError e(kind, context.stage);
        e.host = host;
        e.httpStatus = status;
        e.timeoutSeconds = context.timeoutSeconds;
        e.sizeLimitBytes = context.maxBytes;
        result.error = e;
        return result;
    };

    if (context.cancelled)
        return fail(Kind::Cancelled);
    if (context.tooLarge)
        return fail(Kind::ReplyTooLarge);
    if (context.timedOut)
        return fail(Kind::Timeout);

    const QNetworkReply::NetworkError networkError = reply->error();
    if (networkError != QNetworkReply::NoError
        && (status == 0 || networkError == QNetworkReply::RemoteHostClosedError)) {
        fail(kindForNetworkError(networkError));
        result.error.detail = reply->errorString();
        if (networkError == QNetworkReply::SslHandshakeFailedError || !context.sslErrors.isEmpty())
            TlsPolicy::classify(context.sslErrors, result.error);
        return result;
    }

    const QByteArray body = reply->readAll();
    if (context.maxBytes > 0 && body.size() > context.maxBytes)
        return fail(Kind::ReplyTooLarge);
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    if (status >= 300 && status < 400) {
        // Redirects are not followed: they would carry the bearer token to an address nobody chose.
        fail(Kind::Rejected);
        result.error.detail = QString::fromLatin1(reply->rawHeader("Location").left(200));
        return result;
    }
    if (status >= 400 || status == 0) {
        fail(status == 0 ? Kind::MalformedReply : kindForStatus(status, context.stage));
        if (looksLikeHtml(contentType, body) && status >= 400 && result.error.kind() != Kind::RateLimited) {
            // A proxy's or gateway's error page: say so, but keep what the status tells (retry 5xx).
            fail(Kind::HtmlReply);
            return result;
        }
        readErrorEnvelope(body, result.error);
        if (status == 429)
            result.error.retryAfterMs =
                parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        return result;
    }

    if (looksLikeHtml(contentType, body))
        return fail(Kind::HtmlReply);
    if (status == 204 || body.isEmpty()) {
        if (status == 204)
            return result;
        fail(Kind::MalformedReply);
        result.error.detail = tr("the reply is empty.");
        return result;
    }
    ApiError parseError(Kind::None, context.stage);
    if (!parseObject(body, &result.json, parseError)) {
        parseError.host = host;
        parseError.httpStatus = status;
        result.error = parseError;
    }
    return result;
}

} // namespace im
