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
// Results are matched on `indicator`, the echo of the submitted value, compared in valueKey()'s form
// so that an echo the service normalised (letter case, IPv6 form, punycode, trailing slash or dot)
// still finds its row. That is only unambiguous when no two rows of a batch share a value, so the
// engine never puts two such rows in one batch. Positions are trusted only when the reply has exactly
// one result per row and every echo we recognise sits at its own row's position: then a result whose
// echo we cannot tie to a row is its position's. Otherwise the order is undocumented and not used.
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
