// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace im::cli {

// Exit codes of the CLI contract (README, --help). Scripts rely on them: never renumber.
enum ExitCode {
    ExitOk = 0,
    ExitRowsInvalid = 1, // validate: some rows invalid; import: some rows failed
    ExitBadInput = 2,    // the file cannot be read, or the command line is wrong
    ExitSignInFailed = 3,
    ExitUnreachable = 4,
};

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    // Runs the command line (without the program name) and returns the exit code.
    static int run(const QStringList &arguments);
    static QString usage();

private:
    static int validate(const QStringList &arguments);
    static int plan(const QStringList &arguments);
    static int convert(const QStringList &arguments);
};

} // namespace im::cli
