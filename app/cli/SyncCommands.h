// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace im::cli {

// sync FILE: makes the tenant hold exactly the file's rows among the indicators we own (SyncPlanner):
// creates and updates through Import, deletes our indicators the file no longer holds, never touches
// those of others. --dry-run prints the plan and changes nothing. Exit codes as for import.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static int sync(const QStringList &arguments);
    static QString usage();
};

} // namespace im::cli
