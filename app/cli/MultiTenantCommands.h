// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QCommandLineParser;

namespace im::cli {

// import and sync with --profile given more than once: the file goes to each profile's tenant in turn
// (MultiTenantRun), each with its own sign-in, rate limit, quota check and journal; a tenant that fails
// does not stop the others. Prints one block per tenant and a summary side by side (--json: one object
// with a "tenants" array, each element the single-tenant object plus "profile"). The exit code is the
// highest of the tenants' codes: 4, then 3, 2, 1, 0.
class MultiTenantCommands
{
    Q_DECLARE_TR_FUNCTIONS(MultiTenantCommands)

public:
    // True when `parser` names more than one --profile.
    static bool isMultiple(const QCommandLineParser &parser);
    static int importFile(const QCommandLineParser &parser);
    static int sync(const QCommandLineParser &parser);
};

} // namespace im::cli
