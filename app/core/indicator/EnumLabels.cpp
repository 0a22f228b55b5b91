// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicator/EnumLabels.h"

namespace im {

namespace {

QString withApiValue(const QString &label, const char *api)
{
    const QString value = QString::fromLatin1(api);
    return label == value ? value : QStringLiteral("%1 (%2)").arg(label, value);
}

} // namespace

QString EnumLabels::label(Action action)
{
    // English labels are the API values, which the portal's CSV template and analysts' scripts use.
    switch (action) {
    case Action::Allowed: return tr("Allowed", "action value");
    case Action::Audit: return tr("Audit", "action value");
    case Action::Warn: return tr("Warn", "action value");
    case Action::Block: return tr("Block", "action value");
    case Action::BlockAndRemediate: return tr("BlockAndRemediate", "action value");
    default: return QString::fromLatin1(apiName(action));
    }
}

QString EnumLabels::label(Severity severity)
{
    switch (severity) {
    case Severity::Informational: return tr("Informational", "severity value");
    case Severity::Low: return tr("Low", "severity value");
    case Severity::Medium: return tr("Medium", "severity value");
    case Severity::High: return tr("High", "severity value");
    default: return QString::fromLatin1(apiName(severity));
    }
}

QString EnumLabels::choice(Action action)
{
    return withApiValue(label(action), apiName(action));
}

QString EnumLabels::choice(Severity severity)
{
    return withApiValue(label(severity), apiName(severity));
}

} // namespace im
