// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tenant/Ownership.h"

#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"

namespace im {
namespace {

bool namesCloudApps(const QString &text)
{
    return text.contains(QLatin1String("Cloud App"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("CloudApp"), Qt::CaseInsensitive)
           || text.contains(QLatin1String("MCAS"), Qt::CaseSensitive);
}

} // namespace

Creator Creator::fromListItem(const QJsonObject &item)
{
    Creator c;
    c.createdBy = item.value(QLatin1String("createdBy")).toString();
    c.displayName = item.value(QLatin1String("createdByDisplayName")).toString();
    c.source = item.value(QLatin1String("createdBySource")).toString();
    c.sourceType = item.value(QLatin1String("sourceType")).toString();
    return c;
}

Ownership::Ownership(const QStringList &identities)
{
    for (const QString &identity : identities) {
        const QString trimmed = identity.trimmed();
        if (!trimmed.isEmpty() && !m_identities.contains(trimmed, Qt::CaseInsensitive))
            m_identities.append(trimmed);
    }
}

Ownership Ownership::of(const ApiClient &client)
{
    const TokenClaims claims = client.tokenClaims();
    return Ownership({client.settings().clientId, claims.appId, claims.userName});
}

Ownership::Kind Ownership::classify(const Creator &creator) const
{
    if (!creator.createdBy.isEmpty() && m_identities.contains(creator.createdBy, Qt::CaseInsensitive))
        return Kind::Ours;
    if (creator.source.compare(QLatin1String("Portal"), Qt::CaseInsensitive) == 0
        || creator.sourceType.compare(QLatin1String("User"), Qt::CaseInsensitive) == 0)
        return Kind::Portal;
    if (creator.createdBy.compare(QLatin1String(ownership::kCloudAppsAppId), Qt::CaseInsensitive) == 0
        || namesCloudApps(creator.displayName) || namesCloudApps(creator.source))
        return Kind::CloudApps;
    return Kind::OtherApp;
}

QString Ownership::name(Kind kind)
{
    switch (kind) {
    case Kind::Ours: return QStringLiteral("ours");
    case Kind::Portal: return QStringLiteral("portal");
    case Kind::CloudApps: return QStringLiteral("cloud-apps");
    case Kind::OtherApp: break;
    }
    return QStringLiteral("other-app");
}

bool Ownership::fromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Ours, Kind::Portal, Kind::CloudApps, Kind::OtherApp}) {
        if (name.compare(Ownership::name(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString Ownership::label(Kind kind)
{
    switch (kind) {
    case Kind::Ours:
        //: Who made an indicator: this app registration or the signed-in user
        return tr("Ours");
    case Kind::Portal:
        //: Who made an indicator: an analyst in the Microsoft Defender portal
        return tr("Portal");
    case Kind::CloudApps:
        //: Who made an indicator: Microsoft Defender for Cloud Apps (unsanctioned apps)
        return tr("Defender for Cloud Apps");
    case Kind::OtherApp: break;
    }
    //: Who made an indicator: another app registration or tool
    return tr("Another app");
}

} // namespace im
