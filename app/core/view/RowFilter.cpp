// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/view/RowFilter.h"

namespace im {

bool RowFilter::narrows(const RowFilter &wider) const
{
    if (status != wider.status || type != wider.type || problem != wider.problem || result != wider.result
        || failureReason != wider.failureReason || outcomes != wider.outcomes)
        return false;
    return text.trimmed().contains(wider.text.trimmed(), Qt::CaseInsensitive);
}

} // namespace im
