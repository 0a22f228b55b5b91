// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace im::test {

// One run of the real indicator-manager-cli.
struct CliRun
{
    int exitCode = -1; // -1: it did not finish in time; -2: it crashed
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const;
};

// Runs the CLI with `arguments`, `input` on its standard input, in the C.UTF-8 locale and with
// XDG_DATA_HOME=`dataHome` (its import journals), and waits until it ends.
CliRun runCli(const QStringList &arguments, const QByteArray &input, const QString &dataHome, int timeoutMs = 120000);

// The demo registration's inline connection to the sandbox at `url`; the secret goes on standard input.
QStringList demoConnection(const QString &url);

} // namespace im::test
