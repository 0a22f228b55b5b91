// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxService.h"

#include "core/indicator/ServiceLimits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace im::sandbox {
namespace {

constexpr char kJsonType[] = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";
constexpr char kTokenType[] = "application/json; charset=utf-8";

// "00:01:00" / "01:00:00", as the observed 429 messages write the window.
QString windowText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QByteArray retryAfterText(qint64 ms, double scale)
{
    // Whole seconds, as HTTP writes them; under a time scale the fraction matters, so keep it.
    if (scale == 1.0)
        return QByteArray::number((ms + 999) / 1000);
    return QByteArray::number(static_cast<double>(ms) / 1000.0, 'f', 3);
}

} // namespace

SandboxService::SandboxService(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_tokens(options.tenantId, options.tokenLifetimeSeconds, options.users)
    , m_state(limits::kMaxActiveIndicatorsPerTenant)
    , m_api(m_state, limits::kMaxActiveIndicatorsPerTenant)
    , m_rates(options.timeScale)
    , m_faults(options.faultSeed)
{
    m_clock.start();
    m_state.setAlwaysCreate(options.noUpsert);
    m_api.setBehaviour(IndicatorsApi::Behaviour{options.pageSize, options.echoNormalised, options.strictBody});
    // Expiry acts at the second: look every half second, and before every request.
    m_purgeTimer.setInterval(500);
    connect(&m_purgeTimer, &QTimer::timeout, this, &SandboxService::purge);
}

QString SandboxService::initialise()
{
    if (!m_options.appsFile.isEmpty()) {
        if (QString e = m_tokens.loadApps(m_options.appsFile); !e.isEmpty())
            return e;
    }
    for (const QString &spec : m_options.appCertificates) {
        if (QString e = m_tokens.addCertificate(spec.section(u'=', 0, 0), spec.section(u'=', 1)); !e.isEmpty())
            return e;
    }
    for (const QString &spec : m_options.faults) {
        if (QString e = m_faults.add(spec); !e.isEmpty())
            return e;
    }
    if (!m_options.statePath.isEmpty()) {
        if (QString e = m_state.load(m_options.statePath); !e.isEmpty())
            return e;
    }
    if ((m_options.seed > 0 || m_options.seedOthers > 0) && m_state.activeCount() == 0) {
        m_state.seed(m_options.seed, QDateTime::currentMSecsSinceEpoch());
        m_state.seedOtherCreators(m_options.seedOthers, QDateTime::currentMSecsSinceEpoch());
        persist();
    }
    m_purgeTimer.start();
    return {};
}

void SandboxService::setBaseUrl(const QString &baseUrl)
{
    m_api.setContextBase(baseUrl + QStringLiteral("/api"));
    m_tokens.setBaseUrl(baseUrl);
}

qint64 SandboxService::nowMs() const
{
    return m_clock.elapsed();
}

void SandboxService::persist()
{
    if (m_options.statePath.isEmpty())
        return;
    const QString error = m_state.save(m_options.statePath);
    if (!error.isEmpty())
        std::fprintf(stderr, "indicator-sandbox: %s\n", qPrintable(error));
}

void SandboxService::purge()
{
    if (m_state.purgeExpired(QDateTime::currentMSecsSinceEpoch(), m_options.expiryLagSeconds) > 0)
        persist();
}

void SandboxService::handle(const HttpExchange &exchange)
{
    // Defence in depth: the server listens on 127.0.0.1 only.
    if (!exchange.peer().isLoopback()) {
        exchange.reset();
        return;
    }
    purge();
    const QStringList parts = exchange.path().split(u'/', Qt::SkipEmptyParts);
    const QByteArray &method = exchange.method();

    if (parts.size() >= 2 && parts[0] == QLatin1String("_sandbox") && m_options.control)
        return handleControl(exchange, parts[1]);

    // /<tenant>/oauth2/v2.0/token and /<tenant>/oauth2/token
    if (parts.size() >= 3 && parts[1] == QLatin1String("oauth2") && parts.last() == QLatin1String("token")) {
        const bool v2 = parts.size() == 4 && parts[2] == QLatin1String("v2.0");
        if ((parts.size() == 3 || v2) && method == "POST")
            return handleToken(exchange, parts[0], v2);
    }
    // A user's sign-in: /<tenant>/oauth2/v2.0/devicecode and /authorize, and the page to enter a code.
    if (parts.size() == 4 && parts[1] == QLatin1String("oauth2") && parts[2] == QLatin1String("v2.0")) {
        if (parts[3] == QLatin1String("devicecode") && method == "POST")
            return handleDeviceCode(exchange, parts[0]);
        if (parts[3] == QLatin1String("authorize") && method == "GET")
            return handleAuthorize(exchange, parts[0]);
    }
    if (parts.size() == 1 && parts[0] == QLatin1String("devicelogin") && method == "GET")
        return handleDeviceLogin(exchange);

    // /api/indicators..., optionally /api/v1.0/indicators... (shared/spec §3)
    qsizetype i = 0;
    if (parts.size() > i && parts[i].compare(QLatin1String("api"), Qt::CaseInsensitive) == 0) {
        ++i;
        if (parts.size() > i && parts[i] == QLatin1String("v1.0"))
            ++i;
        if (parts.size() > i && parts[i].compare(QLatin1String("indicators"), Qt::CaseInsensitive) == 0) {
            const qsizetype rest = parts.size() - i - 1;
            const QString next = rest >= 1 ? parts[i + 1] : QString();
            if (rest == 0 && method == "GET")
                return handleApi(exchange, ApiEndpoint::List, {});
            if (rest == 0 && method == "POST")
                return handleApi(exchange, ApiEndpoint::Submit, {});
            if (rest == 1 && method == "POST" && next.compare(QLatin1String("import"), Qt::CaseInsensitive) == 0)
                return handleApi(exchange, ApiEndpoint::Import, {});
            if (rest == 1 && method == "POST" && next.compare(QLatin1String("BatchDelete"), Qt::CaseInsensitive) == 0)
                return handleApi(exchange, ApiEndpoint::BatchDelete, {});
            if (rest == 1 && method == "DELETE")
                return handleApi(exchange, ApiEndpoint::Delete, next);
        }
    }
    const SandboxReply notFound = SandboxReply::error(
        404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("No HTTP resource was found that matches the request URI '%1'.").arg(exchange.path().left(200)));
    deliver(exchange, notFound, std::nullopt, kJsonType);
}

void SandboxService::handleToken(const HttpExchange &exchange, const QString &tenant, bool v2)
{
    const std::optional<FaultRule> fault = m_faults.pick(ApiEndpoint::Token);
    if (fault && fault->kind == FaultKind::ResetBefore) {
        ++m_resets;
        return exchange.reset();
    }
    if (fault && fault->kind == FaultKind::ServerError) {
        deliver(exchange, SandboxReply::error(fault->status, QStringLiteral("temporarily_unavailable"), fault->message),
                std::nullopt, kTokenType);
        return;
    }
    const SandboxReply reply = m_tokens.issue(tenant, exchange.body(), v2, QDateTime::currentSecsSinceEpoch());
    if (reply.status == 200)
        ++m_tokensIssued;
    deliver(exchange, reply, fault, kTokenType);
}

void SandboxService::handleDeviceCode(const HttpExchange &exchange, const QString &tenant)
{
    deliver(exchange, m_tokens.deviceCode(tenant, exchange.body(), QDateTime::currentSecsSinceEpoch()), std::nullopt,
            kTokenType);
}

void SandboxService::handleAuthorize(const HttpExchange &exchange, const QString &tenant)
{
    QString page;
    const QUrl redirect = m_tokens.authorize(tenant, exchange.query(), QDateTime::currentSecsSinceEpoch(), &page);
    if (redirect.isEmpty()) {
        exchange.respond(400, "text/html; charset=utf-8",
                         "<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>"
                             + page.toHtmlEscaped().toUtf8() + "</p></body></html>");
        return;
    }
    exchange.respond(302, "text/html; charset=utf-8", QByteArray(), {{"Location", redirect.toEncoded()}});
}

void SandboxService::handleDeviceLogin(const HttpExchange &exchange)
{
    // The emulated user answers by itself; this page lets a person answer instead:
    // /devicelogin?code=ABC&answer=approve|deny.
    const QString code = exchange.query().queryItemValue(QStringLiteral("code"));
    const QString answer = exchange.query().queryItemValue(QStringLiteral("answer"));
    QString text =
        QStringLiteral("Indicator Manager sandbox: enter the code shown by the app as ?code=...&answer=approve "
                       "(or deny).");
    if (!code.isEmpty()) {
        const bool known = m_tokens.users().answer(code, answer != QLatin1String("deny"));
        text = known ? (answer == QLatin1String("deny") ? QStringLiteral("Declined. You can close this window.")
                                                        : QStringLiteral("Signed in. You can close this window."))
                     : QStringLiteral("That code is unknown or has expired.");
    }
    exchange.respond(200, "text/html; charset=utf-8",
                     "<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>" + text.toHtmlEscaped().toUtf8()
                         + "</p></body></html>");
}

void SandboxService::handleApi(const HttpExchange &exchange, ApiEndpoint endpoint, const QString &id)
{
    const std::optional<FaultRule> fault = m_faults.pick(endpoint);
    if (fault && fault->kind == FaultKind::ResetBefore) {
        ++m_resets;
        return exchange.reset(); // the service never saw it: not counted
    }

    Caller caller;
    const TokenIssuer::Check check =
        m_tokens.verify(exchange.header("Authorization"), QDateTime::currentSecsSinceEpoch(), &caller);
    const HeaderList challenge = {{"WWW-Authenticate", "Bearer error=\"invalid_token\""}};
    if (check == TokenIssuer::Check::WrongAudience) {
        deliver(exchange,
                SandboxReply::error(403, QStringLiteral("Forbidden"),
                                    QStringLiteral("The access token's audience is not this API; request a token for "
                                                   "https://api.securitycenter.microsoft.com/.default.")),
                std::nullopt, kJsonType);
        return;
    }
    if (check != TokenIssuer::Check::Ok) {
        ++m_unauthorized;
        SandboxReply reply = SandboxReply::error(
            401, QStringLiteral("Unauthorized"),
            check == TokenIssuer::Check::Missing ? QStringLiteral("Authorization header is missing.")
                                                 : QStringLiteral("Authorization has been denied for this request."));
        reply.headers = challenge;
        return deliver(exchange, reply, std::nullopt, kJsonType);
    }
    if (fault && fault->kind == FaultKind::ExpireToken) {
        // The token dies now, mid-run; every further use of it is refused too.
        m_tokens.revoke(caller.tokenId);
        ++m_unauthorized;
        SandboxReply reply = SandboxReply::error(401, QStringLiteral("Unauthorized"),
                                                 QStringLiteral("Authorization has been denied for this request."));
        reply.headers = challenge;
        return deliver(exchange, reply, std::nullopt, kJsonType);
    }
    const bool allowed = endpoint == ApiEndpoint::List ? caller.canRead() : caller.canWrite();
    if (!allowed) {
        deliver(
            exchange,
            SandboxReply::error(403, QStringLiteral("Forbidden"),
                                QStringLiteral("The application does not have any of the required application "
                                               "permissions (Ti.ReadWrite, Ti.ReadWrite.All) to access the resource.")),
            std::nullopt, kJsonType);
        return;
    }

    const ServiceRateLimiter::Verdict verdict =
        m_rates.admit(caller.appId.toLower() + QLatin1Char('|') + caller.tenantId.toLower(), endpoint, nowMs());
    if (!verdict.admitted) {
        ++m_throttled[static_cast<size_t>(endpoint)];
        SandboxReply reply = SandboxReply::error(429, QString::fromLatin1(choices::kThrottleCode),
                                                 QStringLiteral("API calls quota exceeded! maximum allowed %1 per %2")
                                                     .arg(verdict.window.maxCalls)
                                                     .arg(windowText(verdict.window.lengthMs)));
        reply.headers = {{"Retry-After", retryAfterText(verdict.retryAfterMs, m_rates.timeScale())}};
        return deliver(exchange, reply, std::nullopt, kJsonType);
    }

    CallRecord record{nowMs(), 0, 0};
    const bool isWrite =
        endpoint == ApiEndpoint::Import || endpoint == ApiEndpoint::Submit || endpoint == ApiEndpoint::BatchDelete;
    SandboxReply reply;
    if (fault && fault->kind == FaultKind::ServerError) {
        // The documented 500 carries an empty message (shared/spec §3.7), unless the rule gives one.
        reply = SandboxReply::error(fault->status,
                                    fault->status == 503  ? QStringLiteral("ServiceUnavailable")
                                    : fault->status < 500 ? QStringLiteral("BadRequest")
                                                          : QStringLiteral("InternalServerError"),
                                    fault->message);
    } else if (isWrite && !exchange.header("Content-Type").toLower().contains("application/json")) {
        reply = SandboxReply::error(415, QStringLiteral("UnsupportedMediaType"),
                                    QStringLiteral("The request's Content-Type must be application/json."));
    } else {
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        switch (endpoint) {
        case ApiEndpoint::Import:
            if (fault && fault->kind == FaultKind::FailRows)
                reply = m_api.importIndicators(
                    exchange.body(), caller, wall, &record.rows, refusedRows(exchange.body(), *fault),
                    fault->message.isEmpty() ? QStringLiteral("Failed to process the indicator") : fault->message);
            else
                reply = m_api.importIndicators(exchange.body(), caller, wall, &record.rows);
            break;
        case ApiEndpoint::Submit:
            reply = m_api.submit(exchange.body(), caller, wall);
            record.rows = 1;
            break;
        case ApiEndpoint::List: {
            QUrlQuery query = exchange.query();
            if (fault && fault->kind == FaultKind::IgnoreSkip)
                query.removeAllQueryItems(QStringLiteral("$skip"));
            reply = m_api.list(query, caller);
            record.rows = static_cast<int>(reply.json.value(QLatin1String("value")).toArray().size());
            break;
        }
        case ApiEndpoint::Delete:
            reply = m_api.remove(id, caller);
            record.rows = 1;
            break;
        case ApiEndpoint::BatchDelete: reply = m_api.batchDelete(exchange.body(), caller, &record.rows); break;
        case ApiEndpoint::Token: break;
        }
    }
    record.status = reply.status;
    m_calls[static_cast<size_t>(endpoint)].push_back(record);
    if (reply.mutated)
        persist();
    const bool spoils = fault && fault->kind != FaultKind::ServerError && fault->kind != FaultKind::IgnoreSkip
                        && fault->kind != FaultKind::FailRows;
    deliver(exchange, reply, spoils ? fault : std::nullopt, kJsonType);
}

QSet<qsizetype> SandboxService::refusedRows(const QByteArray &body, const FaultRule &fault)
{
    QSet<qsizetype> refused;
    const qsizetype count = QJsonDocument::fromJson(body).object().value(QLatin1String("Indicators")).toArray().size();
    for (qsizetype i = 0; i < count; ++i) {
        if (m_faults.random() < fault.fraction)
            refused.insert(i);
    }
    return refused;
}

void SandboxService::deliver(const HttpExchange &exchange, const SandboxReply &reply,
                             const std::optional<FaultRule> &fault, const QByteArray &contentType)
{
    if (!fault) {
        exchange.respond(reply.status, reply.status == 204 ? QByteArray() : contentType, reply.body(), reply.headers);
        return;
    }
    if (fault->kind == FaultKind::Slow) {
        QTimer::singleShot(fault->delayMs, this, [held = exchange, reply, contentType]() {
            held.respond(reply.status, reply.status == 204 ? QByteArray() : contentType, reply.body(), reply.headers);
        });
        return;
    }
    writeSpoiled(exchange, reply, *fault, contentType);
}

void SandboxService::writeSpoiled(const HttpExchange &exchange, const SandboxReply &reply, const FaultRule &fault,
                                  const QByteArray &contentType)
{
    QByteArray body = reply.body();
    QJsonObject json = reply.json;
    QJsonArray results = json.value(QLatin1String("value")).toArray();
    const bool hasResults = reply.status == 200 && !results.isEmpty();
    switch (fault.kind) {
    case FaultKind::ResetAfter: ++m_resets; return exchange.reset();
    case FaultKind::MalformedJson:
        // Valid up to a point, then not JSON at all.
        body = body.left(std::max<qsizetype>(1, body.size() * 3 / 5)) + "\"isFailed\":fals,}]";
        return exchange.respond(200, contentType, body);
    case FaultKind::MissingResults:
        if (hasResults) {
            QJsonArray kept;
            bool droppedOne = false;
            for (qsizetype i = 0; i < results.size(); ++i) {
                const bool last = i == results.size() - 1;
                if (m_faults.random() < fault.fraction || (last && !droppedOne)) {
                    droppedOne = true;
                    continue;
                }
                kept.append(results[i]);
            }
            json.insert(QStringLiteral("value"), kept);
            body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        return exchange.respond(reply.status, contentType, body, reply.headers);
    case FaultKind::ReorderResults:
        if (hasResults) {
            QJsonArray shuffled = results;
            for (qsizetype i = shuffled.size() - 1; i > 0; --i) {
                const auto j = static_cast<qsizetype>(m_faults.random() * static_cast<double>(i + 1));
                const QJsonValue a = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = a;
            }
            if (shuffled == results) { // make sure the order did change
                QJsonArray reversed;
                for (qsizetype i = results.size() - 1; i >= 0; --i)
                    reversed.append(results[i]);
                shuffled = reversed;
            }
            json.insert(QStringLiteral("value"), shuffled);
            body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        return exchange.respond(reply.status, contentType, body, reply.headers);
    case FaultKind::WrongTypes:
        if (hasResults && fault.fraction >= 1.0) {
            // The list itself has the wrong type.
            QJsonObject asObject;
            for (qsizetype i = 0; i < results.size(); ++i)
                asObject.insert(QString::number(i), results[i]);
            json.insert(QStringLiteral("value"), asObject);
        } else if (hasResults) {
            bool changedOne = false;
            for (qsizetype i = 0; i < results.size(); ++i) {
                const bool last = i == results.size() - 1;
                if (m_faults.random() >= fault.fraction && !(last && !changedOne))
                    continue;
                changedOne = true;
                QJsonObject r = results[i].toObject();
                const bool failed = r.value(QLatin1String("isFailed")).toBool();
                r.insert(QStringLiteral("isFailed"), failed ? QStringLiteral("true") : QStringLiteral("false"));
                r.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral("value"), r.value(QLatin1String("id"))}});
                r.insert(QStringLiteral("failureReason"), 0);
                results[i] = r;
            }
            json.insert(QStringLiteral("value"), results);
        }
        body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return exchange.respond(reply.status, contentType, body, reply.headers);
    case FaultKind::Truncated: {
        // The headers promise the whole body; half of it arrives, then the connection closes.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
                          + HttpExchange::reasonPhrase(reply.status) + "\r\nContent-Type: " + contentType
                          + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        return exchange.respondRaw(head + body.left(body.size() / 2), true);
    }
    case FaultKind::Huge: {
        // Claims 512 MiB and starts sending; a careful client gives up at the headers.
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
                          + "\r\nContent-Length: " + QByteArray::number(512LL * 1024 * 1024) + "\r\n\r\n{\"value\":[";
        exchange.respondRaw(head + QByteArray(256LL * 1024, ' '), false);
        QTimer::singleShot(30000, this, [held = exchange]() { held.reset(); });
        return;
    }
    case FaultKind::NonJson:
        return exchange.respond(200, "text/plain; charset=utf-8", "Request accepted and being processed.");
    case FaultKind::Html: {
        const QByteArray status = QByteArray::number(fault.status) + ' ' + HttpExchange::reasonPhrase(fault.status);
        return exchange.respond(fault.status, "text/html",
                                "<!DOCTYPE html>\r\n<html><head><title>" + status + "</title></head><body><h1>" + status
                                    + "</h1><p>The gateway did not receive a timely response from the upstream "
                                      "server.</p><hr><center>gateway</center></body></html>\r\n");
    }
    case FaultKind::Redirect:
        // Somewhere a careless client would follow, carrying its bearer token in the clear.
        return exchange.respond(fault.status, "text/plain; charset=utf-8", "Moved.",
                                {{"Location", "http://127.0.0.1:9" + exchange.path().toUtf8()}});
    case FaultKind::BadToken:
    case FaultKind::OversizedToken:
        if (reply.status == 200 && json.contains(QLatin1String("access_token"))) {
            const QString token = json.value(QLatin1String("access_token")).toString();
            if (fault.kind == FaultKind::BadToken) {
                json.insert(QStringLiteral("access_token"), QString(token + QStringLiteral("\r\nX-Injected: 1")));
                json.insert(QStringLiteral("expires_in"), 1e300);
            } else {
                json.insert(QStringLiteral("access_token"), QString(token + QString(1024LL * 1024, u'A')));
            }
            body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        return exchange.respond(reply.status, contentType, body, reply.headers);
    case FaultKind::ServerError:
    case FaultKind::ResetBefore:
    case FaultKind::Slow:
    case FaultKind::ExpireToken:
    case FaultKind::IgnoreSkip:
    case FaultKind::FailRows: break;
    }
    exchange.respond(reply.status, contentType, body, reply.headers);
}

void SandboxService::handleControl(const HttpExchange &exchange, const QString &action)
{
    auto answer = [&exchange](int status, const QJsonObject &json) {
        exchange.respond(status, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
    };
    const QByteArray &method = exchange.method();
    if (action == QLatin1String("stats") && method == "GET")
        return answer(200, stats());
    if (action == QLatin1String("faults") && (method == "POST" || method == "DELETE")) {
        m_faults.clear();
        if (method == "POST") {
            const QJsonArray specs = QJsonDocument::fromJson(exchange.body()).array();
            for (const auto &spec : specs) {
                if (QString e = m_faults.add(spec.toString()); !e.isEmpty())
                    return answer(400, QJsonObject{{QStringLiteral("error"), e}});
            }
        }
        return answer(200, QJsonObject{{QStringLiteral("faults"), m_faults.describe()}});
    }
    if (action == QLatin1String("issued") && method == "GET") {
        // Every token handed out, so a test can search the client's files for them.
        QJsonArray access;
        for (const QByteArray &token : m_tokens.issuedTokens())
            access.append(QString::fromLatin1(token));
        QJsonArray refresh;
        for (const QByteArray &token : m_tokens.users().refreshTokens())
            refresh.append(QString::fromLatin1(token));
        return answer(
            200, QJsonObject{{QStringLiteral("accessTokens"), access}, {QStringLiteral("refreshTokens"), refresh}});
    }
    if (action == QLatin1String("revoke-refresh-tokens") && method == "POST") {
        m_tokens.users().revokeRefreshTokens();
        return answer(200, QJsonObject{});
    }
    if (action == QLatin1String("reset") && method == "POST") {
        m_state.clear();
        m_rates.clear();
        m_faults.clear();
        for (auto &calls : m_calls)
            calls.clear();
        m_throttled = {};
        m_unauthorized = 0;
        m_tokensIssued = 0;
        m_resets = 0;
        persist();
        return answer(200, stats());
    }
    if (action == QLatin1String("seed") && method == "POST") {
        const int count = exchange.query().queryItemValue(QStringLiteral("count")).toInt();
        const int clamped = std::clamp(count, 0, limits::kMaxActiveIndicatorsPerTenant);
        // creators=others: as many from each creator other than an API client (portal, Cloud Apps, an app).
        if (exchange.query().queryItemValue(QStringLiteral("creators")) == QLatin1String("others"))
            m_state.seedOtherCreators(clamped, QDateTime::currentMSecsSinceEpoch());
        else
            m_state.seed(clamped, QDateTime::currentMSecsSinceEpoch());
        persist();
        return answer(200, stats());
    }
    answer(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown control endpoint")}});
}

QJsonObject SandboxService::stats() const
{
    QJsonObject calls;
    QJsonObject throttled;
    for (int i = 0; i < ApiEndpointCount; ++i) {
        const auto e = static_cast<ApiEndpoint>(i);
        if (e == ApiEndpoint::Token)
            continue;
        QJsonArray records;
        for (const CallRecord &r : m_calls[static_cast<size_t>(i)])
            records.append(QJsonArray{r.atMs, r.rows, r.status});
        calls.insert(QLatin1String(endpointName(e)), records);
        throttled.insert(QLatin1String(endpointName(e)), m_throttled[static_cast<size_t>(i)]);
    }
    return QJsonObject{
        {QStringLiteral("timeScale"), m_rates.timeScale()},
        {QStringLiteral("importWindowMs"), m_rates.scaled(limits::kRateWindowSeconds * 1000LL)},
        {QStringLiteral("indicators"), m_state.activeCount()},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("throttled"), throttled},
        {QStringLiteral("unauthorized"), m_unauthorized},
        {QStringLiteral("tokensIssued"), m_tokensIssued},
        {QStringLiteral("resets"), m_resets},
        {QStringLiteral("faults"), m_faults.describe()},
    };
}

} // namespace im::sandbox
