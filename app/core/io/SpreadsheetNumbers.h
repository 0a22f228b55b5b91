// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace im {

// What a workbook cell's number format makes of its number. A spreadsheet stores dates, times and (in
// LibreOffice's files) booleans as plain numbers and tells them apart only by the cell's number format,
// so the reader needs the format to give the text the analyst sees.
enum class NumberKind {
    Number,
    Date,    // a calendar date, perhaps with a time of day
    Time,    // a time of day only
    Boolean, // a format such as "TRUE";"TRUE";"FALSE"
};

// ECMA-376 Part 1, 18.8.30: built-in format ids and custom format codes.
NumberKind numberKind(int formatId, QStringView formatCode);

// The cell's number as text for its kind: a date as an ISO 8601 date-time, a time as hh:mm:ss, a boolean
// as true or false, anything else (or a number out of the calendar's range) as written.
// [CHOICE] A spreadsheet date has no time zone; it is taken as UTC, the same as a date typed into a CSV
// file, and written as 2027-06-30T00:00:00Z.
// `date1904`: the workbook counts days from 1904-01-01 (workbookPr date1904) instead of 1900-01-00.
QString numberText(const QString &number, NumberKind kind, bool date1904);

} // namespace im
