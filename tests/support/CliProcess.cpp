// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CliProcess.h"

#include "core/net/DemoRegistration.h"
#include "support/SandboxProcess.h"

#include <QFile>

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace im::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QString &dataHome, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(IM_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList demoConnection(const QString &url)
{
    return {QStringLiteral("--api-url"),
            url,
            QStringLiteral("--login-url"),
            url,
            QStringLiteral("--tenant"),
            QLatin1String(demo::kTenantId),
            QStringLiteral("--client-id"),
            QLatin1String(demo::kClientId),
            QStringLiteral("--client-secret-stdin")};
}

CliWorkspace::CliWorkspace(const SandboxProcess &sandbox)
    : m_sandbox(sandbox)
{
}

CliRun CliWorkspace::run(const QStringList &arguments, const QByteArray &input, int timeoutMs) const
{
    return runCli(arguments, input, m_data.path(), timeoutMs);
}

QStringList CliWorkspace::connection(const QString &url) const
{
    return demoConnection(url.isEmpty() ? m_sandbox.url() : url);
}

QString CliWorkspace::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray CliWorkspace::demoSecretInput()
{
    return QByteArray(demo::kClientSecret) + '\n';
}

} // namespace im::test
