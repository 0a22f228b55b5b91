// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ConnectionSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace im {
class ApiClient;
}

namespace im::test {

// Runs indicator-sandbox as a real process on a free loopback port (--port 0) and waits for its ready
// line, the URL on the first line of its output. Tests talk to it over real sockets; nothing in the
// network stack is faked. The process is killed when the object goes.
class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();

    // Starts with --port 0 --control plus `arguments`. caFile: the CA that signed --tls-cert, so the
    // helper's own requests trust it. Returns false (and sets error()) when no ready line came.
    bool start(const QStringList &arguments = {}, const QString &caFile = QString());
    void stop();
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString standardError() const;
    [[nodiscard]] qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // The demo registration's connection to this sandbox (login and API on the same URL).
    [[nodiscard]] ConnectionSettings settings() const;
    static QByteArray demoSecret();
    // Configures `client` with the demo registration and waits for its token.
    bool signIn(ApiClient &client) const;

    // Control endpoints (/_sandbox/...), waited for synchronously.
    QJsonObject stats();
    bool setFaults(const QStringList &specs);
    bool reset();
    bool seed(int count);
    // `perCreator` indicators from each creator other than the demo app: an analyst in the portal,
    // Microsoft Defender for Cloud Apps and another app registration (three creators with the demo app).
    bool seedOtherCreators(int perCreator);
    // Every indicator the demo app can see, read through the real List API (paging with $skip).
    QJsonArray listAll();

    // One request with the demo app's token; returns the HTTP status and the body.
    int call(const QByteArray &verb, const QString &path, const QByteArray &body = {}, QByteArray *reply = nullptr,
             const QByteArray &token = QByteArray());
    QByteArray demoToken();

private:
    int request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray *reply);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QString m_url;
    QString m_caFile;
    QString m_error;
    QByteArray m_token;
};

// Finds the largest number of calls that fall within any window of `windowMs`, given call times.
int maxCallsInAnyWindow(const QList<qint64> &times, qint64 windowMs);

} // namespace im::test
