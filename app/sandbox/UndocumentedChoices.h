// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Every behaviour of indicator-sandbox that Microsoft does not document ([UNDOC] and [CONFLICT] in
// shared/spec/indicators-api.md), decided once, here. The code refers to these names; the README's
// "The sandbox" section lists the same choices. Keep the three in step.
namespace im::sandbox::choices {

// §7 Upsert key: indicatorType + normalised indicatorValue + action + set of rbacGroupNames, i.e.
// im::buildMatchingKey(..., KeyScope::WithAction). Microsoft's reply in issue #4927 names value, type
// and action; the docs show the same value living several times with different actions or device-group
// scopes, so both must be part of the key. An update keeps id, creationTimeDateTimeUtc, application
// and the creator; the request otherwise replaces every field (absent optional fields are cleared).
inline constexpr bool kUpdateReplacesAllFields = true;

// §7 Duplicates inside one Import batch: processed in order, so the second updates what the first
// created; both rows get the same id.

// §1.3 Defaults for absent fields: severity Informational, generateAlert false, expirationTime null
// (never), rbacGroupNames [] (all devices), application null.
inline constexpr const char *kDefaultSeverity = "Informational";

// §1.2 category in responses: the integer 1, as in every capture (the integer-to-name mapping is
// undocumented); a category sent in a request is validated, then not kept.
inline constexpr int kResponseCategory = 1;

// §1.3 rbacGroupNames [CONFLICT]: a JSON array of names or one comma-separated string; both accepted.

// §1.4 Legacy actions Alert and AlertAndBlock [CONFLICT]: accepted and stored as sent.

// §2 Row rules (ServiceRowRules.cpp), written from the spec, not from the editor's validator. Where
// the spec is silent: hex of either letter case; CertificateThumbprint is 40 hex digits (SHA-1); an
// IPv4 part with a leading zero and IPv6 "::" shorthand are refused; "internal" means the ranges IANA
// marks as not globally reachable (0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24,
// 192.0.2/24, 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 and above) and, for IPv6,
// everything outside 2000::/3 plus 2001:db8::/32; a domain has at least two labels of letters (IDN
// included), digits, hyphens and underscores, a trailing dot allowed; a URL needs http:// or
// https://, a valid host, at most a numeric port, and no white space or '*'; the legacy actions count
// as Audit and BlockAndRemediate for the action-per-type table, and legacy Alert needs no
// generateAlert; enum values and categories are case-sensitive, generateAlert text is not; a blank
// title or description is missing; an expirationTime with an offset is accepted, and one whose second
// has come is in the past; text of any characters is accepted up to the lengths below. The failure
// texts follow the service's style ("Hash value {x} is invalid", "Recieved an empty indicator value."
// [sic, observed]). Where the editor is stricter on purpose: DeliberateDifferences.h.
namespace rows {
inline constexpr int kMaxValueLength = 4096;
inline constexpr int kMaxTitleLength = 4000; // also application and externalID
inline constexpr int kMaxTextLength = 32768; // description, recommendedActions
} // namespace rows

// §3.4 Failed Import rows carry "id": null. Results come back in request order (faults can reorder).

// §2.1 Capacity: a Submit that would create indicator 15,001 gets 400 with "Max capacity exceeded"
// (observed); in an Import the rows that would create beyond the cap fail one by one with the same
// text, while updates in the same batch still succeed. Updates never count against the cap.
inline constexpr const char *kCapacityMessage = "Max capacity exceeded";

// §3.2 List: without $top every match is returned (at most the tenant's 15,000); @odata.nextLink is
// never sent (clients page with $skip). Results are ordered by id. String comparisons in $filter ignore
// letter case; `rbacGroupNames eq 'x'` is true when the list contains x. Unknown query options are
// ignored. $filter may use the 13 fields of the List page [CONFLICT with the shorter OData page].
inline constexpr bool kFilterIgnoresCase = true;

// §3.6 BatchDelete is all-or-nothing: one unknown id gives 404 and deletes nothing; one malformed id
// (not a string of digits) gives 400.

// §3.5 Delete of an indicator the caller cannot see (Ti.ReadWrite, not its own): 404.

// §3.1 Import permission [CONFLICT]: Ti.ReadWrite and Ti.ReadWrite.All both accepted (repository copy
// of the docs); Ti.ReadWrite only sees and updates indicators the same app created.

// §3.7 429: code "TooManyRequests" (the documented table, not the observed "429"), message in the
// observed style, Retry-After in seconds until the oldest call leaves the window. A refused call does
// not count against the limit. Under --time-scale, windows and Retry-After are divided by the scale and
// Retry-After may carry a decimal fraction ("0.250").
inline constexpr const char *kThrottleCode = "TooManyRequests";

// §4.1 Tokens: HS256 JWTs signed with a key made at start-up (a restart invalidates every token, as a
// key roll would), lifetime 3599 s, v1-style claims (iss https://sts.windows.net/<tid>/). Accepted
// audiences: the MDE resources of §4.1 and §5; any other ".default" scope gets a token without roles
// whose use gives 403, like issue #9246.
inline constexpr int kTokenLifetimeSeconds = 3599;

// §2 Expiry: an indicator is deleted when the current second reaches its expirationTime's second.
// --expiry-lag adds a delay, to emulate the propagation lag users report.

// Unknown properties in an indicator are ignored; a known property with the wrong JSON type fails that
// row ("Invalid input <property>"); property names are case-sensitive, so "IndicatorValue" is unknown
// and the row fails for the missing "indicatorValue".

// Switches: the sandbox's defaults above are kind where the real service may not be. Each of these
// command-line switches makes it behave the other way, so tests can show the client copes with both:
//   --no-upsert        every Import or Submit row creates a new indicator (repeated POSTs duplicate);
//   --page-size N      a List page holds at most N indicators whatever $top asks; while more matches
//                      follow, the page carries "@odata.nextLink": the same query with $skip moved on;
//   --echo normalised  an Import result's `indicator` is the value as stored (IndicatorsApi::normalisedEcho):
//                      lower-case hashes, compressed IPv6, lower-case punycode hosts, no trailing slash;
//   --strict-body      one property in the wrong letter case, unknown, or of the wrong JSON type (text for
//                      generateAlert included) fails the whole Import with 400 InvalidRequestBody
//                      "Request body is incorrect: Indicators[i]: ..." instead of failing only that row.

// Write calls without "Content-Type: application/json" get 415 with the error envelope.

// §4.2 A user's sign-in: a delegated Ti.ReadWrite token acts with the portal rights of the user, who in
// the sandbox may manage every indicator (sees all, like Ti.ReadWrite.All), and Delete/BatchDelete
// accept it (the docs list no delegated permission there). User tokens carry "scp" (space-separated
// permission names) and "upn"; a refresh token comes only with offline_access and stays valid after
// use (Entra rotates, but does not revoke the old one at once). The emulated user answers a device
// code after --device-code-polls polls, or at once in the browser; the demo app allows public client
// flows.
inline constexpr bool kDelegatedSeesAll = true;

// §4.1 Client assertions: RS256 and PS256 both accepted [CONFLICT], the key named by x5t#S256 or x5t;
// aud must end with the tenant's token path (v2 or v1), 5 minutes of clock skew, and a jti used twice
// is refused as a replay (Entra's exact code for a replay is not documented; the sandbox says AADSTS50027).

// Creators other than the tests' own app (--seed-others, /_sandbox/seed?creators=others): an analyst in
// the portal (createdBySource "Portal", sourceType "User"), Microsoft Defender for Cloud Apps (an app:
// "PublicApi", "AadApp", with the app id core/tenant/Ownership.h recognises) and another app registration.
inline constexpr const char *kSeedPortalUser = "analyst@sandbox.invalid";
inline constexpr const char *kOtherAppId = "7d3c1b2a-0000-4000-8000-5a6e0b0c0a11";
inline constexpr const char *kOtherAppName = "Contoso SOAR";

} // namespace im::sandbox::choices
