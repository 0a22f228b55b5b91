// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Every limit the tool enforces, in one place. Values marked [DOC] come from Microsoft's documentation
// (shared/spec/indicators-api.md); values marked [CHOICE] are ours where the service is undocumented.
// The README's "Limits and choices" section lists the same values; keep the two in step.
namespace im::limits {

// [DOC] §2.1
inline constexpr int kMaxIndicatorsPerImport = 500;
inline constexpr int kMaxIdsPerBatchDelete = 500;
inline constexpr int kMaxActiveIndicatorsPerTenant = 15000;
inline constexpr int kMaxListTop = 10000;
// [DOC] §3.1: Import and BatchDelete allow 30 calls a minute; List, Submit and Delete 100 a minute and 1,500 an hour.
inline constexpr int kImportCallsPerMinute = 30;
inline constexpr int kBatchDeleteCallsPerMinute = 30;
inline constexpr int kBatchDeleteCallsPerHour = 1500;
inline constexpr int kListCallsPerMinute = 100;
inline constexpr int kListCallsPerHour = 1500;
inline constexpr int kRateWindowSeconds = 60;

// [CHOICE] Text lengths: Defender documents none. Generous enough for real feeds, small enough that a
// runaway cell (a whole file pasted into one field) is caught before the service rejects it.
inline constexpr int kMaxIndicatorValueLength = 2048; // URLs beyond 2,048 characters are not reliably usable
inline constexpr int kMaxTitleLength = 1024;
inline constexpr int kMaxDescriptionLength = 8192;
inline constexpr int kMaxRecommendedActionsLength = 8192;
inline constexpr int kMaxApplicationLength = 1024;
inline constexpr int kMaxExternalIdLength = 256;

// [CHOICE] Reader guards against hostile files: a record longer than this, or wider than this many
// columns, makes the whole file unreadable (exit code 2) instead of exhausting memory.
inline constexpr qsizetype kMaxRecordBytes = 1024LL * 1024;
inline constexpr int kMaxColumns = 512;
inline constexpr qsizetype kMaxRows = 10'000'000;
inline constexpr int kMaxJsonDepth = 64;

// [CHOICE] How the client talks to the service. Import replies are about 60 KB and a full List page
// (10,000 indicators) about 10 MB, so 64 MiB leaves room without letting a broken or hostile reply
// exhaust memory. A request that sees no byte move for a minute is given up and retried.
inline constexpr int kRequestTimeoutMs = 60 * 1000;
inline constexpr qint64 kMaxReplyBytes = 64LL * 1024 * 1024;
// [CHOICE] Retries of transient failures (5xx, timeouts, resets, unreadable replies): six attempts in
// all, pausing about 1, 2, 4, 8 and 16 s (with jitter), so a service that is down for half a minute
// costs no row; 429 answers are waited out separately, as Retry-After says, up to 8 times per call.
inline constexpr int kRetryAttempts = 6;
inline constexpr qint64 kRetryBaseDelayMs = 1000;
inline constexpr qint64 kRetryMaxDelayMs = 60LL * 1000;
inline constexpr int kMaxThrottleRetries = 8;
// [CHOICE] A row whose result is missing from replies (or unreadable) is sent again up to this many
// times before it is reported NotSent.
inline constexpr int kMaxRowResends = 5;

} // namespace im::limits
