// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <vector>

namespace im::sandbox {

struct Caller;

// The indicators of the sandbox's tenant. Each is kept as the entity a List returns (the field set of
// shared/spec §1.2), with its matching key, expiry and owning app. Upsert, capacity and expiry
// follow UndocumentedChoices.h. Persisted as one JSON file, replaced atomically.
class TenantState
{
    Q_DECLARE_TR_FUNCTIONS(TenantState)

public:
    struct Stored
    {
        qint64 id = 0;
        QJsonObject entity;
        QByteArray key;
        qint64 expiresAtSecs = -1; // -1: never
        QString owner;             // app id, or "" for portal-made (seeded) indicators
    };

    enum class Upsert { Created, Updated, CapacityExceeded };

    explicit TenantState(int capacity);

    [[nodiscard]] int activeCount() const { return static_cast<int>(m_byId.size()); }
    [[nodiscard]] int capacity() const { return m_capacity; }
    // --no-upsert: every upsert() creates a new indicator (choices, "Switches").
    void setAlwaysCreate(bool alwaysCreate) { m_alwaysCreate = alwaysCreate; }

    // Creates or updates the indicator matching `indicator` (already validated) that `caller` can see.
    Upsert upsert(const Indicator &indicator, const Caller &caller, qint64 nowMs, qint64 *id);
    // Deletes indicators whose expiry second has come (minus `lagSecs`); returns how many.
    int purgeExpired(qint64 nowMs, int lagSecs);
    [[nodiscard]] const Stored *find(qint64 id) const;
    [[nodiscard]] bool isVisible(const Stored &stored, const Caller &caller) const;
    bool remove(qint64 id);
    void clear();

    // Visits every indicator in id order.
    template<typename Fn>
    void forEach(Fn fn) const
    {
        for (const auto &entry : m_byId)
            fn(entry.second);
    }

    // Adds `count` portal-made indicators (as if created by a user), for tests and demos.
    void seed(int count, qint64 nowMs);
    // Adds `perCreator` indicators from each of the creators other than an API client of the test:
    // an analyst in the portal, Microsoft Defender for Cloud Apps and another app registration, with the
    // createdBy, createdByDisplayName, createdBySource and sourceType each would carry (shared/spec §1.2).
    void seedOtherCreators(int perCreator, qint64 nowMs);

    // Returns a translated message on failure.
    QString save(const QString &path) const;
    QString load(const QString &path);

    static QString timestamp(qint64 ms); // 2019-12-19T09:09:46.9130000Z, the service's 7 digits

private:
    void index(const Stored &stored);
    void unindex(const Stored &stored);
    // `creator` and `creatorName`: the caller's createdBy and display name (Caller::creatorId()).
    [[nodiscard]] QJsonObject entityFor(const Indicator &indicator, qint64 id, const QJsonObject *previous,
                                        const QString &creator, const QString &creatorName, qint64 nowMs) const;

    int m_capacity;
    bool m_alwaysCreate = false;
    qint64 m_nextId = 1;
    std::map<qint64, Stored> m_byId;
    QHash<QByteArray, QList<qint64>> m_byKey;
};

} // namespace im::sandbox
