// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QModelIndex>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTemporaryDir;
class QWidget;

namespace im {
class ApiClient;
class ConnectionStatusWidget;
class MainWindow;
} // namespace im

namespace im::test {

// Gives the test its own application name, so its settings and recovery folder (QStandardPaths test
// mode) are its own even when tests run in parallel, and starts from empty ones.
void isolateSettings(const QString &applicationName);

// A portal-template CSV with these rows.
QByteArray portalCsv(const std::vector<Indicator> &rows);
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

// Opens a file in the window and waits until it is loaded and validated. Returns false on failure.
bool openAndWait(MainWindow &window, const QString &path, int timeoutMs = 20000);

// A shown, non-interactive window that submits through `client` (signed in already) as the profile
// "sandbox", with test-speed retries and its import journals in `journalDirectory`, holding `rows`
// opened from a portal CSV written to `dir`. Null when the file did not open.
std::unique_ptr<MainWindow> sandboxWindow(ApiClient *client, const QTemporaryDir &dir, const QString &journalDirectory,
                                          const std::vector<Indicator> &rows);

// An API client signed in to an indicator-sandbox with its demo registration, as the status bar's sandbox
// sign-in does it, its retries sped up as the sandbox's clock is.
class SandboxClient
{
public:
    SandboxClient();
    ~SandboxClient();
    SandboxClient(const SandboxClient &) = delete;
    SandboxClient &operator=(const SandboxClient &) = delete;

    // A new client signs in to the sandbox at `url`; false when it was refused or took over 20 seconds.
    bool signIn(const QString &url, double timeScale);
    [[nodiscard]] ApiClient *get() const { return m_client.get(); }
    ApiClient *operator->() const { return m_client.get(); }
    ApiClient &operator*() const { return *m_client; }

private:
    QNetworkAccessManager m_manager;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConnectionStatusWidget> m_status;
};

// The model index of a field in a view row.
QModelIndex cellOf(MainWindow &window, int row, Field field);

// Whether the last question asked through MessageBox was the box named `objectName` and every answer
// given in advance was taken.
bool askedLast(const QString &objectName);

// The windows that came with previewing and submitting, each shown in turn and handed to `visit` with
// its name: Preview Import offline over the window's table; the submission dock after a real run of
// that table through `client` (signed in to the sandbox), its progress and summary panels filled; the
// History dialog holding that run; the Tenant Indicators dialog listing what the run sent; the
// device-code dialog showing a made-up code. `window` must be shown with a table loaded. Returns what
// did not open, or an empty string.
QString visitSubmissionWindows(MainWindow &window, ApiClient &client,
                               const std::function<void(const QString &, QWidget *)> &visit);

} // namespace im::test
