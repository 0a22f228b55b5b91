// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConnectionOptions.h"

#include "core/profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace im::cli {

void ConnectionOptions::add(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("profile"), tr("A saved connection (see login and profiles)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("cloud"), tr("commercial, gcc, gcc-high or dod (default: commercial)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("api-url"), tr("The API address, e.g. https://api.security.microsoft.com."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("login-url"), tr("The sign-in address, e.g. https://login.microsoftonline.com."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("tenant"), tr("The tenant ID."), QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("client-id"), tr("The app registration's application (client) ID."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("client-secret-stdin"), tr("Read the client secret from standard input.")});
    parser.addOption(
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), QStringLiteral("file")});
}

QString ConnectionOptions::usage()
{
    return tr("Connection (every command that talks to a tenant):\n"
              "  --profile NAME          a saved connection (made with login); its secret comes from the system\n"
              "                          keychain. Or give the connection inline:\n"
              "  --tenant ID --client-id ID --client-secret-stdin\n"
              "                          the app registration; the secret is read from standard input (one line),\n"
              "                          never from the command line\n"
              "  --cloud NAME            commercial (default), gcc, gcc-high or dod: picks the API and sign-in\n"
              "                          addresses and the token scope\n"
              "  --api-url URL --login-url URL\n"
              "                          other addresses (a regional host, a proxy, the local sandbox); plain\n"
              "                          http:// only to this computer\n"
              "  --ca-file FILE          also trust these CA certificates (TLS inspection); verification stays on\n");
}

bool ConnectionOptions::readSecretLine(const QString &prompt, QByteArray *secret, QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("Cannot read the client secret from standard input.");
        return false;
    }
#if defined(Q_OS_UNIX)
    // Typed at a terminal: ask, and do not echo it.
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QByteArray line = input.readLine(8192);
#if defined(Q_OS_UNIX)
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *secret = line;
    line.fill('\0');
    return true;
}

bool ConnectionOptions::isGiven(const QCommandLineParser &parser)
{
    for (const char *name :
         {"profile", "cloud", "api-url", "login-url", "tenant", "client-id", "client-secret-stdin"}) {
        if (parser.isSet(QLatin1String(name)))
            return true;
    }
    return false;
}

bool ConnectionOptions::read(const QCommandLineParser &parser, Connection *connection, QString *error)
{
    const bool inline_ = parser.isSet(QStringLiteral("tenant")) || parser.isSet(QStringLiteral("client-id"))
                         || parser.isSet(QStringLiteral("client-secret-stdin"));
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        if (inline_ || parser.isSet(QStringLiteral("api-url")) || parser.isSet(QStringLiteral("login-url"))
            || parser.isSet(QStringLiteral("cloud"))) {
            *error = tr("Give either --profile or the connection inline, not both.");
            return false;
        }
        const std::optional<Profile> profile = ProfileStore().load(name);
        if (!profile) {
            *error = tr("There is no profile \"%1\". \"indicator-manager-cli profiles\" lists the saved ones; "
                        "\"indicator-manager-cli login --profile %1 ...\" creates it.")
                         .arg(name);
            return false;
        }
        connection->fromProfile = true;
        connection->profile = *profile;
        if (parser.isSet(QStringLiteral("ca-file")))
            connection->profile.connection.caFile = parser.value(QStringLiteral("ca-file"));
        if (QString problem = connection->profile.check(); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        return true;
    }
    if (!inline_) {
        *error = tr("No connection given: use --tenant ID --client-id ID --client-secret-stdin (or --profile NAME).");
        return false;
    }
    if (!readSettings(parser, &connection->settings, error))
        return false;
    if (!parser.isSet(QStringLiteral("client-secret-stdin"))) {
        *error = tr("The client secret is read from standard input only: add --client-secret-stdin.");
        return false;
    }
    if (!readSecretLine(tr("Client secret: "), &connection->secret, error))
        return false;
    if (connection->secret.isEmpty()) {
        *error = tr("--client-secret-stdin was given, but standard input held no secret.");
        return false;
    }
    return true;
}

bool ConnectionOptions::readSettings(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error)
{
    Cloud cloud = Cloud::Commercial;
    if (parser.isSet(QStringLiteral("cloud"))) {
        const auto named = CloudEndpoints::fromName(parser.value(QStringLiteral("cloud")));
        if (!named || *named == Cloud::Custom) {
            *error = tr("Unknown cloud \"%1\"; use commercial, gcc, gcc-high or dod.")
                         .arg(parser.value(QStringLiteral("cloud")));
            return false;
        }
        cloud = *named;
    }
    QUrl apiUrl;
    if (parser.isSet(QStringLiteral("api-url"))) {
        apiUrl = QUrl(parser.value(QStringLiteral("api-url")), QUrl::StrictMode);
        // A known host says which cloud's sign-in and scope go with it.
        if (!parser.isSet(QStringLiteral("cloud")))
            cloud = CloudEndpoints::cloudOfHost(apiUrl.host());
    }
    *settings = ConnectionSettings::forCloud(cloud);
    if (!apiUrl.isEmpty())
        settings->apiUrl = apiUrl;
    if (parser.isSet(QStringLiteral("login-url")))
        settings->loginUrl = QUrl(parser.value(QStringLiteral("login-url")), QUrl::StrictMode);
    settings->tenantId = parser.value(QStringLiteral("tenant")).trimmed();
    settings->clientId = parser.value(QStringLiteral("client-id")).trimmed();
    settings->caFile = parser.value(QStringLiteral("ca-file"));
    if (QString problem = settings->check(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

} // namespace im::cli
