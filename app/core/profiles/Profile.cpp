// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/Profile.h"

#include <QFileInfo>

namespace im {

QString Profile::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with a space.");
    if (name.size() > 64)
        return tr("A profile name has at most 64 characters.");
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A profile name cannot contain control characters.");
    }
    return {};
}

QString Profile::check() const
{
    if (QString e = checkName(name); !e.isEmpty())
        return e;
    if (QString e = connection.check(); !e.isEmpty())
        return e;
    if (method == SignInMethod::Certificate && certificatePath.isEmpty())
        return tr("Choose the certificate file (PEM or PFX) of the app registration.");
    if (method == SignInMethod::Certificate && !QFileInfo(certificatePath).isReadable())
        return tr("Cannot read the certificate file %1.").arg(certificatePath);
    return {};
}

QString Profile::methodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::ClientSecret: return QStringLiteral("client-secret");
    case SignInMethod::Certificate: return QStringLiteral("certificate");
    case SignInMethod::DeviceCode: return QStringLiteral("device-code");
    case SignInMethod::Browser: return QStringLiteral("browser");
    }
    return {};
}

std::optional<SignInMethod> Profile::methodFromName(const QString &text)
{
    for (SignInMethod m :
         {SignInMethod::ClientSecret, SignInMethod::Certificate, SignInMethod::DeviceCode, SignInMethod::Browser}) {
        if (methodName(m) == text)
            return m;
    }
    return std::nullopt;
}

QString Profile::methodDisplayName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::ClientSecret: return tr("App registration with a client secret");
    case SignInMethod::Certificate: return tr("App registration with a certificate");
    case SignInMethod::DeviceCode: return tr("My account, with a code (device code)");
    case SignInMethod::Browser: return tr("My account, in the web browser");
    }
    return {};
}

} // namespace im
