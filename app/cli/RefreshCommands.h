// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace im::cli {

// refresh FILE --extend PRESET|DATE: extends the expiration of the file's rows that the tenant holds
// and that we own (ExpirationRefresh), through Import like a submission. --dry-run prints the plan and
// changes nothing. Exit codes as for import.
class RefreshCommands
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommands)

public:
    static int refresh(const QStringList &arguments);
    static QString usage();
};

} // namespace im::cli
