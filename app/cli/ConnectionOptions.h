// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/ConnectionSettings.h"
#include "core/profiles/Profile.h"

#include <QByteArray>
#include <QCoreApplication>

class QCommandLineParser;

namespace im::cli {

// Where a command connects: a saved profile (its secrets come from the system keychain), or the
// connection given inline, with the secret read from standard input.
struct Connection
{
    bool fromProfile = false;
    Profile profile;             // fromProfile
    ConnectionSettings settings; // inline
    QByteArray secret;           // inline; wiped once handed to the client
};

// The options every command that talks to a tenant takes: a profile name (stored settings plus the
// system keychain), or the connection inline for automation. The client secret is only ever read from
// standard input, never from the command line, where other users and shell history could see it.
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    static void add(QCommandLineParser &parser);
    // Fills `connection`; returns false with a translated message (CLI exit code 2).
    static bool read(const QCommandLineParser &parser, Connection *connection, QString *error);
    // True when any connection option is on the command line (for commands that also work offline).
    static bool isGiven(const QCommandLineParser &parser);
    // The inline connection's settings (no profile, no secret): --cloud, --api-url, --login-url,
    // --tenant, --client-id, --ca-file.
    static bool readSettings(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error);
    static QString usage();
    // One line from standard input (asked for without echo at a terminal), e.g. a secret.
    static bool readSecretLine(const QString &prompt, QByteArray *secret, QString *error);
};

} // namespace im::cli
