// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProfileCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRuntime.h"
#include "cli/ConnectionOptions.h"
#include "core/auth/ClientCertificate.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/net/ApiCall.h"
#include "core/net/ApiClient.h"
#include "core/net/TokenClient.h"
#include "core/profiles/ProfileSignIn.h"
#include "core/profiles/ProfileStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretKeys.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

namespace im::cli {
namespace {

int fail(bool asJson, const QString &profile, const QString &message, const QString &code, int exitCode)
{
    if (asJson)
        out() << json(QJsonObject{
            {QStringLiteral("profile"), profile}, {QStringLiteral("error"), message}, {QStringLiteral("code"), code}})
              << QByteArray("\n");
    else
        err() << ProfileCommands::tr("indicator-manager-cli: %1").arg(message) << QByteArray("\n");
    return exitCode;
}

int usageError(const QString &message)
{
    err() << message << QByteArray("\n\n") << Commands::usage();
    return ExitBadInput;
}

SecretError storeSync(ProfileSignIn &signIn, const Profile &profile, SecretKind kind, const QByteArray &secret)
{
    SecretError result;
    bool done = false;
    QEventLoop loop;
    signIn.storeSecret(profile, kind, secret, &loop, [&](const SecretError &error) {
        result = error;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

SecretError signOutSync(ProfileSignIn &signIn, const QString &name)
{
    SecretError result;
    bool done = false;
    QEventLoop loop;
    signIn.signOut(name, &loop, [&](const SecretError &error) {
        result = error;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QString *error)
{
    if (!parser.parse(QStringList{command} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = ProfileCommands::tr("%1 takes no file name.").arg(command);
        return false;
    }
    return true;
}

} // namespace

QString ProfileCommands::usage()
{
    return tr("  login --profile NAME --tenant ID --client-id ID [--cloud NAME] [--api-url URL --login-url URL]\n"
              "        [--ca-file PEM] (--client-secret-stdin | --certificate FILE [--certificate-passphrase-stdin]\n"
              "        | --device-code) [--json]\n"
              "      Sign in once and save the profile: its settings in the configuration, the client secret, the\n"
              "      certificate's passphrase or your account's refresh token in the system keychain (never in a\n"
              "      file). --device-code signs in with your own account: open the address shown and enter the\n"
              "      code. Exit code 0: signed in and saved; 2: bad input; 3: sign-in failed or the keychain is\n"
              "      not available; 4: the service could not be reached.\n"
              "  logout --profile NAME [--forget]\n"
              "      Remove the profile's secrets from the system keychain (--forget: the profile too).\n"
              "  profiles [--json]\n"
              "      List the saved profiles.\n");
}

int ProfileCommands::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    ConnectionOptions::add(parser);
    parser.addOption({QStringLiteral("certificate"), tr("Sign in with this certificate (PEM with its key, or PFX)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("certificate-passphrase-stdin"), tr("Read the certificate's passphrase from standard input.")});
    parser.addOption(
        {QStringLiteral("device-code"), tr("Sign in with your own account, entering a code in a browser.")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    QString error;
    if (!parse(parser, QStringLiteral("login"), arguments, &error))
        return usageError(error);
    const bool asJson = parser.isSet(QStringLiteral("json"));
    const QString name = parser.value(QStringLiteral("profile"));
    if (!parser.isSet(QStringLiteral("profile")))
        return usageError(tr("login needs --profile NAME."));
    if (QString problem = Profile::checkName(name); !problem.isEmpty())
        return fail(asJson, name, problem, QStringLiteral("bad-input"), ExitBadInput);
    const int methods = int(parser.isSet(QStringLiteral("client-secret-stdin")))
                        + int(parser.isSet(QStringLiteral("certificate")))
                        + int(parser.isSet(QStringLiteral("device-code")));
    if (methods != 1)
        return usageError(tr("login takes one of --client-secret-stdin, --certificate FILE or --device-code."));

    Profile profile;
    profile.name = name;
    if (!ConnectionOptions::readSettings(parser, &profile.connection, &error))
        return fail(asJson, name, error, QStringLiteral("bad-input"), ExitBadInput);
    if (parser.isSet(QStringLiteral("api-url")) && !parser.isSet(QStringLiteral("cloud"))
        && CloudEndpoints::cloudOfHost(profile.connection.apiUrl.host()) == Cloud::Custom)
        profile.connection.cloud = Cloud::Custom;
    QByteArray secret;
    SecretKind kind = SecretKind::ClientSecret;
    if (parser.isSet(QStringLiteral("client-secret-stdin"))) {
        profile.method = SignInMethod::ClientSecret;
        if (!ConnectionOptions::readSecretLine(tr("Client secret: "), &secret, &error))
            return fail(asJson, name, error, QStringLiteral("bad-input"), ExitBadInput);
        if (secret.isEmpty())
            return fail(asJson, name, tr("--client-secret-stdin was given, but standard input held no secret."),
                        QStringLiteral("bad-input"), ExitBadInput);
    } else if (parser.isSet(QStringLiteral("certificate"))) {
        profile.method = SignInMethod::Certificate;
        profile.certificatePath = QFileInfo(parser.value(QStringLiteral("certificate"))).absoluteFilePath();
        kind = SecretKind::CertificatePassphrase;
        if (parser.isSet(QStringLiteral("certificate-passphrase-stdin"))
            && !ConnectionOptions::readSecretLine(tr("Certificate passphrase: "), &secret, &error))
            return fail(asJson, name, error, QStringLiteral("bad-input"), ExitBadInput);
    } else {
        profile.method = SignInMethod::DeviceCode;
        kind = SecretKind::RefreshToken;
    }
    if (QString problem = profile.check(); !problem.isEmpty())
        return fail(asJson, name, problem, QStringLiteral("bad-input"), ExitBadInput);

    // Sign in first: nothing is saved unless the credentials work.
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    KeychainSecretStore store;
    ProfileSignIn signIn(&client, &store);
    if (QString problem = client.configure(profile.connection); !problem.isEmpty())
        return fail(asJson, name, problem, QStringLiteral("bad-input"), ExitBadInput);
    ApiError signInError;
    if (profile.method == SignInMethod::DeviceCode) {
        DeviceCodeFlow flow(&manager, &client.tls());
        QJsonObject reply;
        QObject::connect(&flow, &DeviceCodeFlow::codeReady, [](const DeviceCodeFlow::Code &code) {
            err() << tr("To sign in, open %1 and enter the code %2 (valid for %n minute(s)).", nullptr,
                        (code.expiresInSeconds + 59) / 60)
                         .arg(code.verificationUri.toString(), code.userCode)
                  << QByteArray("\n");
        });
        QObject::connect(&flow, &DeviceCodeFlow::succeeded, [&reply](const QJsonObject &r) { reply = r; });
        QObject::connect(&flow, &DeviceCodeFlow::failed, [&signInError](const ApiError &e) { signInError = e; });
        flow.start(profile.connection);
        if (flow.isRunning()) {
            QEventLoop loop;
            QObject::connect(&flow, &DeviceCodeFlow::succeeded, &loop, &QEventLoop::quit);
            QObject::connect(&flow, &DeviceCodeFlow::failed, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!signInError.isError()) {
            // The profile's old entries go first; adopting the reply stores the new refresh token.
            if (const SecretError e = signOutSync(signIn, name); e.isError())
                return fail(asJson, name, e.message(), e.code(), ExitSignInFailed);
            signIn.adoptInteractive(profile, reply);
            waitFor(&signIn, &ProfileSignIn::finished);
            if (signIn.secretError().isError())
                return fail(asJson, name, signIn.secretError().message(), signIn.secretError().code(),
                            ExitSignInFailed);
            signInError = signIn.apiError();
            profile = signIn.profile();
        }
    } else {
        if (profile.method == SignInMethod::ClientSecret) {
            client.tokens()->setClientSecret(secret);
        } else {
            auto certificate = std::make_shared<ClientCertificate>();
            if (QString problem = certificate->load(profile.certificatePath, secret); !problem.isEmpty())
                return fail(asJson, name, problem, QStringLiteral("bad-input"), ExitBadInput);
            client.tokens()->setClientCertificate(certificate);
        }
        ApiCall *call = client.signIn();
        if (!call->isFinished())
            waitFor(call, &ApiCall::finished);
        signInError = call->result().error;
        delete call;
    }
    if (signInError.isError()) {
        secret.fill('\0');
        return fail(asJson, name, signInError.message(), signInError.code(), exitCodeFor(signInError));
    }

    // Replace whatever the profile had, then keep the new secret.
    if (profile.method != SignInMethod::DeviceCode) {
        if (const SecretError e = signOutSync(signIn, name); e.isError()) {
            secret.fill('\0');
            return fail(asJson, name, e.message(), e.code(), ExitSignInFailed);
        }
    }
    if (!secret.isEmpty()) {
        const SecretError e = storeSync(signIn, profile, kind, secret);
        secret.fill('\0');
        if (e.isError())
            return fail(asJson, name, e.message(), e.code(), ExitSignInFailed);
    }
    ProfileStore profiles;
    profiles.save(profile);
    profiles.setLastUsed(name);

    const TokenClaims claims = client.tokenClaims();
    if (asJson) {
        out() << json(QJsonObject{
            {QStringLiteral("profile"), name},
            {QStringLiteral("cloud"), CloudEndpoints::name(profile.connection.cloud)},
            {QStringLiteral("tenant"), profile.connection.tenantId},
            {QStringLiteral("clientId"), profile.connection.clientId},
            {QStringLiteral("method"), Profile::methodName(profile.method)},
            {QStringLiteral("account"), profile.account},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(claims.permissions())},
            {QStringLiteral("canImport"), claims.canImport()},
        }) << QByteArray("\n");
        return ExitOk;
    }
    out() << tr("Signed in as profile \"%1\" (tenant %2). The secret is kept in the system keychain (%3).")
                 .arg(name, profile.connection.tenantId, SecretError::storeName())
          << QByteArray("\n");
    out() << tr("Permissions: %1")
                 .arg(claims.permissions().isEmpty() ? tr("none") : claims.permissions().join(QStringLiteral(", ")))
          << QByteArray("\n");
    if (!claims.canImport())
        err() << tr("Warning: the token carries neither Ti.ReadWrite nor Ti.ReadWrite.All, so importing will fail. "
                    "Grant the WindowsDefenderATP permission to the app registration (with admin consent).")
              << QByteArray("\n");
    return ExitOk;
}

int ProfileCommands::logout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), tr("The profile to sign out."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("forget"), tr("Also delete the profile's settings.")});
    QString error;
    if (!parse(parser, QStringLiteral("logout"), arguments, &error))
        return usageError(error);
    const QString name = parser.value(QStringLiteral("profile"));
    if (name.isEmpty())
        return usageError(tr("logout needs --profile NAME."));
    ProfileStore profiles;
    KeychainSecretStore store;
    const bool known = profiles.load(name).has_value() || !SecretKeys::keysOfProfile(name, store.keys()).isEmpty();
    if (!known)
        return fail(false, name, tr("There is no profile \"%1\".").arg(name), QStringLiteral("bad-input"),
                    ExitBadInput);
    QNetworkAccessManager manager;
    ApiClient client(&manager);
    ProfileSignIn signIn(&client, &store);
    if (const SecretError e = signOutSync(signIn, name); e.isError())
        return fail(false, name, tr("The profile's secrets could not be removed: %1").arg(e.message()), e.code(),
                    ExitSignInFailed);
    if (parser.isSet(QStringLiteral("forget")))
        profiles.remove(name);
    out() << (parser.isSet(QStringLiteral("forget"))
                  ? tr("Signed out of \"%1\" and deleted the profile.").arg(name)
                  : tr("Signed out of \"%1\": its secrets were removed from the system keychain.").arg(name))
          << QByteArray("\n");
    return ExitOk;
}

int ProfileCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object instead of text.")});
    QString error;
    if (!parse(parser, QStringLiteral("profiles"), arguments, &error))
        return usageError(error);
    ProfileStore profiles;
    const QStringList index = KeychainSecretStore().keys();
    const QString last = profiles.lastUsed();
    QJsonArray all;
    for (const QString &name : profiles.names()) {
        const std::optional<Profile> p = profiles.load(name);
        if (!p)
            continue;
        const bool stored = !SecretKeys::keysOfProfile(name, index).isEmpty();
        all.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("cloud"), CloudEndpoints::name(p->connection.cloud)},
            {QStringLiteral("apiUrl"), p->connection.apiUrl.toString()},
            {QStringLiteral("loginUrl"), p->connection.loginUrl.toString()},
            {QStringLiteral("tenant"), p->connection.tenantId},
            {QStringLiteral("clientId"), p->connection.clientId},
            {QStringLiteral("method"), Profile::methodName(p->method)},
            {QStringLiteral("account"), p->account},
            {QStringLiteral("signedIn"), stored},
            {QStringLiteral("lastUsed"), name == last},
        });
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << json(QJsonObject{{QStringLiteral("profiles"), all}}) << QByteArray("\n");
        return ExitOk;
    }
    for (const auto &v : std::as_const(all)) {
        const QJsonObject o = v.toObject();
        //: one profile per line: name, cloud, tenant, API address, sign-in method, state
        out() << tr("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(o.value(QLatin1String("name")).toString(), o.value(QLatin1String("cloud")).toString(),
                          o.value(QLatin1String("tenant")).toString(), o.value(QLatin1String("apiUrl")).toString(),
                          o.value(QLatin1String("method")).toString(),
                          o.value(QLatin1String("signedIn")).toBool() ? tr("signed in") : tr("signed out"))
              << QByteArray("\n");
    }
    out() << tr("%n profile(s)", nullptr, static_cast<int>(all.size())) << QByteArray("\n");
    return ExitOk;
}

} // namespace im::cli
