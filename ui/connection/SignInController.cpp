// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/SignInController.h"

#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "ui/common/MessageBox.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/signin/SignInDialog.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace im {

SignInController::SignInController(ApiClient *client, ConnectionStatusWidget *status, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_status(status)
    , m_window(window)
    , m_store(new KeychainSecretStore(KeychainSecretStore::defaultService(), this))
    , m_signIn(new ProfileSignIn(client, m_store, this))
    , m_menu(new QMenu(window))
    , m_profilesMenu(new QMenu(m_menu))
{
    m_menu->setObjectName(QStringLiteral("tenantMenu"));
    m_profilesMenu->setObjectName(QStringLiteral("profilesMenu"));
    m_signInAction = m_menu->addAction(QString(), this, [this]() { openSignInDialog(m_current); });
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_menu->addMenu(m_profilesMenu);
    m_menu->addSeparator();
    m_signOutAction = m_menu->addAction(QString(), this, &SignInController::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    connect(m_profilesMenu, &QMenu::aboutToShow, this, &SignInController::rebuildProfilesMenu);
    connect(m_signIn, &ProfileSignIn::finished, this, &SignInController::onFinished);
    connect(m_signIn, &ProfileSignIn::started, this, [this](const Profile &profile) {
        m_current = profile.name;
        m_status->setClient(m_client);
        m_status->setProfile(profile.name, profile.account);
        m_status->showSigningIn();
    });
    connect(m_signIn, &ProfileSignIn::keychainWarning, m_status, &ConnectionStatusWidget::showWarning);
    // Signed in without a profile (the sandbox, a test connection) is signed in all the same.
    connect(m_client, &ApiClient::signedInChanged, this, &SignInController::updateSignOut);
    m_menu->installEventFilter(this);
    retranslateUi();
}

bool SignInController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void SignInController::retranslateUi()
{
    m_menu->setTitle(tr("&Tenant"));
    m_profilesMenu->setTitle(tr("Sign in as &profile"));
    m_signInAction->setText(tr("&Sign in..."));
    m_signOutAction->setText(tr("Sign &out"));
    rebuildProfilesMenu();
}

SignInController::~SignInController() = default;

bool SignInController::isPending() const
{
    return m_signIn->isRunning();
}

void SignInController::rebuildProfilesMenu()
{
    m_profilesMenu->clear();
    const QStringList names = ProfileStore().names();
    for (const QString &name : names) {
        QAction *action = m_profilesMenu->addAction(name, this, [this, name]() { signInWithProfile(name); });
        action->setCheckable(true);
        action->setChecked(name == m_current && m_client->isSignedIn());
    }
    if (names.isEmpty())
        m_profilesMenu->addAction(tr("No saved profiles"))->setEnabled(false);
}

void SignInController::signInWithProfile(const QString &name)
{
    const std::optional<Profile> profile = ProfileStore().load(name);
    if (!profile) {
        m_status->showSignInFailed(tr("There is no profile \"%1\".").arg(name));
        Q_EMIT finished(false);
        return;
    }
    m_signIn->signIn(*profile);
}

void SignInController::updateSignOut()
{
    m_signOutAction->setEnabled(!m_current.isEmpty() || m_client->isSignedIn());
}

void SignInController::onFinished(bool ok)
{
    updateSignOut();
    if (ok) {
        m_status->setProfile(m_current, m_signIn->profile().account);
    } else {
        m_status->showSignInFailed(m_signIn->errorMessage());
        // A user's sign-in that has ended needs the user: offer the dialog again.
        if (m_signIn->apiError().kind() == ApiError::Kind::SignInRequired && m_window && m_window->isVisible())
            openSignInDialog(m_current);
    }
    Q_EMIT finished(ok);
}

void SignInController::openSignInDialog(const QString &profileName)
{
    auto *dialog = new SignInDialog(m_signIn, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profileName.isEmpty()) {
        if (const std::optional<Profile> profile = ProfileStore().load(profileName))
            dialog->setProfile(*profile);
    }
    dialog->open();
}

void SignInController::signOut()
{
    if (m_current.isEmpty()) {
        // No profile, so nothing in the keychain: forget the token only.
        m_client->tokens()->signOut();
        m_signOutAction->setEnabled(false);
        return;
    }
    const QString name = m_current;
    m_signIn->signOut(name, this, [this, name](const SecretError &error) {
        if (error.isError()) {
            MessageBox::instance().warning(m_window, tr("Sign out"),
                                           tr("The secrets of \"%1\" could not be removed from the system keychain: %2")
                                               .arg(name, error.message()));
            return;
        }
        m_status->setClient(m_client);
        m_status->setProfile(name, QString());
        m_signOutAction->setEnabled(false);
    });
}

} // namespace im
