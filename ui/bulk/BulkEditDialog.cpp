// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkEditDialog.h"

#include "core/indicator/EnumLabels.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/validation/IssueMessages.h"
#include "core/validation/ValueRules.h"
#include "ui/common/ScreenFit.h"
#include "ui/grid/ExpirationEditor.h"

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
    , m_categoryCombo(new QComboBox(this))
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

    const std::pair<Field, const char *> texts[] = {{Field::Title, "title"},
                                                    {Field::Description, "description"},
                                                    {Field::RecommendedActions, "recommendedActions"},
                                                    {Field::Category, "category"}};
    for (const auto &[field, name] : texts) {
        auto *check = new QCheckBox(this);
        check->setObjectName(QLatin1String(name) + QLatin1String("CheckBox"));
        m_textChecks.emplace_back(field, check);
        if (field == Field::Category)
            continue;
        auto *line = new QLineEdit(this);
        line->setObjectName(QLatin1String(name) + QLatin1String("LineEdit"));
        m_textEdits.push_back(line);
        connect(line, &QLineEdit::textChanged, this, &BulkEditDialog::updateEnabled);
    }
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    for (const char *category : rules::knownCategories())
        m_categoryCombo->addItem(QString::fromLatin1(category), QString::fromLatin1(category));

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
    for (size_t i = 0; i < m_textChecks.size(); ++i) {
        const int gridRow = 5 + static_cast<int>(i);
        grid->addWidget(m_textChecks[i].second, gridRow, 0);
        grid->addWidget(i < m_textEdits.size() ? static_cast<QWidget *>(m_textEdits[i]) : m_categoryCombo, gridRow, 1,
                        1, 2);
    }
    grid->setColumnStretch(2, 1);
    m_buttons->setObjectName(QStringLiteral("bulkEditButtonBox"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QCheckBox *check : {m_actionCheck, m_severityCheck, m_expirationCheck, m_groupsCheck, m_alertCheck})
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::updateEnabled);
    for (const auto &text : m_textChecks)
        connect(text.second, &QCheckBox::toggled, this, &BulkEditDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateEnabled();
    ScreenFit::resizeWithin(this, sizeHint().expandedTo(QSize(520, 0)));
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
    m_intro->setText(
        tr("Tick the fields to set on all %n selected row(s). The others stay as they are.", nullptr, m_rows));
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
    for (size_t i = 0; i < m_textChecks.size(); ++i) {
        const QString label = IssueMessages::fieldLabel(m_textChecks[i].first);
        m_textChecks[i].second->setText(label);
        (i < m_textEdits.size() ? static_cast<QWidget *>(m_textEdits[i]) : m_categoryCombo)->setAccessibleName(label);
    }
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
    for (size_t i = 0; i < m_textChecks.size(); ++i)
        (i < m_textEdits.size() ? static_cast<QWidget *>(m_textEdits[i]) : m_categoryCombo)
            ->setEnabled(m_textChecks[i].second->isChecked());
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
    for (size_t i = 0; i < m_textChecks.size(); ++i) {
        if (m_textChecks[i].second->isChecked())
            e.texts.emplace_back(m_textChecks[i].first, i < m_textEdits.size()
                                                            ? m_textEdits[i]->text()
                                                            : m_categoryCombo->currentData().toString());
    }
    return e;
}

} // namespace im
