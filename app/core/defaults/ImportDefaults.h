// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/RowEdit.h"
#include "core/indicator/IndicatorField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace im {

class IndicatorTable;

// What to put in the cells a file leaves empty, asked once for all rows (as the portal's "add indicators"
// form does): action, severity, title and description templates, expiration, generate alert, device
// groups, category, recommended actions. A default never overwrites a value the file has.
//
// Title and description are templates: {source} is the file's name, {type} the row's indicator type,
// {value} its value, {line} its line in the file ({page} and {line} its page and the line on that page
// for a PDF report), {context} the sentence or object it was read from (empty for rows from a table).
// The expiration is a number of days from now ("30d",
// "90d", "180d"), "none" (no expiration), or a date-time written into every empty cell as it is.
class ImportDefaults
{
    Q_DECLARE_TR_FUNCTIONS(ImportDefaults)

public:
    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }
    [[nodiscard]] QString value(Field field) const { return m_values.value(field); }
    [[nodiscard]] const QMap<Field, QString> &values() const { return m_values; }

    // Sets one default by its API field name (case-insensitive) or alias ("expiration", "deviceGroups",
    // "rbacGroups", "mitre"); an empty value removes it. Returns false with a translated *error for a
    // field that takes no default or a value that cannot be one.
    bool set(const QString &field, const QString &value, QString *error);
    // "FIELD=VALUE", as --set takes it.
    bool setAssignment(const QString &assignment, QString *error);

    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<ImportDefaults> fromJson(const QJsonObject &object, QString *error);
    // A JSON file with one object of FIELD: VALUE.
    static std::optional<ImportDefaults> fromFile(const QString &path, QString *error);

    // Fills the empty cells of every row; returns how many cells were filled. nowMsecs dates "30d".
    int apply(IndicatorTable &table, const QString &source, qint64 nowMsecs) const;
    // The same as edits of the rows that change, for one undo step in the grid.
    RowEdits edits(const IndicatorTable &table, const QString &source, qint64 nowMsecs) const;
    // Rows that leave a field the API requires (action, title, description) empty.
    static int rowsLackingRequired(const IndicatorTable &table);

    // The fields a default can be given for, by API name, in the order the dialog shows them.
    static const QList<Field> &fields();
    // The expiration presets, in days (0: none).
    static QList<int> expirationPresets() { return {30, 90, 180, 0}; }
    // An expiration as a default takes it: "30d" (days from now), "none", or a date-time. Returns its
    // canonical form ("30d", "none", "2027-01-31T00:00:00Z"), or an empty string with a translated
    // *error when it is none of these.
    static QString canonicalExpiration(const QString &value, QString *error);
    // The cell a canonical expiration writes at nowMsecs (0: now): a date-time, empty for none.
    static QString expirationCell(const QString &canonical, qint64 nowMsecs);

private:
    QMap<Field, QString> m_values;
};

// Named presets, saved in the settings under importDefaults/presets.
namespace DefaultsPresets {
QStringList names(QSettings &settings);
std::optional<ImportDefaults> load(QSettings &settings, const QString &name);
void save(QSettings &settings, const QString &name, const ImportDefaults &defaults);
void remove(QSettings &settings, const QString &name);
} // namespace DefaultsPresets

} // namespace im
