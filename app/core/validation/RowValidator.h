// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"
#include "core/validation/IssueCode.h"

namespace im {

// The rules of shared/spec §1-2 that look at one row on its own (duplicates need the whole table:
// see DuplicateIndex). Stateless apart from the clock, so rows can be checked on several threads.
class RowValidator
{
public:
    // nowMsecs: the time expirations are compared with (UTC milliseconds since the epoch).
    explicit RowValidator(qint64 nowMsecs);

    [[nodiscard]] IssueSet validate(const IndicatorTable::Cells &cells) const;
    [[nodiscard]] qint64 now() const { return m_now; }

    static qint64 currentTime();

private:
    void checkValue(IndicatorType type, QByteArrayView value, IssueSet &issues) const;
    void checkHash(IndicatorType type, QByteArrayView value, IssueSet &issues) const;
    void checkCertificate(QByteArrayView value, IssueSet &issues) const;
    void checkIp(QByteArrayView value, IssueSet &issues) const;
    void checkDomain(QByteArrayView value, IssueSet &issues) const;
    void checkUrl(QByteArrayView value, IssueSet &issues) const;

    qint64 m_now;
};

// A helper shared by the rules and the fixes: the value with surrounding white space removed.
QByteArrayView trimmedValue(QByteArrayView value);

} // namespace im
