// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>

#include <memory>

namespace im {

class ApiClient;
class ConnectionStatusWidget;
class MainWindow;
class SandboxSignIn;
class SignInController;

// The application as users get it: the main window, the API client it submits through, and the sign-in
// controls in its status bar and Tenant menu. main() and the tests build it the same way, and the members'
// order is the order of destruction (sign-in first, then the window, the client last).
class AppShell
{
public:
    AppShell();
    ~AppShell();
    AppShell(const AppShell &) = delete;
    AppShell &operator=(const AppShell &) = delete;

    [[nodiscard]] MainWindow &window() const { return *m_window; }
    [[nodiscard]] ApiClient &client() const { return *m_client; }
    [[nodiscard]] ConnectionStatusWidget &connectionStatus() const { return *m_status; }
    [[nodiscard]] SignInController &signIn() const { return *m_signIn; }

    // Signs in to an indicator-sandbox at this address with its demo registration.
    void signInToSandbox(const QString &url);
    [[nodiscard]] bool isSigningIn() const;

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    ConnectionStatusWidget *m_status; // owned by the window's status bar
    std::unique_ptr<SandboxSignIn> m_sandboxSignIn;
    std::unique_ptr<SignInController> m_signIn;
};

} // namespace im
