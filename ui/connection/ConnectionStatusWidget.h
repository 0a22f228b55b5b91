// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace im {

class ApiClient;

// A small status-bar widget: which tenant and API host the app is connected to, and whether it is
// signed in, signing in, or why signing in failed (in the tooltip). It only shows what the client
// knows; it never handles a secret.
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    // The client to show; null shows "Not connected".
    void setClient(ApiClient *client);
    void showSigningIn();
    void showSignInFailed(const QString &message);

    [[nodiscard]] QString text() const;

private:
    void refresh();

    QPointer<ApiClient> m_client;
    QLabel *m_label;
    QString m_error;
    bool m_signingIn = false;
};

} // namespace im
