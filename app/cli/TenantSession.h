// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ConnectionOptions.h"
#include "core/document/DocumentLoader.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiError.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/submit/SubmissionRun.h"
#include "core/tenant/Ownership.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QTimer>

#include <functional>

class QCommandLineParser;

namespace im {
class ApiCall;
class IndicatorDocument;
struct ApiResult;
} // namespace im

namespace im::cli {

// What the commands that talk to a tenant (import, list, delete, sync) share: signing in, waiting for
// calls, reading the whole tenant, printing service text safely and failing in the contract's way.

// Text from the service (values, titles, failure reasons) on its way to a terminal: control characters
// (escape sequences, carriage returns, tabs that would shift the columns) and direction overrides are
// written as visible escapes (\x1B, \u202E) instead of being printed, so a hostile indicator can neither
// drive the terminal nor make a line read differently from what it is.
QString terminalText(const QString &text);

// Prints `message` (as JSON with `context` when asJson) and returns `code`.
int fail(bool asJson, const QJsonObject &context, const QString &message, int code);

// Parses `arguments` of `command`, which takes `positional` (0 or 1) file names.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, int positional,
           QString *error);
// Prints the message and the usage; returns the bad-input exit code.
int usageError(const QString &message);

// The network side of one command: a manager, a client, and waiting at the top of the program.
class Session
{
public:
    // Configures the client from the inline connection, or from a profile and its secrets in the system
    // keychain. Returns a translated problem with the exit code to use (2 for unusable settings, 3 when
    // the keychain cannot give the secret).
    QString configure(Connection &connection, int *exitCode);
    ApiClient &client() { return m_client; }
    ApiResult await(ApiCall *call);
    // Signs in once, without retrying: a wrong secret or an unreachable service is reported at once.
    bool signIn(ApiError *error);
    // Transient failures are tried again with backoff, like the import engine does.
    ApiResult withRetry(const std::function<ApiCall *()> &make);

private:
    QNetworkAccessManager m_manager;
    ApiClient m_client{&m_manager};
    KeychainSecretStore m_store;
};

// The options of a command that sends a FILE to the tenant (import, sync): the connection, --json,
// --encoding and the import defaults.
void addFileCommandOptions(QCommandLineParser &parser);
// A command that sends a FILE to the tenant, once its command line is read and the file loaded.
struct FileCommand
{
    bool asJson = false;
    QString path;
    QJsonObject context; // {"file": path}, for what is printed on failure
    Connection connection;
    LoadResult loaded;
};
// Parses `arguments` of `command` (its options added, addFileCommandOptions among them), reads the
// connection and loads the FILE with the command line's encoding and defaults. Returns the exit code after
// printing why when that fails, 0 otherwise.
int openFileCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    FileCommand *file);

// The rows a plan leaves out, each with its specific reason in words; `invalid` counts those with errors.
std::vector<PlannedLeftOut> leftOutRows(const IndicatorDocument &document, const BatchPlan &plan, int *invalid);

// Reads every visible indicator, 10,000 a page.
bool listAll(Session &session, QJsonArray *all, ApiError *error);

// list's --mine and --created-by WHO (ours, portal, cloud-apps, other-app, or a createdBy value).
class OwnershipFilter
{
public:
    static void add(QCommandLineParser &parser);
    // Returns false with a translated message for an unknown kind.
    bool read(const QCommandLineParser &parser, QString *error);
    // The List items this filter keeps (all of them when none of its options was given).
    [[nodiscard]] QJsonArray apply(const QJsonArray &items, const Ownership &ownership) const;

private:
    QList<Ownership::Kind> m_kinds;
    QStringList m_creators;
};

// While it lives, Ctrl+C calls `cancel` (from the event loop) instead of ending the program, so a run
// stops after the call in flight and every row still gets its outcome.
class CancelOnInterrupt
{
public:
    explicit CancelOnInterrupt(const std::function<void()> &cancel);
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt &) = delete;
    CancelOnInterrupt &operator=(const CancelOnInterrupt &) = delete;

private:
    QTimer m_poll;
    void (*m_previous)(int) = nullptr;
};

} // namespace im::cli
