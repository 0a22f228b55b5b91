// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/defaults/ImportDefaultsDialog.h"

#include "core/indicator/EnumLabels.h"
#include "core/indicator/IndicatorEnums.h"
#include "core/validation/ValueRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace im {
namespace {

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ImportDefaultsDialog::ImportDefaultsDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Save as Preset..."), this))
    , m_deletePreset(new QPushButton(tr("Delete Preset"), this))
    , m_action(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_expiration(new QComboBox(this))
    , m_alert(new QComboBox(this))
    , m_groups(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDefaultsDialog"));
    setWindowTitle(tr("Import Defaults"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("What to put in the cells the file leaves empty. Values the file has are kept."));

    const QString leaveEmpty = tr("(leave empty)");
    m_action->setObjectName(QStringLiteral("defaultAction"));
    m_action->addItem(leaveEmpty, QString());
    for (Action a : {Action::Allowed, Action::Audit, Action::Warn, Action::Block, Action::BlockAndRemediate})
        m_action->addItem(EnumLabels::choice(a), QString::fromLatin1(apiName(a)));
    m_severity->setObjectName(QStringLiteral("defaultSeverity"));
    m_severity->addItem(leaveEmpty, QString());
    for (Severity s : {Severity::Informational, Severity::Low, Severity::Medium, Severity::High})
        m_severity->addItem(EnumLabels::choice(s), QString::fromLatin1(apiName(s)));
    m_title->setObjectName(QStringLiteral("defaultTitle"));
    m_title->setPlaceholderText(tr("e.g. {source}: {type}"));
    m_description->setObjectName(QStringLiteral("defaultDescription"));
    m_description->setPlaceholderText(tr("e.g. From {source}, line {line}"));
    m_expiration->setObjectName(QStringLiteral("defaultExpiration"));
    m_expiration->addItem(tr("Never (leave empty)"), QStringLiteral("none"));
    for (int days : ImportDefaults::expirationPresets()) {
        if (days > 0)
            m_expiration->addItem(tr("In %n day(s)", nullptr, days), QStringLiteral("%1d").arg(days));
    }
    m_alert->setObjectName(QStringLiteral("defaultGenerateAlert"));
    m_alert->addItem(leaveEmpty, QString());
    m_alert->addItem(tr("Yes"), QStringLiteral("true"));
    m_alert->addItem(tr("No"), QStringLiteral("false"));
    m_groups->setObjectName(QStringLiteral("defaultDeviceGroups"));
    m_groups->setPlaceholderText(tr("All device groups"));
    m_category->setObjectName(QStringLiteral("defaultCategory"));
    m_category->addItem(leaveEmpty, QString());
    for (const char *c : rules::knownCategories())
        m_category->addItem(QString::fromLatin1(c), QString::fromLatin1(c));

    auto *presetRow = new QHBoxLayout;
    m_preset->setObjectName(QStringLiteral("defaultsPreset"));
    m_savePreset->setObjectName(QStringLiteral("savePresetButton"));
    m_deletePreset->setObjectName(QStringLiteral("deletePresetButton"));
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_deletePreset);

    auto *form = new QFormLayout;
    form->addRow(tr("Preset:"), presetRow);
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Expiration:"), m_expiration);
    form->addRow(tr("Generate alert:"), m_alert);
    form->addRow(tr("Device groups:"), m_groups);
    form->addRow(tr("Category:"), m_category);
    auto *hint = new QLabel(tr("Templates: {source} is the file's name, {type} the indicator type, {value} the "
                               "value, {line} its line in the file."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePreset, &QPushButton::clicked, this, &ImportDefaultsDialog::savePreset);
    connect(m_deletePreset, &QPushButton::clicked, this, &ImportDefaultsDialog::deletePreset);
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, &ImportDefaultsDialog::loadPreset);
    reloadPresets(QString());
}

void ImportDefaultsDialog::setRowsLacking(int rows)
{
    m_summary->setText(tr("%n row(s) leave the action, title or description empty, which Defender requires. Choose "
                          "what to put in the empty cells; values the file has are kept.",
                          nullptr, rows));
}

ImportDefaults ImportDefaultsDialog::defaults() const
{
    ImportDefaults d;
    QString error;
    d.set(QStringLiteral("action"), m_action->currentData().toString(), &error);
    d.set(QStringLiteral("severity"), m_severity->currentData().toString(), &error);
    d.set(QStringLiteral("title"), m_title->text(), &error);
    d.set(QStringLiteral("description"), m_description->text(), &error);
    d.set(QStringLiteral("expirationTime"), m_expiration->currentData().toString(), &error);
    d.set(QStringLiteral("generateAlert"), m_alert->currentData().toString(), &error);
    d.set(QStringLiteral("rbacGroupNames"), m_groups->text(), &error);
    d.set(QStringLiteral("category"), m_category->currentData().toString(), &error);
    return d;
}

void ImportDefaultsDialog::setDefaults(const ImportDefaults &d)
{
    selectData(m_action, d.value(Field::Action));
    selectData(m_severity, d.value(Field::Severity));
    m_title->setText(d.value(Field::Title));
    m_description->setText(d.value(Field::Description));
    selectData(m_expiration,
               d.value(Field::ExpirationTime).isEmpty() ? QStringLiteral("none") : d.value(Field::ExpirationTime));
    selectData(m_alert, d.value(Field::GenerateAlert));
    m_groups->setText(d.value(Field::RbacGroupNames));
    selectData(m_category, d.value(Field::Category));
}

void ImportDefaultsDialog::loadPreset(int index)
{
    const QString name = m_preset->itemData(index).toString();
    m_deletePreset->setEnabled(!name.isEmpty());
    if (name.isEmpty())
        return;
    QSettings settings;
    if (const auto d = DefaultsPresets::load(settings, name))
        setDefaults(*d);
}

void ImportDefaultsDialog::savePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as Preset"), tr("Preset name:"), QLineEdit::Normal,
                                               m_preset->currentData().toString(), &ok)
                             .trimmed()
                             .remove(QLatin1Char('/'))
                             .remove(QLatin1Char('\\'));
    if (!ok || name.isEmpty())
        return;
    QSettings settings;
    DefaultsPresets::save(settings, name, defaults());
    reloadPresets(name);
}

void ImportDefaultsDialog::deletePreset()
{
    const QString name = m_preset->currentData().toString();
    if (name.isEmpty())
        return;
    QSettings settings;
    DefaultsPresets::remove(settings, name);
    reloadPresets(QString());
}

void ImportDefaultsDialog::reloadPresets(const QString &select)
{
    m_preset->clear();
    m_preset->addItem(tr("(none)"), QString());
    QSettings settings;
    for (const QString &name : DefaultsPresets::names(settings))
        m_preset->addItem(name, name);
    selectData(m_preset, select);
    m_deletePreset->setEnabled(!select.isEmpty());
}

} // namespace im
