// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace im {

class ApiClient;

namespace ownership {
// Microsoft Defender for Cloud Apps' app registration: the createdBy of the indicators it makes for
// unsanctioned apps. Not in the API's documentation (shared/spec §1.2 lists only Portal and PublicApi).
inline constexpr const char *kCloudAppsAppId = "05a65629-4c1b-48c1-a78b-804c4abdd4af";
inline constexpr const char *kCloudAppsName = "Microsoft Defender for Cloud Apps";
} // namespace ownership

// Who made an indicator, as List reports it.
struct Creator
{
    QString createdBy;   // the app id, or the user's sign-in name
    QString displayName; // createdByDisplayName
    QString source;      // createdBySource: "Portal", "PublicApi", others undocumented
    QString sourceType;  // "User" or "AadApp"

    static Creator fromListItem(const QJsonObject &item);
};

// Whose an indicator is. The one rule (README, "Ownership"), in this order:
//  1. Ours: createdBy is, ignoring case, the client id of this app registration (the profile's, or the
//     token's appid) or the name of the signed-in user.
//  2. Portal: made by a person: createdBySource "Portal" or sourceType "User".
//  3. Defender for Cloud Apps: createdBy is its app id, or createdByDisplayName or createdBySource
//     names Cloud App Security or Defender for Cloud Apps.
//  4. Another app: everything else (another app registration or tool).
// Only ours is ever deleted in bulk (delete, sync, the tenant view's default); the others are marked
// and deleted only when picked one by one.
class Ownership
{
    Q_DECLARE_TR_FUNCTIONS(Ownership)

public:
    enum class Kind { Ours, Portal, CloudApps, OtherApp };

    Ownership() = default;
    // Our identities: app ids and user names (empty ones are ignored).
    explicit Ownership(const QStringList &identities);
    // The client id of the client's settings, and the appid and user name of its token.
    static Ownership of(const ApiClient &client);

    [[nodiscard]] Kind classify(const Creator &creator) const;
    [[nodiscard]] bool isOurs(const Creator &creator) const { return classify(creator) == Kind::Ours; }
    [[nodiscard]] const QStringList &identities() const { return m_identities; }

    // The kind's name in JSON and on the command line: ours, portal, cloud-apps, other-app.
    static QString name(Kind kind);
    static bool fromName(const QString &name, Kind *kind);
    // The kind in words, for the tenant view and the CLI's list.
    static QString label(Kind kind);

private:
    QStringList m_identities;
};

} // namespace im
