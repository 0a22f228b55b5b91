// SPDX-License-Identifier: GPL-3.0-or-later
// indicator-sandbox: a local Defender for Endpoint Indicators API and Entra ID token endpoint.
#include "sandbox/SandboxHttpServer.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxService.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("indicator-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IM_VERSION));

    im::sandbox::SandboxOptions options;
    QString message;
    switch (im::sandbox::SandboxCommandLine::parse(QCoreApplication::arguments(), &options, &message)) {
    case im::sandbox::SandboxCommandLine::Result::Exit: print(stdout, message); return 0;
    case im::sandbox::SandboxCommandLine::Result::Error:
        print(stderr, QStringLiteral("indicator-sandbox: %1\n").arg(message));
        return 2;
    case im::sandbox::SandboxCommandLine::Result::Run: break;
    }

    im::sandbox::SandboxService service(options);
    if (const QString error = service.initialise(); !error.isEmpty()) {
        print(stderr, QStringLiteral("indicator-sandbox: %1\n").arg(error));
        return 2;
    }
    im::sandbox::SandboxHttpServer server;
    if (!options.tlsCertificate.isEmpty()) {
        if (const QString error = server.setTls(options.tlsCertificate, options.tlsKey); !error.isEmpty()) {
            print(stderr, QStringLiteral("indicator-sandbox: %1\n").arg(error));
            return 2;
        }
    }
    server.setHandler([&service](const im::sandbox::HttpExchange &exchange) { service.handle(exchange); });
    const quint16 port = server.listen(options.port);
    if (port == 0) {
        print(stderr, QCoreApplication::translate("main", "indicator-sandbox: cannot listen on 127.0.0.1:%1\n")
                          .arg(options.port));
        return 3;
    }
    const QString url = QStringLiteral("%1://127.0.0.1:%2")
                            .arg(server.isTls() ? QStringLiteral("https") : QStringLiteral("http"))
                            .arg(port);
    service.setBaseUrl(url);
    // The ready line: the URL alone, first on standard output, so scripts can read it with `head -1`.
    print(stdout, url + QLatin1Char('\n'));
    return QCoreApplication::exec();
}
