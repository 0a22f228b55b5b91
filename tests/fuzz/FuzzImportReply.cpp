// SPDX-License-Identifier: GPL-3.0-or-later
// An Import reply ({"value":[{id, indicator, isFailed, failureReason}]}) matched to the rows of a batch,
// as the import engine does after every call: each row gets exactly one result, and every result says
// what it needs to (an id for a success, a reason for a failure or a broken result).
#include "FuzzSupport.h"

#include "core/net/ApiError.h"
#include "core/net/ReplyDecoder.h"
#include "core/submit/ImportResultMatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace im;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonObject reply;
    ApiError error;
    if (!ReplyDecoder::parseObject(fuzz::bytesOf(data, size), &reply, error))
        return 0;

    // The batch: rows whose values the reply echoes (so results do match), plus ones it does not. Keys
    // of a batch are unique, as the engine makes them.
    std::vector<QString> keys;
    QSet<QString> seen;
    auto addKey = [&](const QString &value) {
        const QString key = ImportResultMatcher::valueKey(value);
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.push_back(key);
        }
    };
    for (const QJsonValue &item : reply.value(QLatin1String("value")).toArray())
        addKey(item.toObject().value(QLatin1String("indicator")).toString());
    addKey(QStringLiteral("203.0.113.7"));
    addKey(QStringLiteral("never-echoed.example"));

    std::vector<ImportResultMatcher::RowResult> results;
    QString problem;
    const bool shaped = ImportResultMatcher::match(reply, keys, &results, &problem);
    IM_FUZZ_CHECK(results.size() == keys.size());
    if (!shaped) {
        IM_FUZZ_CHECK(!problem.isEmpty());
        IM_FUZZ_CHECK(!reply.value(QLatin1String("value")).isArray());
        return 0;
    }
    using Kind = ImportResultMatcher::RowResult::Kind;
    for (const ImportResultMatcher::RowResult &r : results) {
        switch (r.kind) {
        case Kind::Succeeded: IM_FUZZ_CHECK(!r.id.isEmpty() && r.id.size() <= 256); break;
        case Kind::Failed:
        case Kind::Malformed: IM_FUZZ_CHECK(!r.reason.isEmpty()); break;
        case Kind::Missing: IM_FUZZ_CHECK(r.id.isEmpty()); break;
        }
    }
    // A row no result names stays Missing, unless the reply has one result per row in request order
    // (ImportResultMatcher's fallback to position).
    const bool onePerRow = reply.value(QLatin1String("value")).toArray().size() == static_cast<qsizetype>(keys.size());
    IM_FUZZ_CHECK(results.back().kind == Kind::Missing || keys.back() != QStringLiteral("never-echoed.example")
                  || onePerRow);
    return 0;
}
