// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace im {

// Reads an Import reply ({"value":[{id, indicator, isFailed, failureReason}]}, shared/spec §3.4) and
// gives each row of the batch its own result, whatever the order of the results and even when some
// are missing or broken.
//
// Results are matched on `indicator`, the echo of the submitted value (trimmed, compared without
// letter case). That is only unambiguous when no two rows of a batch share a value, so the engine never
// puts two such rows in one batch. Positions are not trusted: the order is undocumented.
class ImportResultMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ImportResultMatcher)

public:
    struct RowResult
    {
        enum class Kind { Missing, Succeeded, Failed, Malformed };
        Kind kind = Kind::Missing;
        QString id;     // Succeeded
        QString reason; // Failed: the service's text, verbatim. Malformed: a translated explanation.
    };

    // The key a value is matched on.
    static QString valueKey(const QString &indicatorValue);

    // `keys` are the valueKey()s of the batch's rows, in sending order. Returns false with a translated
    // reason when the reply as a whole has the wrong shape (no "value" array).
    static bool match(const QJsonObject &reply, const std::vector<QString> &keys, std::vector<RowResult> *results,
                      QString *problem);
};

} // namespace im
