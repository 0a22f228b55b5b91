// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulk/BulkEditDialog.h"

#include "grid/ExpirationEditor.h"
#include "indicator/EnumLabels.h"
#include "indicator/IndicatorEnums.h"
#include "validation/IssueMessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace im {

BulkEditDialog::BulkEditDialog(int rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
    , m_intro(new QLabel(this))
    , m_actionCheck(new QCheckBox(this))
    , m_actionCombo(new QComboBox(this))
    , m_severityCheck(new QCheckBox(this))
    , m_severityCombo(new QComboBox(this))
    , m_expirationCheck(new QCheckBox(this))
    , m_expirationEditor(new ExpirationEditor(this))
    , m_groupsCheck(new QCheckBox(this))
    , m_groupsModeCombo(new QComboBox(this))
    , m_groupsEdit(new QLineEdit(this))
    , m_alertCheck(new QCheckBox(this))
    , m_alertCombo(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));

    m_actionCheck->setObjectName(QStringLiteral("actionCheckBox"));
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    for (Action a : {Action::Allowed, Action::Audit, Action::Warn, Action::Block, Action::BlockAndRemediate})
        m_actionCombo->addItem(QString(), QString::fromLatin1(apiName(a)));
    m_actionCombo->setCurrentIndex(3);

    m_severityCheck->setObjectName(QStringLiteral("severityCheckBox"));
    m_severityCombo->setObjectName(QStringLiteral("severityComboBox"));
    for (int s = 1; s < SeverityCount; ++s)
        m_severityCombo->addItem(QString(), QString::fromLatin1(apiName(static_cast<Severity>(s))));
    m_severityCombo->setCurrentIndex(2);

    m_expirationCheck->setObjectName(QStringLiteral("expirationCheckBox"));
    m_expirationEditor->setText(
        QDateTime::currentDateTimeUtc().addDays(90).toString(QStringLiteral("yyyy-MM-ddT00:00:00Z")));

    m_groupsCheck->setObjectName(QStringLiteral("deviceGroupsCheckBox"));
    m_groupsModeCombo->setObjectName(QStringLiteral("deviceGroupsModeComboBox"));
    for (BulkEdit::ListMode mode : {BulkEdit::ListMode::Replace, BulkEdit::ListMode::Add, BulkEdit::ListMode::Remove})
        m_groupsModeCombo->addItem(QString(), static_cast<int>(mode));
    m_groupsEdit->setObjectName(QStringLiteral("deviceGroupsLineEdit"));

    m_alertCheck->setObjectName(QStringLiteral("generateAlertCheckBox"));
    m_alertCombo->setObjectName(QStringLiteral("generateAlertComboBox"));
    m_alertCombo->addItem(QStringLiteral("true"), QStringLiteral("true"));
    m_alertCombo->addItem(QStringLiteral("false"), QStringLiteral("false"));

    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(m_actionCheck, 0, 0);
    grid->addWidget(m_actionCombo, 0, 1, 1, 2);
    grid->addWidget(m_severityCheck, 1, 0);
    grid->addWidget(m_severityCombo, 1, 1, 1, 2);
    grid->addWidget(m_expirationCheck, 2, 0);
    grid->addWidget(m_expirationEditor, 2, 1, 1, 2);
    grid->addWidget(m_groupsCheck, 3, 0);
    grid->addWidget(m_groupsModeCombo, 3, 1);
    grid->addWidget(m_groupsEdit, 3, 2);
    grid->addWidget(m_alertCheck, 4, 0);
    grid->addWidget(m_alertCombo, 4, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    m_buttons->setObjectName(QStringLiteral("bulkEditButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QCheckBox *check : {m_actionCheck, m_severityCheck, m_expirationCheck, m_groupsCheck, m_alertCheck})
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateEnabled();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

// After the base class: it passes LanguageChange on to the button box, which resets the standard
// buttons' texts, and the Ok button reads "Apply" here.
bool BulkEditDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void BulkEditDialog::retranslateUi()
{
    setWindowTitle(tr("Edit %n Row(s)", nullptr, m_rows));
    setAccessibleName(windowTitle());
    m_intro->setText(tr("Tick the fields to set on all %n selected row(s). The others stay as they are.", nullptr, m_rows));
    m_actionCheck->setText(IssueMessages::fieldLabel(Field::Action));
    m_actionCombo->setAccessibleName(IssueMessages::fieldLabel(Field::Action));
    for (int i = 0; i < m_actionCombo->count(); ++i)
        m_actionCombo->setItemText(i, EnumLabels::choice(parseAction(m_actionCombo->itemData(i).toByteArray())));
    m_severityCheck->setText(IssueMessages::fieldLabel(Field::Severity));
    m_severityCombo->setAccessibleName(IssueMessages::fieldLabel(Field::Severity));
    for (int i = 0; i < m_severityCombo->count(); ++i)
        m_severityCombo->setItemText(i, EnumLabels::choice(parseSeverity(m_severityCombo->itemData(i).toByteArray())));
    m_expirationCheck->setText(IssueMessages::fieldLabel(Field::ExpirationTime));
    m_groupsCheck->setText(IssueMessages::fieldLabel(Field::RbacGroupNames));
    m_groupsModeCombo->setAccessibleName(tr("How to change the device groups"));
    m_groupsModeCombo->setItemText(0, tr("Replace with"));
    m_groupsModeCombo->setItemText(1, tr("Add"));
    m_groupsModeCombo->setItemText(2, tr("Remove"));
    m_groupsEdit->setAccessibleName(IssueMessages::fieldLabel(Field::RbacGroupNames));
    m_groupsEdit->setPlaceholderText(tr("Group names, separated by commas"));
    m_alertCheck->setText(IssueMessages::fieldLabel(Field::GenerateAlert));
    m_alertCombo->setAccessibleName(IssueMessages::fieldLabel(Field::GenerateAlert));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
}

void BulkEditDialog::updateEnabled()
{
    m_actionCombo->setEnabled(m_actionCheck->isChecked());
    m_severityCombo->setEnabled(m_severityCheck->isChecked());
    m_expirationEditor->setEnabled(m_expirationCheck->isChecked());
    m_groupsModeCombo->setEnabled(m_groupsCheck->isChecked());
    m_groupsEdit->setEnabled(m_groupsCheck->isChecked());
    m_alertCombo->setEnabled(m_alertCheck->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!edit().isEmpty());
}

BulkEdit BulkEditDialog::edit() const
{
    BulkEdit e;
    if (m_actionCheck->isChecked())
        e.action = m_actionCombo->currentData().toString();
    if (m_severityCheck->isChecked())
        e.severity = m_severityCombo->currentData().toString();
    if (m_expirationCheck->isChecked()) {
        // The editor returns the cell it was given ("") until touched; build the value it shows.
        e.expirationTime = m_expirationEditor->isNever() ? QString() : m_expirationEditor->text();
    }
    if (m_groupsCheck->isChecked()) {
        e.deviceGroups = Indicator::splitList(m_groupsEdit->text());
        e.deviceGroupsMode = static_cast<BulkEdit::ListMode>(m_groupsModeCombo->currentData().toInt());
    }
    if (m_alertCheck->isChecked())
        e.generateAlert = m_alertCombo->currentData().toString();
    return e;
}

} // namespace im
