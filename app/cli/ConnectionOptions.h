// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ConnectionSettings.h"

#include <QByteArray>
#include <QCoreApplication>

class QCommandLineParser;

namespace im::cli {

// The options every command that talks to a tenant takes: a profile name (stored settings and keychain,
// which arrive with the sign-in work), or the connection inline for automation. The client secret is
// only ever read from standard input, never from the command line, where other users and shell
// history could see it.
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOptions)

public:
    static void add(QCommandLineParser &parser);
    // Fills `settings` and `secret`; returns false with a translated message (CLI exit code 2).
    static bool read(const QCommandLineParser &parser, ConnectionSettings *settings, QByteArray *secret, QString *error);
    static QString usage();

private:
    static bool readSecret(QByteArray *secret, QString *error);
};

} // namespace im::cli
