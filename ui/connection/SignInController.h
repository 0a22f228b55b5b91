// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace im {

class ApiClient;
class ConnectionStatusWidget;
class ProfileSignIn;
class SecretStore;

// The main window's sign-in menu and what it does: open the sign-in dialog, sign in as a saved profile
// (its secrets come from the system keychain), switch profiles, and sign out (which removes the
// profile's keychain entries). It keeps the status-bar widget current. The main window only hosts the
// menu and the widget.
class SignInController : public QObject
{
    Q_OBJECT

public:
    SignInController(ApiClient *client, ConnectionStatusWidget *status, QWidget *window, QObject *parent = nullptr);
    ~SignInController() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] ProfileSignIn *profileSignIn() const { return m_signIn; }
    [[nodiscard]] bool isPending() const;
    [[nodiscard]] QString currentProfile() const { return m_current; }

    // Signs in as a saved profile; a user's profile without a stored sign-in opens the dialog.
    void signInWithProfile(const QString &name);
    void openSignInDialog(const QString &profileName = QString());
    void signOut();

Q_SIGNALS:
    void finished(bool signedIn);

protected:
    // Retranslates the menu on its QEvent::LanguageChange.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuildProfilesMenu();
    void onFinished(bool ok);
    void updateSignOut();

    ApiClient *m_client;
    ConnectionStatusWidget *m_status;
    QPointer<QWidget> m_window;
    SecretStore *m_store;
    ProfileSignIn *m_signIn;
    QMenu *m_menu;
    QMenu *m_profilesMenu;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    QString m_current;
};

} // namespace im
