// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxOptions.h"

#include "core/indicator/ServiceLimits.h"
#include "core/net/DemoRegistration.h"
#include "sandbox/FaultInjector.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace im::sandbox {

SandboxCommandLine::Result SandboxCommandLine::parse(const QStringList &arguments, SandboxOptions *options,
                                                     QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local stand-in for Microsoft Defender for Endpoint's Indicators API and the Entra ID token "
           "endpoint, for tests and demos. It listens on 127.0.0.1 only and prints its URL as the first line "
           "on standard output.\n\nBuilt-in app registration (public values, not secret): tenant %1, client "
           "%2, secret \"%3\".")
            .arg(QLatin1String(demo::kTenantId), QLatin1String(demo::kClientId), QLatin1String(demo::kClientSecret)));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on; 0 picks a free one."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("Serve HTTPS with this PEM certificate (chain)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("The certificate's unencrypted PEM private key."),
                                 QStringLiteral("file"));
    const QCommandLineOption scale(QStringLiteral("time-scale"),
                                   tr("Divide every rate-limit window and Retry-After by N (tests run faster)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption state(QStringLiteral("state"), tr("Keep the tenant's indicators in this file."),
                                   QStringLiteral("file"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Create N indicators at start when the tenant is empty."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOthers(
        QStringLiteral("seed-others"),
        tr("Create N indicators from each of three other creators at start when the tenant is empty: an "
           "analyst in the portal, Microsoft Defender for Cloud Apps and another app registration."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault: KIND[:rate=R,count=N,after=N,endpoint=E,status=S,delay=MS,"
                                      "fraction=F,message=TEXT]. Kinds: %1. May be repeated.")
                                       .arg(FaultInjector::kindNames().join(QStringLiteral(", "))),
                                   QStringLiteral("spec"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"), tr("Seed of the fault dice."), QStringLiteral("n"),
                                       QStringLiteral("1"));
    const QCommandLineOption apps(QStringLiteral("apps"),
                                  tr("More app registrations: a JSON array of {clientId, secret, displayName, roles}."),
                                  QStringLiteral("file"));
    const QCommandLineOption tenant(QStringLiteral("tenant-id"), tr("The tenant's ID."), QStringLiteral("id"),
                                    QLatin1String(demo::kTenantId));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"), tr("Lifetime of access tokens in seconds."),
                                      QStringLiteral("s"), QString::number(choices::kTokenLifetimeSeconds));
    const QCommandLineOption lag(QStringLiteral("expiry-lag"),
                                 tr("Delete expired indicators this many seconds late (emulates propagation lag)."),
                                 QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption control(QStringLiteral("control"),
                                     tr("Serve the test control endpoints under /_sandbox/ (loopback only)."));
    const QCommandLineOption appCertificate(
        QStringLiteral("app-certificate"),
        tr("Register a certificate for an app registration, for client assertions: CLIENT_ID=PEM_FILE. May be "
           "repeated."),
        QStringLiteral("id=file"));
    const QCommandLineOption userSignIn(QStringLiteral("user-sign-in"),
                                        tr("How the emulated user answers a sign-in with a device code or in the "
                                           "browser: approve, deny or expire (never answers)."),
                                        QStringLiteral("answer"), QStringLiteral("approve"));
    const QCommandLineOption devicePolls(QStringLiteral("device-code-polls"),
                                         tr("The user answers a device code after this many polls."),
                                         QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption deviceInterval(QStringLiteral("device-code-interval"),
                                            tr("Seconds between polls that the device code reply asks for."),
                                            QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption deviceLifetime(QStringLiteral("device-code-lifetime"),
                                            tr("Seconds a device code stays valid."), QStringLiteral("s"),
                                            QStringLiteral("900"));
    const QCommandLineOption userScopes(QStringLiteral("user-scopes"),
                                        tr("Delegated permissions a user's token carries, separated by spaces or "
                                           "commas (empty: none)."),
                                        QStringLiteral("list"), QStringLiteral("Ti.ReadWrite"));
    const QCommandLineOption userName(QStringLiteral("user-name"), tr("The emulated user's sign-in name."),
                                      QStringLiteral("upn"), QStringLiteral("analyst@contoso.example"));
    const QCommandLineOption noUpsert(
        QStringLiteral("no-upsert"),
        tr("Every Import or Submit row creates a new indicator, even when one with the same "
           "type, value, action and device groups exists."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("List pages hold at most N indicators, whatever $top asks, and link the next "
                                         "page with @odata.nextLink."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption echo(QStringLiteral("echo"),
                                  tr("How Import results echo a value: \"sent\" (as sent) or \"normalised\" (as the "
                                     "service stores it: hashes in lower case, domains and URL hosts in lower case and "
                                     "punycode, IPv6 in compressed form, no trailing slash)."),
                                  QStringLiteral("form"), QStringLiteral("sent"));
    const QCommandLineOption strictBody(
        QStringLiteral("strict-body"), tr("Refuse a whole Import body with 400 when an indicator has a property in the "
                                          "wrong letter case, an unknown property or a value of the wrong type."));
    parser.addOptions({port,           cert,       key,         scale,          state,          seed,       seedOthers,
                       fault,          faultSeed,  apps,        tenant,         lifetime,       lag,        control,
                       appCertificate, userSignIn, devicePolls, deviceInterval, deviceLifetime, userScopes, userName,
                       noUpsert,       pageSize,   echo,        strictBody});

    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return Result::Exit;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *message = QStringLiteral("indicator-sandbox %1\n").arg(QStringLiteral(IM_VERSION));
        return Result::Exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst());
        return Result::Error;
    }

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *message = tr("--port takes a number from 0 to 65535.");
        return Result::Error;
    }
    options->port = static_cast<quint16>(portNumber);
    options->timeScale = parser.value(scale).toDouble(&ok);
    if (!ok || options->timeScale < 1 || options->timeScale > 10000) {
        *message = tr("--time-scale takes a number from 1 to 10000.");
        return Result::Error;
    }
    options->seed = parser.value(seed).toInt(&ok);
    if (!ok || options->seed < 0) {
        *message = tr("--seed takes a whole number of at least 0.");
        return Result::Error;
    }
    options->seedOthers = parser.value(seedOthers).toInt(&ok);
    if (!ok || options->seedOthers < 0) {
        *message = tr("--seed-others takes a whole number of at least 0.");
        return Result::Error;
    }
    options->tokenLifetimeSeconds = parser.value(lifetime).toInt(&ok);
    if (!ok || options->tokenLifetimeSeconds < 1) {
        *message = tr("--token-lifetime takes a whole number of seconds, at least 1.");
        return Result::Error;
    }
    options->expiryLagSeconds = parser.value(lag).toInt(&ok);
    if (!ok || options->expiryLagSeconds < 0) {
        *message = tr("--expiry-lag takes a whole number of seconds.");
        return Result::Error;
    }
    options->faultSeed = parser.value(faultSeed).toUInt(&ok);
    if (!ok) {
        *message = tr("--fault-seed takes a whole number.");
        return Result::Error;
    }
    options->tlsCertificate = parser.value(cert);
    options->tlsKey = parser.value(key);
    if (options->tlsCertificate.isEmpty() != options->tlsKey.isEmpty()) {
        *message = tr("--tls-cert and --tls-key go together.");
        return Result::Error;
    }
    options->statePath = parser.value(state);
    options->faults = parser.values(fault);
    options->appsFile = parser.value(apps);
    options->tenantId = parser.value(tenant);
    options->control = parser.isSet(control);
    options->appCertificates = parser.values(appCertificate);
    for (const QString &spec : std::as_const(options->appCertificates)) {
        if (!spec.contains(u'=')) {
            *message = tr("--app-certificate takes CLIENT_ID=PEM_FILE.");
            return Result::Error;
        }
    }
    const QString answer = parser.value(userSignIn);
    if (answer == QLatin1String("approve"))
        options->users.answer = UserAnswer::Approve;
    else if (answer == QLatin1String("deny"))
        options->users.answer = UserAnswer::Deny;
    else if (answer == QLatin1String("expire"))
        options->users.answer = UserAnswer::Expire;
    else {
        *message = tr("--user-sign-in takes approve, deny or expire.");
        return Result::Error;
    }
    options->users.approveAfterPolls = parser.value(devicePolls).toInt(&ok);
    if (!ok || options->users.approveAfterPolls < 0) {
        *message = tr("--device-code-polls takes a whole number of at least 0.");
        return Result::Error;
    }
    options->users.intervalSeconds = parser.value(deviceInterval).toInt(&ok);
    if (!ok || options->users.intervalSeconds < 1) {
        *message = tr("--device-code-interval takes a whole number of seconds, at least 1.");
        return Result::Error;
    }
    options->users.codeLifetimeSeconds = parser.value(deviceLifetime).toInt(&ok);
    if (!ok || options->users.codeLifetimeSeconds < 1) {
        *message = tr("--device-code-lifetime takes a whole number of seconds, at least 1.");
        return Result::Error;
    }
    static const QRegularExpression kScopeSeparator(QStringLiteral("[\\s,]+"));
    options->users.scopes = parser.value(userScopes).split(kScopeSeparator, Qt::SkipEmptyParts);
    options->users.userName = parser.value(userName);
    options->noUpsert = parser.isSet(noUpsert);
    options->strictBody = parser.isSet(strictBody);
    options->pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options->pageSize < 0 || options->pageSize > limits::kMaxListTop) {
        *message = tr("--page-size takes a whole number from 0 (no cap) to %1.").arg(limits::kMaxListTop);
        return Result::Error;
    }
    const QString echoForm = parser.value(echo);
    if (echoForm != QLatin1String("sent") && echoForm != QLatin1String("normalised")) {
        *message = tr("--echo takes sent or normalised.");
        return Result::Error;
    }
    options->echoNormalised = echoForm == QLatin1String("normalised");
    return Result::Run;
}

} // namespace im::sandbox
