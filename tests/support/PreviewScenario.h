// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/Indicator.h"

#include <QtGlobal>

#include <vector>

namespace im::test {

// A file indicator as an analyst's table has it; the tenant is seeded with the same cells.
Indicator fileIndicator(int n);

// A domain that expires `hoursAhead` from now: the forecast's and the clean-up's material.
Indicator expiringDomain(int n, qint64 hoursAhead);

class SandboxProcess;

// Seeds the tenant as the scenario expects it: file indicators 1-4 and domains 1 and 2, expiring in
// about two and three days. False when the sandbox did not take them.
bool seedScenarioTenant(SandboxProcess &sandbox);

// The preview's table: 11 rows, each of a known kind against a tenant seeded with file indicators
// 1-4 (see the comments in the definition).
std::vector<Indicator> scenarioRows();

} // namespace im::test
