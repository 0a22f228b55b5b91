// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/CliProcess.h"

#include "core/net/DemoRegistration.h"

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

} // namespace im::test
