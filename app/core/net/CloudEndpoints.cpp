// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/CloudEndpoints.h"

namespace im {
namespace {

QUrl https(const char *host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QString::fromLatin1(host));
    return url;
}

} // namespace

QUrl CloudEndpoints::apiUrl(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial:
    case Cloud::Custom:
        // The current global name (live docs, shared/spec §5); the legacy names still answer.
        return https("api.security.microsoft.com");
    case Cloud::Gcc: return https("api-gcc.securitycenter.microsoft.us");
    case Cloud::GccHigh:
    case Cloud::DoD: return https("api-gov.securitycenter.microsoft.us");
    }
    return {};
}

QUrl CloudEndpoints::loginUrl(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial:
    case Cloud::Gcc:
    case Cloud::Custom: return https("login.microsoftonline.com");
    case Cloud::GccHigh:
    case Cloud::DoD: return https("login.microsoftonline.us");
    }
    return {};
}

QString CloudEndpoints::scope(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial:
    case Cloud::Gcc:
    case Cloud::Custom:
        // The legacy resource is the audience every MDE API accepts, also on api.security.microsoft.com;
        // a token for another audience gets 403 (shared/spec §4.1, issue #9246).
        return QStringLiteral("https://api.securitycenter.microsoft.com/.default");
    case Cloud::GccHigh:
    case Cloud::DoD:
        // [UNDOC] in MDE docs; this is the resource community clients use for GCC High and DoD
        // (shared/spec §5).
        return QStringLiteral("https://securitycenter.onmicrosoft.us/windowsatpservice/.default");
    }
    return {};
}

const QList<ApiHost> &CloudEndpoints::apiHosts()
{
    static const QList<ApiHost> kHosts = [] {
        QList<ApiHost> hosts;
        auto add = [&hosts](const char *host, Cloud cloud, const char *region, bool legacy) {
            hosts.append(ApiHost{QString::fromLatin1(host), cloud, QString::fromLatin1(region), legacy});
        };
        add("api.security.microsoft.com", Cloud::Commercial, "", false);
        add("api.securitycenter.microsoft.com", Cloud::Commercial, "", false);
        add("api.securitycenter.windows.com", Cloud::Commercial, "", true);
        for (const char *region : {"us", "eu", "uk", "au", "swa", "ina", "aea"}) {
            const QByteArray host = QByteArray(region) + ".api.security.microsoft.com";
            hosts.append(ApiHost{QString::fromLatin1(host), Cloud::Commercial, QString::fromLatin1(region), false});
        }
        for (const char *region : {"us", "eu", "uk", "au"}) {
            const QByteArray host = "api-" + QByteArray(region) + ".securitycenter.microsoft.com";
            hosts.append(ApiHost{QString::fromLatin1(host), Cloud::Commercial, QString::fromLatin1(region), true});
        }
        add("api-gcc.securitycenter.microsoft.us", Cloud::Gcc, "", false);
        // GCC High and DoD share one API host (gov.md); the cloud is told apart by the user's choice.
        add("api-gov.securitycenter.microsoft.us", Cloud::GccHigh, "", false);
        return hosts;
    }();
    return kHosts;
}

Cloud CloudEndpoints::cloudOfHost(const QString &host)
{
    for (const ApiHost &known : apiHosts()) {
        if (known.host.compare(host, Qt::CaseInsensitive) == 0)
            return known.cloud;
    }
    return Cloud::Custom;
}

QString CloudEndpoints::name(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial: return QStringLiteral("commercial");
    case Cloud::Gcc: return QStringLiteral("gcc");
    case Cloud::GccHigh: return QStringLiteral("gcc-high");
    case Cloud::DoD: return QStringLiteral("dod");
    case Cloud::Custom: return QStringLiteral("custom");
    }
    return {};
}

std::optional<Cloud> CloudEndpoints::fromName(const QString &text)
{
    for (Cloud cloud : {Cloud::Commercial, Cloud::Gcc, Cloud::GccHigh, Cloud::DoD, Cloud::Custom}) {
        if (name(cloud).compare(text, Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

QString CloudEndpoints::displayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Commercial: return tr("Commercial");
    case Cloud::Gcc: return tr("US Government (GCC)");
    case Cloud::GccHigh: return tr("US Government (GCC High)");
    case Cloud::DoD: return tr("US Government (DoD)");
    case Cloud::Custom: return tr("Custom address");
    }
    return {};
}

} // namespace im
