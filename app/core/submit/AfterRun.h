// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/indicator/IndicatorTable.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace im {

// What follows a submission: when the indicators that succeeded are expected to take effect, what the
// devices need for them to act (shared/spec §11), and an advanced hunting query that shows whether
// they have fired. The window's after-run panel and the CLI's `import --kql` / `--json` both use it.
class AfterRun
{
    Q_DECLARE_TR_FUNCTIONS(AfterRun)

public:
    enum class Family { Files, Certificates, Network };

    struct Indicator
    {
        IndicatorType type = IndicatorType::Unknown;
        QString value; // trimmed; hashes and thumbprints in lower case
    };

    struct Expectation
    {
        Family family = Family::Files;
        int count = 0;
        QString takesEffect; // translated: the documented delay
        QString deviceNeeds; // translated: what the device must have on
    };

    // At most this many values of one list go into the query; the rest are named in a comment.
    static constexpr int kMaxValuesPerList = 5000;
    static constexpr int kLookbackDays = 7;

    // The indicators of the given table rows (those that succeeded), each value once, in row order.
    static std::vector<Indicator> indicatorsOf(const IndicatorTable &table, const std::vector<int> &rows);
    // One entry per family present, in the order files, certificates, network.
    static std::vector<Expectation> expectations(const std::vector<Indicator> &indicators);
    // The advanced hunting query (KQL); empty when there are no indicators. Not translated: it is code.
    static QString huntingQuery(const std::vector<Indicator> &indicators);
    static QString familyName(Family family);
    static QString familyKey(Family family); // data: "files", "certificates", "network"
};

} // namespace im
