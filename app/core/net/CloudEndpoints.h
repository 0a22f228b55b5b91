// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace im {

// The Microsoft clouds Defender for Endpoint runs in, plus a custom address (the sandbox, a proxy).
enum class Cloud : quint8 { Commercial, Gcc, GccHigh, DoD, Custom };

// One API host of shared/spec §5.
struct ApiHost
{
    QString host;
    Cloud cloud;
    QString region; // "" for the global hosts; "us", "eu", ... for the regional ones
    bool legacy;    // an older name that still answers
};

// Every API and sign-in host of shared/spec §5, and the token scope to ask for in each cloud.
class CloudEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(CloudEndpoints)

public:
    // The API base the tool uses by default in a cloud (https://host, no path).
    static QUrl apiUrl(Cloud cloud);
    // The Entra ID sign-in base (https://login.microsoftonline.com or .us).
    static QUrl loginUrl(Cloud cloud);
    // The client-credentials scope, "<resource>/.default".
    static QString scope(Cloud cloud);
    // Every known API host, global, regional and legacy names included.
    static const QList<ApiHost> &apiHosts();
    // The cloud an API host belongs to; Custom for a host not in the list.
    static Cloud cloudOfHost(const QString &host);

    // Data names used on the command line: "commercial", "gcc", "gcc-high", "dod", "custom".
    static QString name(Cloud cloud);
    static std::optional<Cloud> fromName(const QString &name);
    // The translated name shown to people.
    static QString displayName(Cloud cloud);
};

} // namespace im
