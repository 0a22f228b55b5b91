// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace im::cli {

// The commands that manage saved profiles: login (sign in once and keep the secret in the system
// keychain), logout (remove the profile's keychain entries) and profiles (list them). Exit codes follow
// the contract of the tenant commands: 0 done, 2 bad input, 3 sign-in or keychain failed, 4 the service
// could not be reached.
class ProfileCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommands)

public:
    static int login(const QStringList &arguments);
    static int logout(const QStringList &arguments);
    static int list(const QStringList &arguments);
    static QString usage();
};

} // namespace im::cli
