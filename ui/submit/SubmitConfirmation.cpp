// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/SubmitConfirmation.h"

#include "core/batch/BatchPlanner.h"
#include "core/net/ApiClient.h"
#include "ui/common/MessageBox.h"

#include <QLocale>

namespace im {

bool SubmitConfirmation::ask(QWidget *parent, const ApiClient &client, const QString &profile, const BatchPlan &plan)
{
    const QLocale locale;
    const auto n = [&locale](qint64 value) { return locale.toString(value); };
    const ConnectionSettings &settings = client.settings();
    const QString host = settings.apiUrl.port() > 0
                             ? QStringLiteral("%1:%2").arg(settings.apiUrl.host()).arg(settings.apiUrl.port())
                             : settings.apiUrl.host();
    const QString where = profile.isEmpty()
                              //: %1 tenant ID, %2 API host
                              ? tr("tenant %1 (%2)").arg(settings.tenantId, host)
                              //: %1 profile name, %2 tenant ID, %3 API host
                              : tr("profile %1, tenant %2 (%3)").arg(profile, settings.tenantId, host);
    MessageBox::Question question;
    question.icon = QMessageBox::Question;
    question.title = tr("Submit to the Tenant");
    question.text = tr("Send %n row(s) to %1?", nullptr, plan.sendable()).arg(where);
    question.objectName = QStringLiteral("submitConfirmation");
    question.standardButtons = QMessageBox::Cancel;
    QStringList details;
    details << tr("New indicators: %1; updates: %2.").arg(n(plan.newIndicators), n(plan.updates))
            << tr("Active indicators: %1 now, %2 after, of %3 allowed.")
                   .arg(n(plan.activeBefore), n(plan.activeAfter), n(plan.limit))
            << tr("Import calls: %1, at 30 calls a minute.").arg(n(plan.calls));
    if (plan.excluded() > 0)
        details << tr("Not sent: %1 with errors, %2 repeats, %3 unchanged in the tenant, %4 already imported, "
                      "%5 left out by you, %6 beyond the quota.")
                       .arg(n(plan.excludedInvalid), n(plan.excludedDuplicate), n(plan.excludedUnchanged),
                            n(plan.excludedSucceeded), n(plan.excludedByUser), n(plan.excludedOverLimit));
    question.informativeText = details.join(QLatin1Char('\n'));
    const QString send = QStringLiteral("confirmSubmitButton");
    question.buttons = {{tr("&Send"), QMessageBox::AcceptRole, send}};
    question.defaultButton = QMessageBox::Cancel;
    return MessageBox::instance().ask(parent, question) == send;
}

} // namespace im
