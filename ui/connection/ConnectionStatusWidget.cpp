// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/ConnectionStatusWidget.h"

#include "net/ApiClient.h"
#include "net/TokenClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace im {

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionStatusWidget"));
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    refresh();
}

void ConnectionStatusWidget::setClient(ApiClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_error.clear();
    m_signingIn = false;
    if (m_client)
        connect(m_client, &ApiClient::signedInChanged, this, [this]() {
            m_signingIn = false;
            refresh();
        });
    refresh();
}

void ConnectionStatusWidget::showSigningIn()
{
    m_signingIn = true;
    m_error.clear();
    refresh();
}

void ConnectionStatusWidget::showSignInFailed(const QString &message)
{
    m_signingIn = false;
    m_error = message;
    refresh();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

void ConnectionStatusWidget::refresh()
{
    if (!m_client) {
        m_label->setText(tr("Not connected"));
        m_label->setToolTip(QString());
        return;
    }
    const ConnectionSettings &settings = m_client->settings();
    const QString host = settings.apiUrl.port() > 0
                             ? QStringLiteral("%1:%2").arg(settings.apiUrl.host()).arg(settings.apiUrl.port())
                             : settings.apiUrl.host();
    QString state;
    if (m_client->isSignedIn())
        state = tr("Signed in");
    else if (m_signingIn)
        state = tr("Signing in...");
    else if (!m_error.isEmpty())
        state = tr("Sign-in failed");
    else
        state = tr("Signed out");
    //: %1 signed-in state, %2 tenant ID, %3 API host
    m_label->setText(tr("%1 · tenant %2 · %3").arg(state, settings.tenantId, host));

    QString tip = tr("API: %1\nSign-in: %2").arg(settings.apiUrl.toString(), settings.loginUrl.toString());
    if (m_client->isSignedIn()) {
        const TokenClaims claims = m_client->tokenClaims();
        tip += QLatin1Char('\n') + tr("App: %1 (%2)").arg(claims.appName, claims.appId);
        tip += QLatin1Char('\n') + tr("Permissions: %1").arg(claims.roles.isEmpty() ? tr("none") : claims.roles.join(QStringLiteral(", ")));
        if (claims.expires.isValid())
            tip += QLatin1Char('\n') + tr("Token valid until %1").arg(QLocale().toString(claims.expires.toLocalTime(), QLocale::ShortFormat));
    } else if (!m_error.isEmpty()) {
        tip += QLatin1Char('\n') + m_error;
    }
    m_label->setToolTip(tip);
}

} // namespace im
