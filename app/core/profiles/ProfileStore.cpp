// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileStore.h"

#include <QSettings>
#include <QUrl>

namespace im {
namespace {

// QSettings treats '/' and '\' in keys as separators: profile names are stored percent-encoded.
QString groupOf(const QString &name)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

QStringList ProfileStore::names() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("profiles"));
    QStringList names;
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups)
        names.append(QUrl::fromPercentEncoding(group.toLatin1()));
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(groupOf(name));
    if (!settings.contains(QStringLiteral("tenant")))
        return std::nullopt;
    Profile p;
    p.name = name;
    const auto cloud = CloudEndpoints::fromName(settings.value(QStringLiteral("cloud")).toString());
    p.connection = ConnectionSettings::forCloud(cloud.value_or(Cloud::Commercial));
    p.connection.apiUrl = QUrl(settings.value(QStringLiteral("apiUrl"), p.connection.apiUrl.toString()).toString());
    p.connection.loginUrl =
        QUrl(settings.value(QStringLiteral("loginUrl"), p.connection.loginUrl.toString()).toString());
    p.connection.tenantId = settings.value(QStringLiteral("tenant")).toString();
    p.connection.clientId = settings.value(QStringLiteral("clientId")).toString();
    p.connection.caFile = settings.value(QStringLiteral("caFile")).toString();
    p.method = Profile::methodFromName(settings.value(QStringLiteral("method")).toString())
                   .value_or(SignInMethod::ClientSecret);
    p.certificatePath = settings.value(QStringLiteral("certificate")).toString();
    p.account = settings.value(QStringLiteral("account")).toString();
    return p;
}

void ProfileStore::save(const Profile &p)
{
    QSettings settings;
    settings.remove(groupOf(p.name));
    settings.beginGroup(groupOf(p.name));
    settings.setValue(QStringLiteral("cloud"), CloudEndpoints::name(p.connection.cloud));
    settings.setValue(QStringLiteral("apiUrl"), p.connection.apiUrl.toString());
    settings.setValue(QStringLiteral("loginUrl"), p.connection.loginUrl.toString());
    settings.setValue(QStringLiteral("tenant"), p.connection.tenantId);
    settings.setValue(QStringLiteral("clientId"), p.connection.clientId);
    settings.setValue(QStringLiteral("method"), Profile::methodName(p.method));
    if (!p.connection.caFile.isEmpty())
        settings.setValue(QStringLiteral("caFile"), p.connection.caFile);
    if (!p.certificatePath.isEmpty())
        settings.setValue(QStringLiteral("certificate"), p.certificatePath);
    if (!p.account.isEmpty())
        settings.setValue(QStringLiteral("account"), p.account);
}

void ProfileStore::remove(const QString &name)
{
    QSettings settings;
    settings.remove(groupOf(name));
    if (lastUsed() == name)
        settings.remove(QStringLiteral("lastProfile"));
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings().setValue(QStringLiteral("lastProfile"), name);
}

} // namespace im
