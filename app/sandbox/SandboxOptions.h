// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/UndocumentedChoices.h"
#include "sandbox/UserSignIns.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace im::sandbox {

// Everything indicator-sandbox can be told on its command line.
struct SandboxOptions
{
    quint16 port = 0;       // 0: pick a free one
    QString tlsCertificate; // PEM, optionally with the chain
    QString tlsKey;         // PEM, unencrypted
    double timeScale = 1.0; // rate windows and Retry-After are divided by it
    QString statePath;      // keep the tenant in this file across restarts
    int seed = 0;           // indicators to create at start when the tenant is empty
    int seedOthers = 0;     // indicators from each other creator (portal, Cloud Apps, another app) at start
    QStringList faults;     // FaultInjector specs
    quint32 faultSeed = 1;
    QString appsFile; // more app registrations (JSON)
    QString tenantId;
    int tokenLifetimeSeconds = choices::kTokenLifetimeSeconds;
    int expiryLagSeconds = 0;
    bool control = false;        // serve /_sandbox/ for tests
    QStringList appCertificates; // "CLIENT_ID=PEM file": register a certificate for an app
    UserSignIns::Settings users; // how the emulated user answers delegated sign-ins
    // Switches for the service's undocumented behaviour (UndocumentedChoices.h, "Switches").
    bool noUpsert = false;       // every Import or Submit row creates a new indicator
    int pageSize = 0;            // List pages hold at most this many, with @odata.nextLink; 0: no cap
    bool echoNormalised = false; // Import results echo the value as the service normalises it
    bool strictBody = false;     // a wrong-cased or unknown property or a wrong type fails the whole body (400)
};

// Parses the command line into SandboxOptions, with translated help and errors.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)

public:
    enum class Result { Run, Exit, Error };
    static Result parse(const QStringList &arguments, SandboxOptions *options, QString *message);
};

} // namespace im::sandbox
