// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/FailureAdvice.h"

#include <QRegularExpression>

namespace im {

FailureAdvice FailureAdvice::forReason(const QString &reason)
{
    // Patterns over the service's English text; the order matters where one text contains another.
    static const QRegularExpression missing(QStringLiteral("^Parameter (\\w+) is missing"));
    static const QRegularExpression tooLong(QStringLiteral("^Field (\\w+) exceeds the maximum length of (\\d+)"));
    static const QRegularExpression invalidFor(QStringLiteral("^Invalid input .* for (\\w+)$"));
    static const QRegularExpression badValue(
        QStringLiteral("^(Hash value|Certificate thumbprint|Ip address|Domain name|Url) .* is invalid$"));

    const QString text = reason.trimmed();
    QRegularExpressionMatch m;
    if (text == QLatin1String("Max capacity exceeded"))
        return {tr("The tenant already holds the most active indicators it may have (15,000)."),
                tr("Delete indicators the tenant no longer needs (Tenant indicators view) or let some expire, then "
                   "resubmit.")};
    if (text.startsWith(QLatin1String("Recieved an empty indicator value")))
        return {tr("The indicator value is empty."), tr("Enter the value, or delete the row.")};
    if (text.contains(QLatin1String("is not a public address")))
        return {tr("Private, loopback and other internal addresses cannot be indicators."),
                tr("Use the public address, or delete the row.")};
    if (text.contains(QLatin1String("CIDR notation is not supported")))
        return {tr("An IP indicator holds a single address, not a range."),
                tr("Enter each address of the range as its own row.")};
    if (text.startsWith(QLatin1String("Action "))
        && text.contains(QLatin1String("is not supported for indicator type")))
        return {tr("This action cannot be used with this indicator type."),
                tr("Choose one of the actions the type allows (the Action column offers only those).")};
    if (text.startsWith(QLatin1String("generateAlert must be true")))
        return {tr("An Audit indicator must raise an alert."), tr("Tick Generate alert, or choose another action.")};
    if ((m = missing.match(text)).hasMatch())
        return {tr("A required field is empty: %1.").arg(m.captured(1)), tr("Fill in %1.").arg(m.captured(1))};
    if ((m = tooLong.match(text)).hasMatch())
        return {tr("%1 is longer than the service accepts.").arg(m.captured(1)),
                tr("Shorten %1 to at most %2 characters.").arg(m.captured(1), m.captured(2))};
    if ((m = badValue.match(text)).hasMatch())
        return {tr("The indicator value is not valid for its type."),
                tr("Check the value (a hash of the right length in hexadecimal, a public IP address, a domain or a "
                   "URL) or correct the indicator type.")};
    if ((m = invalidFor.match(text)).hasMatch())
        return {tr("The service does not accept the value of %1.").arg(m.captured(1)),
                tr("Choose one of the values the %1 column offers.").arg(m.captured(1))};
    return {};
}

} // namespace im
