// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ApiError.h"
#include "core/net/ConnectionSettings.h"
#include "core/net/HttpJob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace im {

class TlsPolicy;

// The OAuth 2.0 device authorization grant against Entra ID (shared/spec §4.2): asks for a code, which
// the user enters at the verification address on any device, then polls the token endpoint at the
// interval Entra gives until the user approves, declines, or the code expires. Qt NetworkAuth 6.4 has
// no device flow (it arrived in 6.9), so this is our own small state machine over HttpJob.
// The device code itself never leaves this object.
class DeviceCodeFlow : public QObject
{
    Q_OBJECT

public:
    struct Code
    {
        QString userCode;
        QUrl verificationUri;
        int expiresInSeconds = 0;
        int intervalSeconds = 0;
        QString message; // Entra's own sentence, in English
    };

    DeviceCodeFlow(QNetworkAccessManager *manager, const TlsPolicy *tls, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start(const ConnectionSettings &settings);
    // Stops polling; failed() follows with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Seconds until the code expires (0 when it has).
    [[nodiscard]] int secondsLeft() const;
    [[nodiscard]] int polls() const { return m_polls; }

Q_SIGNALS:
    void codeReady(const im::DeviceCodeFlow::Code &code);
    // The token reply (access token, refresh token, ...); hand it to TokenClient::adoptTokenReply.
    void succeeded(const QJsonObject &tokenReply);
    void failed(const im::ApiError &error);

private:
    void onCode();
    void poll();
    void onPolled();
    void finish(const ApiError &error, const QJsonObject &reply = {});
    [[nodiscard]] QNetworkRequest request(const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    const TlsPolicy *m_tls;
    ConnectionSettings m_settings;
    QPointer<HttpJob> m_job;
    QTimer m_pollTimer;
    QElapsedTimer m_clock;
    QByteArray m_deviceCode;
    int m_expiresInSeconds = 0;
    int m_intervalSeconds = 5;
    int m_polls = 0;
    bool m_running = false;
};

} // namespace im
