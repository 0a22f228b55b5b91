// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues are attached to this otherwise empty object library as Qt resources.
