// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvPreview.h"
#include "core/settings/RememberedMappings.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QTableView;

namespace im {

class CsvPreviewModel;

// Asks how to read a CSV file that is not the portal template: delimiter, encoding, whether the
// first row names the columns, and which column feeds which field, with a preview of the first rows.
// The choice can be remembered for every file with the same header layout.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnMappingDialog(const QString &path, const CsvPreview &preview, const std::optional<RememberedMapping> &initial,
                        QWidget *parent = nullptr);

    [[nodiscard]] RememberedMapping choice() const;
    // The header names the choice belongs to (empty for a file without a header row).
    [[nodiscard]] QStringList headers() const;
    [[nodiscard]] bool rememberChoice() const;

    [[nodiscard]] QComboBox *roleComboBox(int column) const;
    [[nodiscard]] QComboBox *delimiterComboBox() const { return m_delimiterCombo; }
    [[nodiscard]] QCheckBox *headerCheckBox() const { return m_headerCheck; }

protected:
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void fitPreview();
    void rebuildRoles(const ColumnMapping &mapping);
    void roleChanged(int column);
    void updateState();
    [[nodiscard]] std::vector<std::optional<Field>> roles() const;

    QString m_path;
    CsvPreview m_preview;
    CsvPreviewModel *m_model;
    QComboBox *m_delimiterCombo;
    QComboBox *m_encodingCombo;
    QCheckBox *m_headerCheck;
    QTableView *m_previewView;
    QWidget *m_rolesWidget;
    QGridLayout *m_rolesLayout;
    std::vector<QComboBox *> m_roleCombos;
    QComboBox *m_typeCombo;
    QLabel *m_problemLabel;
    QCheckBox *m_rememberCheck;
    QDialogButtonBox *m_buttons;
    QLabel *m_intro;
    QLabel *m_delimiterLabel;
    QLabel *m_encodingLabel;
    QGroupBox *m_rolesBox;
    QLabel *m_typeLabel;
};

} // namespace im
