// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace im {

class ApiClient;

// A small status-bar widget: which profile, tenant and API host the app is connected to, and whether
// it is signed in, signing in, or why signing in failed (in the tooltip, with the permissions the token
// carries). It only shows what the client knows; it never handles a secret.
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatusWidget(QWidget *parent = nullptr);

    // The client to show; null shows "Not connected".
    void setClient(ApiClient *client);
    void showSigningIn();
    void showSignInFailed(const QString &message);
    // The saved profile the client is signed in as (empty: an unnamed connection such as --sandbox).
    void setProfile(const QString &name, const QString &account);
    // A note that does not change the state, e.g. a refresh token the keychain could not store.
    void showWarning(const QString &message);

    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<ApiClient> m_client;
    QLabel *m_label;
    QString m_error;
    QString m_warning;
    QString m_profile;
    QString m_account;
    bool m_signingIn = false;
};

} // namespace im
