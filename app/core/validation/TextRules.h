// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Free text (titles, descriptions, recommended actions): whitespace, control and direction characters,
// formula-like starts, and length as Defender counts it.
namespace im::rules {

bool hasSurroundingWhitespace(QByteArrayView text);
// C0/C1 controls and DEL (tab and line breaks allowed when multiLine), and the bidirectional
// embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069) that can disguise text.
bool hasControlCharacters(QByteArrayView text, bool multiLine);
QByteArray stripControlCharacters(QByteArrayView text, bool multiLine);
// Text a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ first, after any spaces,
// including the full-width forms East Asian input methods type, or a leading tab or CR.
bool startsLikeFormula(QByteArrayView text);
qsizetype utf16Length(QByteArrayView utf8);

} // namespace im::rules
