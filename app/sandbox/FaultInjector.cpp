// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <QJsonObject>
#include <QUrl>

namespace im::sandbox {
namespace {

struct KindName
{
    const char *name;
    FaultKind kind;
};

constexpr KindName kKinds[] = {
    {"5xx", FaultKind::ServerError},
    {"reset-before", FaultKind::ResetBefore},
    {"reset-after", FaultKind::ResetAfter},
    {"slow", FaultKind::Slow},
    {"malformed-json", FaultKind::MalformedJson},
    {"missing-results", FaultKind::MissingResults},
    {"reorder-results", FaultKind::ReorderResults},
    {"wrong-types", FaultKind::WrongTypes},
    {"expire-token", FaultKind::ExpireToken},
    {"truncated", FaultKind::Truncated},
    {"huge", FaultKind::Huge},
    {"non-json", FaultKind::NonJson},
    {"html", FaultKind::Html},
    {"redirect", FaultKind::Redirect},
    {"bad-token", FaultKind::BadToken},
    {"oversized-token", FaultKind::OversizedToken},
    {"ignore-skip", FaultKind::IgnoreSkip},
    {"fail-rows", FaultKind::FailRows},
};

quint32 bit(ApiEndpoint e)
{
    return 1u << static_cast<int>(e);
}

constexpr quint32 kApiEndpoints = 0x3e; // every endpoint but Token

bool endpointMask(const QString &name, quint32 *mask)
{
    if (name == QLatin1String("any")) {
        *mask = 0x3f;
        return true;
    }
    if (name == QLatin1String("api")) {
        *mask = kApiEndpoints;
        return true;
    }
    for (int i = 0; i < ApiEndpointCount; ++i) {
        const auto e = static_cast<ApiEndpoint>(i);
        if (name == QLatin1String(endpointName(e))) {
            *mask = bit(e);
            return true;
        }
    }
    return false;
}

} // namespace

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{
}

QStringList FaultInjector::kindNames()
{
    QStringList names;
    for (const KindName &k : kKinds)
        names.append(QString::fromLatin1(k.name));
    return names;
}

QString FaultInjector::add(const QString &spec)
{
    FaultRule rule;
    rule.spec = spec;
    const QString kindText = spec.section(u':', 0, 0).trimmed();
    bool known = false;
    for (const KindName &k : kKinds) {
        if (kindText == QLatin1String(k.name)) {
            rule.kind = k.kind;
            known = true;
        }
    }
    if (!known)
        return tr("Unknown fault \"%1\"; known: %2.").arg(kindText, kindNames().join(QStringLiteral(", ")));
    // Token expiry concerns every API call; the others default to Import, where rows can be lost.
    // Token reply faults concern the token endpoint only.
    rule.endpoints = rule.kind == FaultKind::ExpireToken ? kApiEndpoints : bit(ApiEndpoint::Import);
    if (rule.kind == FaultKind::BadToken || rule.kind == FaultKind::OversizedToken)
        rule.endpoints = bit(ApiEndpoint::Token);
    if (rule.kind == FaultKind::IgnoreSkip)
        rule.endpoints = bit(ApiEndpoint::List);
    if (rule.kind == FaultKind::Redirect)
        rule.status = 307;
    if (rule.kind == FaultKind::Html)
        rule.status = 502;
    if (rule.kind == FaultKind::ServerError)
        rule.status = 500;
    if (rule.kind == FaultKind::Slow)
        rule.delayMs = 2000;

    const QString params = spec.section(u':', 1);
    const QStringList pairs = params.split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QString key = pair.section(u'=', 0, 0).trimmed();
        const QString value = pair.section(u'=', 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("rate")) {
            rule.rate = value.toDouble(&ok);
            ok = ok && rule.rate >= 0 && rule.rate <= 1;
        } else if (key == QLatin1String("count")) {
            rule.count = value.toInt(&ok);
            ok = ok && rule.count >= 0;
        } else if (key == QLatin1String("after")) {
            rule.after = value.toInt(&ok);
            ok = ok && rule.after >= 0;
        } else if (key == QLatin1String("status")) {
            rule.status = value.toInt(&ok);
            ok = ok && rule.status >= 100 && rule.status <= 599;
        } else if (key == QLatin1String("delay")) {
            rule.delayMs = value.toInt(&ok);
            ok = ok && rule.delayMs >= 0;
        } else if (key == QLatin1String("fraction")) {
            rule.fraction = value.toDouble(&ok);
            ok = ok && rule.fraction > 0 && rule.fraction <= 1;
        } else if (key == QLatin1String("message")) {
            rule.message = QUrl::fromPercentEncoding(pair.section(u'=', 1).toUtf8());
        } else if (key == QLatin1String("endpoint")) {
            ok = endpointMask(value, &rule.endpoints);
        } else {
            return tr("Unknown setting \"%1\" in fault \"%2\".").arg(key, spec);
        }
        if (!ok)
            return tr("Bad value \"%1\" for %2 in fault \"%3\".").arg(value, key, spec);
    }
    m_rules.push_back(rule);
    return {};
}

std::optional<FaultRule> FaultInjector::pick(ApiEndpoint endpoint)
{
    // Every matching rule counts the request, so `after` means requests to the endpoint whatever other
    // rules did; only the first rule that fires acts on it.
    std::optional<FaultRule> picked;
    for (FaultRule &rule : m_rules) {
        if ((rule.endpoints & bit(endpoint)) == 0)
            continue;
        ++rule.eligible;
        if (picked || rule.eligible <= rule.after)
            continue;
        if (rule.count >= 0 && rule.fired >= rule.count)
            continue;
        if (rule.rate >= 0 && m_random.generateDouble() >= rule.rate)
            continue;
        ++rule.fired;
        picked = rule;
    }
    return picked;
}

QJsonArray FaultInjector::describe() const
{
    QJsonArray rules;
    for (const FaultRule &rule : m_rules)
        rules.append(QJsonObject{{QStringLiteral("spec"), rule.spec},
                                 {QStringLiteral("eligible"), rule.eligible},
                                 {QStringLiteral("fired"), rule.fired}});
    return rules;
}

} // namespace im::sandbox
