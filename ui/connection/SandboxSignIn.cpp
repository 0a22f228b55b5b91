// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/SandboxSignIn.h"

#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/DemoRegistration.h"
#include "ui/connection/ConnectionStatusWidget.h"

namespace im {

SandboxSignIn::SandboxSignIn(ApiClient *client, ConnectionStatusWidget *status, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(status)
{
}

void SandboxSignIn::start(const QString &url)
{
    ConnectionSettings settings = ConnectionSettings::forCloud(Cloud::Custom);
    settings.apiUrl = QUrl(url);
    settings.loginUrl = QUrl(url);
    settings.tenantId = QLatin1String(demo::kTenantId);
    settings.clientId = QLatin1String(demo::kClientId);
    const QString problem = m_client->configure(settings, QByteArray(demo::kClientSecret));
    m_status->setClient(m_client);
    if (!problem.isEmpty()) {
        m_status->showSignInFailed(problem);
        Q_EMIT finished(false);
        return;
    }
    m_status->showSigningIn();
    m_pending = true;
    ApiCall *call = m_client->signIn();
    connect(call, &ApiCall::finished, this, [this, call]() {
        const bool ok = call->result().ok();
        if (!ok)
            m_status->showSignInFailed(call->result().error.message());
        call->deleteLater();
        m_pending = false;
        Q_EMIT finished(ok);
    });
}

} // namespace im
