// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommands.h"
#include "core/secrets/CoreDumps.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything is read: a core dump would hold the secret and tokens.
    im::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("indicator-manager"));
    QCoreApplication::setOrganizationName(QStringLiteral("IndicatorManager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IM_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return im::cli::Commands::run(arguments);
}
