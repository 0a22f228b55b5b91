// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicator/IndicatorEnums.h"
#include "core/validation/AddressRules.h"
#include "core/validation/FieldRules.h"
#include "core/validation/HashRules.h"
#include "core/validation/HostRules.h"
#include "core/validation/TextRules.h"

#include <QByteArrayView>

// Syntax checks of single cell values, on UTF-8 bytes. They allocate nothing on the common path
// because validation runs over millions of cells. Each kind of value has its own file (hashes,
// addresses, hosts and URLs, free text, fixed-format fields); this header includes them all.
namespace im::rules {

// The type a value most likely has, after refanging and trimming; Unknown when none fits.
// 40 hex digits are taken as FileSha1 (a certificate thumbprint has the same shape); a CIDR block
// ("1.2.3.0/24") is an IpAddress, not a URL with a path, so that the CIDR rule can name the problem.
IndicatorType inferType(QByteArrayView text);

} // namespace im::rules
