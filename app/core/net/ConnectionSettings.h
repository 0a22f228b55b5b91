// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/CloudEndpoints.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace im {

// Where and as whom to connect: the API and sign-in addresses, the tenant and the app registration.
// The client secret is deliberately not part of it: it lives only in the TokenClient's memory.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    Cloud cloud = Cloud::Commercial;
    QUrl apiUrl;   // base address of the API, e.g. https://api.security.microsoft.com
    QUrl loginUrl; // base address of Entra ID, e.g. https://login.microsoftonline.com
    QString tenantId;
    QString clientId;
    QString scope;
    QString caFile; // optional PEM file of extra CA certificates (a TLS-inspecting proxy's CA)

    // The cloud's documented addresses and scope; tenant and client left empty.
    static ConnectionSettings forCloud(Cloud cloud);

    // Empty when the settings can be used, else a translated explanation. Plain http is refused unless
    // the host is this computer, so a token never travels unencrypted.
    [[nodiscard]] QString check() const;

    // The token endpoint: <login>/<tenant>/oauth2/v2.0/token.
    [[nodiscard]] QUrl tokenUrl() const;
    // The device code endpoint: <login>/<tenant>/oauth2/v2.0/devicecode.
    [[nodiscard]] QUrl deviceCodeUrl() const;
    // The authorization endpoint of the browser sign-in: <login>/<tenant>/oauth2/v2.0/authorize.
    [[nodiscard]] QUrl authorizeUrl() const;
    // The scope of a user's sign-in: the resource's .default plus offline_access, so Entra also returns
    // a refresh token (shared/spec §4.2).
    [[nodiscard]] QString delegatedScope() const;
    // <api>/api/<path>, keeping any path prefix of apiUrl.
    [[nodiscard]] QUrl apiEndpointUrl(const QString &path) const;

    static bool isLoopbackHost(const QString &host);
};

} // namespace im
