// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QJsonValue>
#include <QString>

namespace im::sandbox {

// One indicator of a Submit or Import body, read the way the service reads it: property names are
// case-sensitive, unknown properties are ignored, a known property with the wrong JSON type fails the
// row. The rules themselves are in ServiceRowRules.
class IndicatorRequest
{
public:
    static IndicatorRequest read(const QJsonValue &element);

    [[nodiscard]] const Indicator &indicator() const { return m_indicator; }
    // indicatorValue exactly as sent, for the `indicator` echo of an Import result.
    [[nodiscard]] const QString &echo() const { return m_echo; }

    // Empty when the service would accept the row; else its failure text and error code (the code
    // names of shared/spec §3.7, for a Submit's 400).
    [[nodiscard]] QString failure(qint64 nowMs, QString *code = nullptr) const;
    // What a strict body parser (--strict-body) refuses the whole request for: the first property of
    // this indicator that is unknown, in the wrong letter case or of the wrong JSON type; or that the
    // element is not an object. Empty when the element parses strictly.
    [[nodiscard]] QString strictProblem() const;

private:
    Indicator m_indicator;
    QString m_echo;
    QString m_typeError;       // first property with a wrong type
    QString m_unknownProperty; // first property that is unknown or in the wrong letter case
    QString m_looseType;       // first property a strict parser would not convert (text for a boolean)
    bool m_isObject = false;
};

} // namespace im::sandbox
