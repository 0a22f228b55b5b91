// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace im {

// A translated explanation and a suggested fix for the failure reasons the service is known to give
// (shared/spec §3.4 and what the sandbox reproduces). The service's own text is always shown as well,
// verbatim; this only adds to it, and an unknown reason simply gets no advice.
class FailureAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FailureAdvice)

public:
    QString explanation;
    QString fix;

    [[nodiscard]] bool isEmpty() const { return explanation.isEmpty(); }
    static FailureAdvice forReason(const QString &reason);
};

} // namespace im
