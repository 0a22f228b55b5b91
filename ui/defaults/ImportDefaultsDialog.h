// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/defaults/ImportDefaults.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace im {

// Asks once, for every row, what to put in the cells the file leaves empty (Edit > Import Defaults, and
// from the notice after opening a file that lacks them): action, severity, title and description
// templates, expiration, generate alert, device groups, category. Choices can be saved as named presets.
// A value the file has is never overwritten.
class ImportDefaultsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDefaultsDialog(QWidget *parent = nullptr);

    [[nodiscard]] ImportDefaults defaults() const;
    void setDefaults(const ImportDefaults &defaults);
    // How many rows lack a required field, shown at the top.
    void setRowsLacking(int rows);

private:
    void loadPreset(int index);
    void savePreset();
    void deletePreset();
    void reloadPresets(const QString &select);

    QLabel *m_summary;
    QComboBox *m_preset;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QComboBox *m_action;
    QComboBox *m_severity;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QComboBox *m_expiration;
    QComboBox *m_alert;
    QLineEdit *m_groups;
    QComboBox *m_category;
    QDialogButtonBox *m_buttons;
};

} // namespace im
