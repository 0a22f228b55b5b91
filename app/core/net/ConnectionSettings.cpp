// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ConnectionSettings.h"

#include <QFileInfo>
#include <QHostAddress>

namespace im {
namespace {

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

bool isGuidLike(const QString &text)
{
    // Tenants may also be given as a verified domain ("contoso.onmicrosoft.com"); both are accepted,
    // only characters that could break the URL path are refused.
    if (text.isEmpty() || text.size() > 256)
        return false;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_'))
            return false;
    }
    return true;
}

QString checkUrl(const QUrl &url, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return ConnectionSettings::tr("The %1 address \"%2\" is not a valid URL.").arg(what, url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (ConnectionSettings::isLoopbackHost(url.host()))
            return {};
        return ConnectionSettings::tr("Plain http:// is only allowed to this computer; use https:// for %1.")
            .arg(url.host());
    }
    return ConnectionSettings::tr("The %1 address must start with https://.").arg(what);
}

} // namespace

ConnectionSettings ConnectionSettings::forCloud(Cloud cloud)
{
    ConnectionSettings s;
    s.cloud = cloud;
    s.apiUrl = CloudEndpoints::apiUrl(cloud);
    s.loginUrl = CloudEndpoints::loginUrl(cloud);
    s.scope = CloudEndpoints::scope(cloud);
    return s;
}

QString ConnectionSettings::check() const
{
    if (QString e = checkUrl(apiUrl, tr("API")); !e.isEmpty())
        return e;
    if (QString e = checkUrl(loginUrl, tr("sign-in")); !e.isEmpty())
        return e;
    if (tenantId.isEmpty())
        return tr("The tenant ID is missing.");
    if (!isGuidLike(tenantId))
        return tr("\"%1\" is not a tenant ID or domain.").arg(tenantId);
    if (clientId.isEmpty())
        return tr("The application (client) ID is missing.");
    if (!isGuidLike(clientId))
        return tr("\"%1\" is not an application (client) ID.").arg(clientId);
    if (scope.isEmpty())
        return tr("The token scope is missing.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("Cannot read the CA certificate file %1.").arg(caFile);
    return {};
}

QUrl ConnectionSettings::tokenUrl() const
{
    return withPath(loginUrl, QLatin1Char('/') + tenantId + QLatin1String("/oauth2/v2.0/token"));
}

QUrl ConnectionSettings::deviceCodeUrl() const
{
    return withPath(loginUrl, QLatin1Char('/') + tenantId + QLatin1String("/oauth2/v2.0/devicecode"));
}

QUrl ConnectionSettings::authorizeUrl() const
{
    return withPath(loginUrl, QLatin1Char('/') + tenantId + QLatin1String("/oauth2/v2.0/authorize"));
}

QString ConnectionSettings::delegatedScope() const
{
    return scope + QLatin1String(" offline_access");
}

QUrl ConnectionSettings::apiEndpointUrl(const QString &path) const
{
    return withPath(apiUrl, QLatin1String("/api/") + path);
}

bool ConnectionSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace im
