// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"

#include <QByteArrayView>

// File hashes and certificate thumbprints: hexadecimal digits of a fixed length.
namespace im::rules {

bool isHex(QByteArrayView text);
bool hasUppercaseHex(QByteArrayView text);
int hashLength(IndicatorType type); // 32, 40 or 64; 0 for non-hash types

} // namespace im::rules
