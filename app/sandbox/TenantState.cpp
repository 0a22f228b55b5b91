// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenantState.h"

#include "core/indicator/IndicatorEnums.h"
#include "core/tenant/Ownership.h"
#include "core/validation/MatchingKey.h"
#include "core/validation/ValueRules.h"
#include "sandbox/TokenIssuer.h"
#include "sandbox/UndocumentedChoices.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace im::sandbox {
namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray listOf(const QString &cell)
{
    return QJsonArray::fromStringList(Indicator::splitList(cell));
}

// The cells that make the matching key, read back from a stored entity.
Indicator keyCells(const QJsonObject &entity)
{
    Indicator indicator;
    indicator[Field::IndicatorType] = entity.value(QLatin1String("indicatorType")).toString();
    indicator[Field::IndicatorValue] = entity.value(QLatin1String("indicatorValue")).toString();
    indicator[Field::Action] = entity.value(QLatin1String("action")).toString();
    QStringList groups;
    const QJsonArray groupNames = entity.value(QLatin1String("rbacGroupNames")).toArray();
    for (const auto &g : groupNames)
        groups.append(g.toString());
    indicator[Field::RbacGroupNames] = Indicator::joinList(groups);
    return indicator;
}

qint64 expirySecs(const QJsonObject &entity)
{
    const QString text = entity.value(QLatin1String("expirationTime")).toString();
    if (text.isEmpty())
        return -1;
    const auto ms = rules::parseExpirationTime(text.toUtf8());
    // Expiry acts at second precision (shared/spec §2, issue #7246).
    return ms ? *ms / 1000 : -1;
}

} // namespace

TenantState::TenantState(int capacity)
    : m_capacity(capacity)
{
}

QString TenantState::timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
           + QStringLiteral("0000Z");
}

void TenantState::index(const Stored &stored)
{
    m_byKey[stored.key].append(stored.id);
}

void TenantState::unindex(const Stored &stored)
{
    auto it = m_byKey.find(stored.key);
    if (it == m_byKey.end())
        return;
    it->removeAll(stored.id);
    if (it->isEmpty())
        m_byKey.remove(stored.key);
}

bool TenantState::isVisible(const Stored &stored, const Caller &caller) const
{
    // Ti.ReadWrite sees only what the same app created (shared/spec §3.1).
    return caller.canSeeAll() || stored.owner.compare(caller.appId, Qt::CaseInsensitive) == 0;
}

const TenantState::Stored *TenantState::find(qint64 id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &it->second;
}

QJsonObject TenantState::entityFor(const Indicator &indicator, qint64 id, const QJsonObject *previous,
                                   const QString &creator, const QString &creatorName, qint64 nowMs) const
{
    const QString now = timestamp(nowMs);
    QString expiration;
    if (!indicator[Field::ExpirationTime].isEmpty())
        expiration = QString::fromLatin1(rules::normalizedExpirationTime(indicator[Field::ExpirationTime].toUtf8()));
    const QString severity = indicator[Field::Severity].isEmpty() ? QString::fromLatin1(choices::kDefaultSeverity)
                                                                  : indicator[Field::Severity];
    const bool generateAlert = parseBoolCell(indicator[Field::GenerateAlert].toUtf8()) == BoolCell::True;

    // The field set of captured responses (shared/spec §1.2). Create-only fields survive updates.
    QJsonObject e;
    e.insert(QStringLiteral("id"), QString::number(id));
    e.insert(QStringLiteral("indicatorValue"), indicator[Field::IndicatorValue].trimmed());
    e.insert(QStringLiteral("indicatorType"), indicator[Field::IndicatorType]);
    e.insert(QStringLiteral("action"), indicator[Field::Action]);
    e.insert(QStringLiteral("createdBy"), previous ? previous->value(QLatin1String("createdBy")) : QJsonValue(creator));
    e.insert(QStringLiteral("severity"), severity);
    e.insert(QStringLiteral("category"), choices::kResponseCategory);
    e.insert(QStringLiteral("application"),
             previous ? previous->value(QLatin1String("application")) : orNull(indicator[Field::Application]));
    e.insert(QStringLiteral("educateUrl"), orNull(indicator[Field::EducateUrl]));
    e.insert(QStringLiteral("bypassDurationHours"), QJsonValue::Null);
    e.insert(QStringLiteral("title"), indicator[Field::Title]);
    e.insert(QStringLiteral("description"), indicator[Field::Description]);
    e.insert(QStringLiteral("recommendedActions"), orNull(indicator[Field::RecommendedActions]));
    e.insert(QStringLiteral("creationTimeDateTimeUtc"),
             previous ? previous->value(QLatin1String("creationTimeDateTimeUtc")) : QJsonValue(now));
    e.insert(QStringLiteral("expirationTime"), orNull(expiration));
    e.insert(QStringLiteral("lastUpdateTime"), now);
    e.insert(QStringLiteral("lastUpdatedBy"), previous ? QJsonValue(creatorName) : QJsonValue(QJsonValue::Null));
    e.insert(QStringLiteral("rbacGroupNames"), listOf(indicator[Field::RbacGroupNames]));
    e.insert(QStringLiteral("rbacGroupIds"), QJsonArray());
    e.insert(QStringLiteral("notificationId"), QJsonValue::Null);
    e.insert(QStringLiteral("notificationBody"), QJsonValue::Null);
    e.insert(QStringLiteral("version"), QJsonValue::Null);
    e.insert(QStringLiteral("mitreTechniques"), listOf(indicator[Field::MitreTechniques]));
    e.insert(QStringLiteral("historicalDetection"), false);
    e.insert(QStringLiteral("lookBackPeriod"), QJsonValue::Null);
    e.insert(QStringLiteral("generateAlert"), generateAlert);
    e.insert(QStringLiteral("additionalInfo"), QJsonValue::Null);
    e.insert(QStringLiteral("createdByDisplayName"),
             previous ? previous->value(QLatin1String("createdByDisplayName")) : QJsonValue(creatorName));
    e.insert(QStringLiteral("externalId"), orNull(indicator[Field::ExternalId]));
    e.insert(QStringLiteral("createdBySource"),
             previous ? previous->value(QLatin1String("createdBySource")) : QJsonValue(QStringLiteral("PublicApi")));
    e.insert(QStringLiteral("certificateInfo"), QJsonValue::Null);
    e.insert(QStringLiteral("source"), previous ? previous->value(QLatin1String("source")) : QJsonValue(creatorName));
    e.insert(QStringLiteral("sourceType"),
             previous ? previous->value(QLatin1String("sourceType")) : QJsonValue(QStringLiteral("AadApp")));
    return e;
}

TenantState::Upsert TenantState::upsert(const Indicator &indicator, const Caller &caller, qint64 nowMs, qint64 *id)
{
    QByteArray key;
    buildMatchingKey(indicator, KeyScope::WithAction, key);
    const auto candidates = m_alwaysCreate ? m_byKey.constEnd() : m_byKey.constFind(key);
    if (candidates != m_byKey.constEnd()) {
        for (qint64 existingId : *candidates) {
            Stored &stored = m_byId[existingId];
            if (!isVisible(stored, caller))
                continue;
            stored.entity =
                entityFor(indicator, existingId, &stored.entity, caller.creatorId(), caller.creatorName(), nowMs);
            stored.expiresAtSecs = expirySecs(stored.entity);
            *id = existingId;
            return Upsert::Updated;
        }
    }
    if (activeCount() >= m_capacity)
        return Upsert::CapacityExceeded;
    Stored stored;
    stored.id = m_nextId++;
    stored.entity = entityFor(indicator, stored.id, nullptr, caller.creatorId(), caller.creatorName(), nowMs);
    stored.key = key;
    stored.expiresAtSecs = expirySecs(stored.entity);
    stored.owner = caller.appId;
    index(stored);
    *id = stored.id;
    m_byId.emplace(stored.id, std::move(stored));
    return Upsert::Created;
}

int TenantState::purgeExpired(qint64 nowMs, int lagSecs)
{
    const qint64 nowSecs = nowMs / 1000 - lagSecs;
    int removed = 0;
    for (auto it = m_byId.begin(); it != m_byId.end();) {
        if (it->second.expiresAtSecs >= 0 && it->second.expiresAtSecs <= nowSecs) {
            unindex(it->second);
            it = m_byId.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

bool TenantState::remove(qint64 id)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return false;
    unindex(it->second);
    m_byId.erase(it);
    return true;
}

void TenantState::clear()
{
    m_byId.clear();
    m_byKey.clear();
    m_nextId = 1;
}

void TenantState::seed(int count, qint64 nowMs)
{
    static const char *kActions[] = {"Block", "Audit", "Warn", "Allowed"};
    Caller portalUser;
    portalUser.appId = QLatin1String(choices::kSeedPortalUser);
    portalUser.appName = portalUser.appId;
    portalUser.roles = {QStringLiteral("Ti.ReadWrite.All")};
    const qint64 firstId = m_nextId;
    for (int i = 0; i < count && activeCount() < m_capacity; ++i) {
        const qint64 n = firstId + i;
        Indicator ind;
        ind[Field::IndicatorType] = QStringLiteral("FileSha256");
        ind[Field::IndicatorValue] = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("sandbox seed " + QByteArray::number(n)), QCryptographicHash::Sha256)
                .toHex());
        ind[Field::Action] = QString::fromLatin1(kActions[n % 4]);
        ind[Field::GenerateAlert] = QStringLiteral("true");
        ind[Field::Severity] = QStringLiteral("Medium");
        ind[Field::Title] = QStringLiteral("Seeded indicator %1").arg(n);
        ind[Field::Description] = QStringLiteral("Made by indicator-sandbox --seed");
        qint64 id = 0;
        upsert(ind, portalUser, nowMs, &id);
        Stored &stored = m_byId[id];
        // Portal-made, as if an analyst had entered it (shared/spec §1.2).
        stored.owner.clear();
        stored.entity.insert(QStringLiteral("createdBySource"), QStringLiteral("Portal"));
        stored.entity.insert(QStringLiteral("sourceType"), QStringLiteral("User"));
    }
}

void TenantState::seedOtherCreators(int perCreator, qint64 nowMs)
{
    struct Creator
    {
        const char *createdBy;
        const char *displayName;
        const char *createdBySource;
        const char *sourceType;
        const char *owner; // the app that may see it with Ti.ReadWrite; "" for portal-made
        const char *type;
    };
    // createdBySource values other than Portal and PublicApi are undocumented (shared/spec §1.2).
    static const Creator kCreators[] = {
        {choices::kSeedPortalUser, choices::kSeedPortalUser, "Portal", "User", "", "FileSha256"},
        {ownership::kCloudAppsAppId, ownership::kCloudAppsName, "PublicApi", "AadApp", ownership::kCloudAppsAppId,
         "DomainName"},
        {choices::kOtherAppId, choices::kOtherAppName, "PublicApi", "AadApp", choices::kOtherAppId, "IpAddress"},
    };
    for (const Creator &creator : kCreators) {
        Caller caller;
        caller.appId = QString::fromLatin1(creator.createdBy);
        caller.appName = QString::fromLatin1(creator.displayName);
        caller.roles = {QStringLiteral("Ti.ReadWrite.All")};
        for (int i = 0; i < perCreator && activeCount() < m_capacity; ++i) {
            const qint64 n = m_nextId;
            Indicator ind;
            const QString type = QString::fromLatin1(creator.type);
            ind[Field::IndicatorType] = type;
            if (type == QLatin1String("DomainName"))
                ind[Field::IndicatorValue] = QStringLiteral("unsanctioned-%1.cloudapps.example").arg(n);
            else if (type == QLatin1String("IpAddress"))
                ind[Field::IndicatorValue] = QStringLiteral("198.51.100.%1").arg(n % 250 + 1);
            else
                ind[Field::IndicatorValue] = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray("sandbox other creator " + QByteArray::number(n)),
                                             QCryptographicHash::Sha256)
                        .toHex());
            ind[Field::Action] = QStringLiteral("Block");
            ind[Field::GenerateAlert] = QStringLiteral("true");
            ind[Field::Severity] = QStringLiteral("High");
            ind[Field::Title] = QStringLiteral("Made by %1 (%2)").arg(caller.appName).arg(n);
            ind[Field::Description] = QStringLiteral("Made by indicator-sandbox --seed-others");
            qint64 id = 0;
            if (upsert(ind, caller, nowMs, &id) == Upsert::CapacityExceeded)
                return;
            Stored &stored = m_byId[id];
            stored.owner = QString::fromLatin1(creator.owner);
            stored.entity.insert(QStringLiteral("createdBySource"), QLatin1String(creator.createdBySource));
            stored.entity.insert(QStringLiteral("sourceType"), QLatin1String(creator.sourceType));
        }
    }
}

QString TenantState::save(const QString &path) const
{
    QJsonArray indicators;
    for (const auto &entry : m_byId)
        indicators.append(QJsonObject{{QStringLiteral("owner"), entry.second.owner},
                                      {QStringLiteral("entity"), entry.second.entity}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("nextId"), QString::number(m_nextId)},
                           {QStringLiteral("indicators"), indicators}};
    // QSaveFile: the old state stays whole until the new one is complete on disk.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString TenantState::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {}; // a new state file
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return tr("%1 is not a sandbox state file: %2").arg(path, error.errorString());
    clear();
    const QJsonObject root = doc.object();
    const QJsonArray indicators = root.value(QLatin1String("indicators")).toArray();
    for (const auto &v : indicators) {
        const QJsonObject o = v.toObject();
        Stored stored;
        stored.entity = o.value(QLatin1String("entity")).toObject();
        stored.id = stored.entity.value(QLatin1String("id")).toString().toLongLong();
        stored.owner = o.value(QLatin1String("owner")).toString();
        if (stored.id <= 0 || m_byId.count(stored.id) != 0)
            continue;
        buildMatchingKey(keyCells(stored.entity), KeyScope::WithAction, stored.key);
        stored.expiresAtSecs = expirySecs(stored.entity);
        index(stored);
        m_nextId = std::max(m_nextId, stored.id + 1);
        m_byId.emplace(stored.id, std::move(stored));
    }
    m_nextId = std::max(m_nextId, root.value(QLatin1String("nextId")).toString().toLongLong());
    return {};
}

} // namespace im::sandbox
