// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/DeviceCodeFlow.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

class QLabel;
class QPushButton;
class QNetworkAccessManager;

namespace im {

class TlsPolicy;

// Signing in with a code: shows the code and the address to enter it at (with a copy button and a link
// that opens the browser), counts down until the code expires, and closes by itself once the user has
// signed in. The token reply is then in tokenReply(); on failure the dialog stays open and says why.
class DeviceCodeDialog : public QDialog
{
    Q_OBJECT

public:
    DeviceCodeDialog(QNetworkAccessManager *manager, const TlsPolicy *tls, const ConnectionSettings &settings,
                     QWidget *parent = nullptr);
    ~DeviceCodeDialog() override;

    [[nodiscard]] const QJsonObject &tokenReply() const { return m_reply; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] DeviceCodeFlow *flow() { return &m_flow; }

    // Starts asking for a code; exec() or show() the dialog after.
    void start();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCode(const DeviceCodeFlow::Code &code);
    void onFailed(const ApiError &error);
    void tick();

    DeviceCodeFlow m_flow;
    ConnectionSettings m_settings;
    QLabel *m_intro;
    QLabel *m_codeLabel;
    QLabel *m_linkLabel;
    QLabel *m_countdownLabel;
    QLabel *m_statusLabel;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
    QPushButton *m_closeButton;
    bool m_failed = false; // the close button reads Close instead of Cancel
    QTimer m_ticker;
    QString m_code;
    QUrl m_url;
    QJsonObject m_reply;
    ApiError m_error;
};

} // namespace im
