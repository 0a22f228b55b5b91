// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/document/BulkEdit.h"

#include <QDialog>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace im {

class ExpirationEditor;

// Sets action, severity, expiration, device groups, Generate alert, title, description, recommended actions
// and category on every selected row at once.
// Only the ticked fields change; the whole edit is one undo step.
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(int rows, QWidget *parent = nullptr);

    [[nodiscard]] BulkEdit edit() const;

    // For tests and keyboard users: the check box that enables each field.
    [[nodiscard]] QCheckBox *actionCheckBox() const { return m_actionCheck; }
    [[nodiscard]] QComboBox *actionComboBox() const { return m_actionCombo; }
    [[nodiscard]] QCheckBox *severityCheckBox() const { return m_severityCheck; }
    [[nodiscard]] QComboBox *severityComboBox() const { return m_severityCombo; }

protected:
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    int m_rows;
    QLabel *m_intro;
    QCheckBox *m_actionCheck;
    QComboBox *m_actionCombo;
    QCheckBox *m_severityCheck;
    QComboBox *m_severityCombo;
    QCheckBox *m_expirationCheck;
    ExpirationEditor *m_expirationEditor;
    QCheckBox *m_groupsCheck;
    QComboBox *m_groupsModeCombo;
    QLineEdit *m_groupsEdit;
    QCheckBox *m_alertCheck;
    QComboBox *m_alertCombo;
    // Title, Description, Recommended actions (line edits) and Category (a combo box).
    std::vector<std::pair<Field, QCheckBox *>> m_textChecks;
    std::vector<QLineEdit *> m_textEdits;
    QComboBox *m_categoryCombo;
    QDialogButtonBox *m_buttons;
};

} // namespace im
