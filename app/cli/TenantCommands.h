// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace im {
class TenantSnapshot;
}

namespace im::cli {

// The commands that talk to a tenant: import, list and delete. Each runs its own event loop at the top
// of the program (never inside a slot) until the network work is done, then returns the exit code of
// the contract (CliCommands.h): 0 all done, 1 some rows/ids failed, 2 bad input, 3 sign-in failed,
// 4 the service could not be reached.
class TenantCommands
{
    Q_DECLARE_TR_FUNCTIONS(TenantCommands)

public:
    static int importFile(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static int remove(const QStringList &arguments);
    // For plan: signs in with the connection options in `parser` and reads every indicator the app can
    // see into `snapshot`. Returns 0, or the exit code after printing why it failed.
    static int readTenant(const QCommandLineParser &parser, bool asJson, const QString &file, TenantSnapshot *snapshot);
    // The commands' help, then `moreCommands`, then the connection options they share.
    static QString usage(const QString &moreCommands = QString());
};

} // namespace im::cli
