// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppShell.h"

#include "core/net/ApiClient.h"
#include "ui/MainWindow.h"
#include "ui/connection/ConnectionStatusWidget.h"
#include "ui/connection/SandboxSignIn.h"
#include "ui/connection/SignInController.h"

#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace im {

AppShell::AppShell()
    : m_client(std::make_unique<ApiClient>(&m_network))
    , m_window(std::make_unique<MainWindow>())
    , m_status(new ConnectionStatusWidget(m_window.get()))
    , m_sandboxSignIn(std::make_unique<SandboxSignIn>(m_client.get(), m_status))
    , m_signIn(std::make_unique<SignInController>(m_client.get(), m_status, m_window.get()))
{
    m_window->setApiClient(m_client.get());
    // Permanent, so that status messages never hide the sign-in state; first of the permanent widgets.
    m_window->statusBar()->insertPermanentWidget(0, m_status);
    QObject::connect(m_signIn.get(), &SignInController::finished, m_window.get(),
                     [this] { m_window->setProfileName(m_signIn->currentProfile()); });
    // Before the Help menu, which stays last.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_signIn->menu());
}

AppShell::~AppShell()
{
    m_signIn.reset();
    m_sandboxSignIn.reset();
    m_window->setApiClient(nullptr); // nothing may reach the client while the window goes
    m_window.reset();
}

void AppShell::signInToSandbox(const QString &url)
{
    m_sandboxSignIn->start(url);
}

bool AppShell::isSigningIn() const
{
    return m_sandboxSignIn->isPending() || m_signIn->isPending();
}

} // namespace im
