// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/PkceChallenge.h"
#include "core/net/ApiError.h"
#include "core/net/ConnectionSettings.h"
#include "core/net/PolicyNetworkAccessManager.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace im {

// A user's sign-in in the system browser: the OAuth 2.0 authorization code flow with PKCE and a
// loopback redirect (shared/spec §4.2, "Mobile and desktop applications" with http://localhost).
// Qt NetworkAuth does the protocol: QOAuth2AuthorizationCodeFlow builds the authorization request and
// its state, checks the state that comes back and redeems the code; QOAuthHttpServerReplyHandler
// listens on 127.0.0.1 for the redirect. We add what 6.4 lacks: PKCE (S256), the TLS policy on the
// token request, and errors from the token endpoint, which 6.4 only logs.
class BrowserSignInFlow : public QObject
{
    Q_OBJECT

public:
    explicit BrowserSignInFlow(QObject *parent = nullptr);
    ~BrowserSignInFlow() override;

    void start(const ConnectionSettings &settings);
    // Stops listening; failed() follows with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // http://localhost:<port>/ while listening.
    [[nodiscard]] QUrl redirectUri() const;

    // How long the user has to finish in the browser.
    static constexpr int kTimeoutMs = 10 * 60 * 1000;

Q_SIGNALS:
    // Open this address in the system browser (QDesktopServices::openUrl).
    void openBrowser(const QUrl &url);
    void succeeded(const QJsonObject &tokenReply);
    void failed(const im::ApiError &error);

private:
    void onTokenReply(QNetworkReply *reply);
    void onGranted();
    void finish(const ApiError &error, const QJsonObject &reply = {});

    PolicyNetworkAccessManager m_network;
    PkceChallenge m_pkce;
    ConnectionSettings m_settings;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QTimer m_timeout;
    bool m_running = false;
};

} // namespace im
