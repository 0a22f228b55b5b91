// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace im {

struct BatchPlan;
class ApiClient;

// The question every submission asks before anything is sent, from Submit... and from the preview
// alike: it names the profile, the tenant and the API host, and gives the plan's figures (new
// indicators, updates, what is left out and why, the quota after). Cancel is the default button, so
// Enter never sends thousands of Block indicators by accident.
class SubmitConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(SubmitConfirmation)

public:
    static bool ask(QWidget *parent, const ApiClient &client, const QString &profile, const BatchPlan &plan);
};

} // namespace im
