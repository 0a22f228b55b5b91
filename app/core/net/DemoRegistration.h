// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app registration built into indicator-sandbox, so the app and the CLI can sign in to a local
// sandbox without any setup. These values are public and NOT secret: they open nothing but a sandbox
// on this computer, which listens on loopback only. Real tenants never accept them.
namespace im::demo {

inline constexpr const char *kTenantId = "00000000-5a4d-4b0c-8000-00000000d3a0";
inline constexpr const char *kClientId = "00000000-5a4d-4b0c-8000-0000000c11e7";
inline constexpr const char *kClientSecret = "sandbox-demo-secret-not-a-secret";
inline constexpr const char *kAppName = "Indicator Manager sandbox demo";

} // namespace im::demo
