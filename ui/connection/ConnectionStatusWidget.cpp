// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/ConnectionStatusWidget.h"

#include "core/i18n/LocaleFormat.h"
#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"

#include <QEvent>
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
    m_profile.clear();
    m_account.clear();
    m_warning.clear();
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

void ConnectionStatusWidget::setProfile(const QString &name, const QString &account)
{
    m_profile = name;
    m_account = account;
    refresh();
}

void ConnectionStatusWidget::showWarning(const QString &message)
{
    m_warning = message;
    refresh();
}

void ConnectionStatusWidget::showSignInFailed(const QString &message)
{
    m_signingIn = false;
    m_error = message;
    refresh();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // every text it shows is worded there
    QWidget::changeEvent(event);
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
    const QString account = m_client->isSignedIn() && !m_client->tokenClaims().userName.isEmpty()
                                ? m_client->tokenClaims().userName
                                : m_account;
    if (m_profile.isEmpty())
        //: %1 signed-in state, %2 tenant ID, %3 API host
        m_label->setText(tr("%1 · tenant %2 · %3").arg(state, settings.tenantId, host));
    else if (account.isEmpty())
        //: %1 signed-in state, %2 profile name, %3 tenant ID, %4 API host
        m_label->setText(tr("%1 · %2 · tenant %3 · %4").arg(state, m_profile, settings.tenantId, host));
    else
        //: %1 signed-in state, %2 profile name, %3 user's sign-in name, %4 tenant ID, %5 API host
        m_label->setText(tr("%1 · %2 (%3) · tenant %4 · %5").arg(state, m_profile, account, settings.tenantId, host));

    QString tip = tr("API: %1\nSign-in: %2").arg(settings.apiUrl.toString(), settings.loginUrl.toString());
    if (m_client->isSignedIn()) {
        const TokenClaims claims = m_client->tokenClaims();
        tip += QLatin1Char('\n') + tr("App: %1 (%2)").arg(claims.appName, claims.appId);
        const QStringList permissions = claims.permissions();
        tip += QLatin1Char('\n')
               + tr("Permissions: %1").arg(permissions.isEmpty() ? tr("none") : permissions.join(QStringLiteral(", ")));
        if (!claims.canImport())
            tip += QLatin1Char('\n') + tr("Importing needs Ti.ReadWrite or Ti.ReadWrite.All.");
        if (claims.expires.isValid())
            tip +=
                QLatin1Char('\n')
                + tr("Token valid until %1").arg(LocaleFormat::shortDateTime(QLocale(), claims.expires.toLocalTime()));
    } else if (!m_error.isEmpty()) {
        tip += QLatin1Char('\n') + m_error;
    }
    if (!m_warning.isEmpty())
        tip += QLatin1Char('\n') + m_warning;
    m_label->setToolTip(tip);
}

} // namespace im
