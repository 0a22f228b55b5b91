// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace im {

class ApiClient;
class ConnectionStatusWidget;

// Signs the app in to a local indicator-sandbox with its built-in demo registration, whose values are
// public (net/DemoRegistration.h), and shows the result in the status bar. Real tenants get the
// sign-in dialog.
class SandboxSignIn : public QObject
{
    Q_OBJECT

public:
    SandboxSignIn(ApiClient *client, ConnectionStatusWidget *status, QObject *parent = nullptr);

    void start(const QString &url);
    [[nodiscard]] bool isPending() const { return m_pending; }

Q_SIGNALS:
    void finished(bool signedIn);

private:
    ApiClient *m_client;
    ConnectionStatusWidget *m_status;
    bool m_pending = false;
};

} // namespace im
