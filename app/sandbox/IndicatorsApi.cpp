// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorsApi.h"

#include "core/indicator/ServiceLimits.h"
#include "sandbox/IndicatorRequest.h"
#include "sandbox/ODataFilter.h"
#include "sandbox/TenantState.h"
#include "sandbox/TokenIssuer.h"
#include "sandbox/UndocumentedChoices.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace im::sandbox {
namespace {

bool readBody(const QByteArray &body, QJsonObject *object, SandboxReply *failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure =
            SandboxReply::error(400, QStringLiteral("InvalidRequestBody"), QStringLiteral("Request body is incorrect"));
        return false;
    }
    *object = doc.object();
    return true;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool readQueryNumber(const QUrlQuery &query, const char *name, int *out, SandboxReply *failure)
{
    const QString key = QString::fromLatin1(name);
    if (!query.hasQueryItem(key))
        return true;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > std::numeric_limits<int>::max()) {
        *failure =
            SandboxReply::error(400, QStringLiteral("ODataError"),
                                QStringLiteral("Invalid value '%1' for %2 query option.").arg(text.left(50), key));
        return false;
    }
    *out = static_cast<int>(value);
    return true;
}

QString hostForm(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    const QByteArray ace = QUrl::toAce(host);
    return ace.isEmpty() ? host.toLower() : QString::fromLatin1(ace).toLower();
}

} // namespace

QString IndicatorsApi::normalisedEcho(const QString &type, const QString &value)
{
    QString v = value.trimmed();
    if (type.startsWith(QLatin1String("File")) || type == QLatin1String("CertificateThumbprint"))
        return v.toLower();
    if (type == QLatin1String("IpAddress")) {
        QHostAddress address;
        if (v.contains(u':') && address.setAddress(v))
            return address.toString(); // compressed, lower case
        return v;
    }
    if (type == QLatin1String("DomainName"))
        return hostForm(v);
    if (type == QLatin1String("Url")) {
        QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return v;
        url.setScheme(url.scheme().toLower());
        url.setHost(hostForm(url.host()));
        QString text = url.toString(QUrl::FullyEncoded);
        while (text.endsWith(u'/') && text.count(u'/') > 2)
            text.chop(1);
        return text;
    }
    return v;
}

IndicatorsApi::IndicatorsApi(TenantState &state, int capacity)
    : m_state(state)
    , m_capacity(capacity)
{
}

SandboxReply IndicatorsApi::importIndicators(const QByteArray &body, const Caller &caller, qint64 nowMs, int *rows,
                                             const QSet<qsizetype> &refused, const QString &refusal)
{
    QJsonObject object;
    SandboxReply failure;
    if (!readBody(body, &object, &failure))
        return failure;
    // Wrapper keys are case-sensitive PascalCase (shared/spec §1.3).
    const QJsonValue list = object.value(QLatin1String("Indicators"));
    if (list.isUndefined())
        return SandboxReply::error(400, QStringLiteral("MissingRequiredParameter"),
                                   QStringLiteral("Parameter Indicators is missing"));
    if (!list.isArray())
        return SandboxReply::error(400, QStringLiteral("InvalidRequestBody"),
                                   QStringLiteral("Request body is incorrect"));
    const QJsonArray items = list.toArray();
    *rows = static_cast<int>(items.size());
    if (items.isEmpty())
        return SandboxReply::error(400, QStringLiteral("InvalidInput"),
                                   QStringLiteral("Invalid input Indicators: the list is empty"));
    if (items.size() > limits::kMaxIndicatorsPerImport)
        return SandboxReply::error(
            400, QStringLiteral("MaximumBatchSizeExceeded"),
            QStringLiteral("Received: %1, allowed: %2").arg(items.size()).arg(limits::kMaxIndicatorsPerImport));

    if (m_behaviour.strictBody) {
        // A strict model binder refuses the whole request for one bad property (choices, "Switches").
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString problem = IndicatorRequest::read(items[i]).strictProblem();
            if (!problem.isEmpty()) {
                return SandboxReply::error(
                    400, QStringLiteral("InvalidRequestBody"),
                    QStringLiteral("Request body is incorrect: Indicators[%1]: %2").arg(i).arg(problem));
            }
        }
    }
    QJsonArray results;
    bool mutated = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const IndicatorRequest request = IndicatorRequest::read(items[i]);
        QString reason = refused.contains(i) ? refusal : request.failure(nowMs);
        qint64 id = 0;
        if (reason.isEmpty()) {
            if (m_state.upsert(request.indicator(), caller, nowMs, &id) == TenantState::Upsert::CapacityExceeded)
                reason = QString::fromLatin1(choices::kCapacityMessage);
            else
                mutated = true;
        }
        results.append(QJsonObject{
            {QStringLiteral("id"), reason.isEmpty() ? QJsonValue(QString::number(id)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("indicator"),
             m_behaviour.echoNormalised ? normalisedEcho(request.indicator()[Field::IndicatorType], request.echo())
                                        : request.echo()},
            {QStringLiteral("isFailed"), !reason.isEmpty()},
            {QStringLiteral("failureReason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason)},
        });
    }
    SandboxReply reply = SandboxReply::ok(QJsonObject{{QStringLiteral("value"), results}});
    reply.mutated = mutated;
    return reply;
}

SandboxReply IndicatorsApi::submit(const QByteArray &body, const Caller &caller, qint64 nowMs)
{
    QJsonObject object;
    SandboxReply failure;
    if (!readBody(body, &object, &failure))
        return failure;
    const IndicatorRequest request = IndicatorRequest::read(object);
    QString code;
    const QString reason = request.failure(nowMs, &code);
    if (!reason.isEmpty())
        return SandboxReply::error(400, code, reason);
    qint64 id = 0;
    if (m_state.upsert(request.indicator(), caller, nowMs, &id) == TenantState::Upsert::CapacityExceeded)
        return SandboxReply::error(400, QStringLiteral("BadRequest"), QString::fromLatin1(choices::kCapacityMessage));
    QJsonObject entity{
        {QStringLiteral("@odata.context"), QString(m_contextBase + QStringLiteral("/$metadata#Indicators/$entity"))}};
    const QJsonObject stored = m_state.find(id)->entity;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        entity.insert(it.key(), it.value());
    SandboxReply reply = SandboxReply::ok(entity);
    reply.mutated = true;
    return reply;
}

SandboxReply IndicatorsApi::list(const QUrlQuery &query, const Caller &caller) const
{
    SandboxReply failure;
    int top = -1; // absent: every match (UndocumentedChoices.h, List)
    int skip = 0;
    if (!readQueryNumber(query, "$top", &top, &failure) || !readQueryNumber(query, "$skip", &skip, &failure))
        return failure;
    if (top < 0)
        top = m_capacity;
    else if (top > limits::kMaxListTop)
        return SandboxReply::error(
            400, QStringLiteral("ODataError"),
            QStringLiteral("The limit of '%1' for Top query has been exceeded. The value from the "
                           "incoming request is '%2'.")
                .arg(limits::kMaxListTop)
                .arg(top));
    const int requestedTop = top;
    ODataFilter filter;
    const QString filterText = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    QString error;
    if (!filterText.isEmpty() && !filter.parse(filterText, &error))
        return SandboxReply::error(400, QStringLiteral("ODataError"), error);

    // --page-size: the page holds at most that many whatever $top asks, and @odata.nextLink names the
    // next page (the same query with $skip moved on) while more matches follow.
    if (m_behaviour.pageSize > 0)
        top = std::min(top, m_behaviour.pageSize);
    QJsonArray value;
    int matched = 0;
    m_state.forEach([&](const TenantState::Stored &stored) {
        if (!m_state.isVisible(stored, caller) || !filter.matches(stored.entity))
            return;
        if (matched++ < skip || value.size() >= top)
            return;
        value.append(stored.entity);
    });
    QJsonObject page{
        {QStringLiteral("@odata.context"), QString(m_contextBase + QStringLiteral("/$metadata#Indicators"))},
        {QStringLiteral("value"), value},
    };
    if (m_behaviour.pageSize > 0 && matched > skip + value.size()) {
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("$top"), QString::number(requestedTop));
        next.addQueryItem(QStringLiteral("$skip"), QString::number(skip + value.size()));
        if (!filterText.isEmpty())
            next.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(filterText)));
        QUrl link(m_contextBase + QStringLiteral("/indicators"));
        link.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
        page.insert(QStringLiteral("@odata.nextLink"), link.toString(QUrl::FullyEncoded));
    }
    return SandboxReply::ok(page);
}

SandboxReply IndicatorsApi::remove(const QString &id, const Caller &caller)
{
    const TenantState::Stored *stored = isDigits(id) ? m_state.find(id.toLongLong()) : nullptr;
    if (!stored || !m_state.isVisible(*stored, caller))
        return SandboxReply::error(404, QStringLiteral("NotFound"),
                                   QStringLiteral("Indicator %1 was not found").arg(id.left(50)));
    m_state.remove(stored->id);
    SandboxReply reply = SandboxReply::noContent();
    reply.mutated = true;
    return reply;
}

SandboxReply IndicatorsApi::batchDelete(const QByteArray &body, const Caller &caller, int *rows)
{
    QJsonObject object;
    SandboxReply failure;
    if (!readBody(body, &object, &failure))
        return failure;
    const QJsonValue list = object.value(QLatin1String("IndicatorIds"));
    if (list.isUndefined())
        return SandboxReply::error(400, QStringLiteral("MissingRequiredParameter"),
                                   QStringLiteral("Parameter IndicatorIds is missing"));
    if (!list.isArray())
        return SandboxReply::error(400, QStringLiteral("InvalidRequestBody"),
                                   QStringLiteral("Request body is incorrect"));
    const QJsonArray ids = list.toArray();
    *rows = static_cast<int>(ids.size());
    if (ids.isEmpty())
        return SandboxReply::error(400, QStringLiteral("InvalidInput"),
                                   QStringLiteral("Invalid input IndicatorIds: the list is empty"));
    if (ids.size() > limits::kMaxIdsPerBatchDelete)
        return SandboxReply::error(
            400, QStringLiteral("MaximumBatchSizeExceeded"),
            QStringLiteral("Received: %1, allowed: %2").arg(ids.size()).arg(limits::kMaxIdsPerBatchDelete));
    // All or nothing (choices): check every id before deleting any.
    std::vector<qint64> found;
    QStringList missing;
    for (const auto &v : ids) {
        if (!v.isString() || !isDigits(v.toString()))
            return SandboxReply::error(
                400, QStringLiteral("InvalidInput"),
                QStringLiteral("Invalid input %1 in IndicatorIds")
                    .arg(v.isString() ? v.toString().left(50) : QStringLiteral("(not a string)")));
        const TenantState::Stored *stored = m_state.find(v.toString().toLongLong());
        if (!stored || !m_state.isVisible(*stored, caller))
            missing.append(v.toString());
        else
            found.push_back(stored->id);
    }
    if (!missing.isEmpty())
        return SandboxReply::error(
            404, QStringLiteral("NotFound"),
            QStringLiteral("Indicators were not found: %1").arg(missing.mid(0, 20).join(QStringLiteral(", "))));
    for (qint64 id : found)
        m_state.remove(id);
    SandboxReply reply = SandboxReply::noContent();
    reply.mutated = true;
    return reply;
}

} // namespace im::sandbox
