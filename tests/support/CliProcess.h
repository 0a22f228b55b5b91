// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

class SandboxProcess;

// What a test that runs the CLI against a sandbox sets up: a folder for its input files, the CLI's data
// folder (XDG_DATA_HOME: its import journals) and the demo registration's connection to the sandbox.
class CliWorkspace
{
public:
    explicit CliWorkspace(const SandboxProcess &sandbox);

    // Runs the CLI with the data folder; by default the demo secret goes on standard input.
    [[nodiscard]] CliRun run(const QStringList &arguments, const QByteArray &input = demoSecretInput(),
                             int timeoutMs = 120000) const;
    // The connection to the sandbox, or to `url` when given.
    [[nodiscard]] QStringList connection(const QString &url = QString()) const;
    // Writes `content` to `name` in the input folder and returns its path (a fatal error when it cannot).
    QString write(const QString &name, const QByteArray &content) const;
    [[nodiscard]] const QTemporaryDir &dir() const { return m_dir; }
    [[nodiscard]] const QTemporaryDir &data() const { return m_data; }

    static QByteArray demoSecretInput();

private:
    const SandboxProcess &m_sandbox;
    QTemporaryDir m_dir;
    QTemporaryDir m_data;
};

} // namespace im::test
