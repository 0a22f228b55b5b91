// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/Profile.h"

#include <QStringList>

#include <optional>

namespace im {

// Saved profiles in QSettings (group "profiles"), several side by side, plus which one was used last.
// It stores addresses, IDs, the sign-in method and the certificate's path: nothing secret.
class ProfileStore
{
public:
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);

    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &name);
};

} // namespace im
