// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/grid/ExpirationEditor.h"

#include "core/validation/ValueRules.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>

namespace im {

ExpirationEditor::ExpirationEditor(QWidget *parent)
    : QWidget(parent)
    , m_dateTimeEdit(new QDateTimeEdit(this))
    , m_neverCheckBox(new QCheckBox(tr("Never"), this))
{
    setObjectName(QStringLiteral("expirationEditor"));
    setAutoFillBackground(true);
    m_dateTimeEdit->setObjectName(QStringLiteral("expirationDateTimeEdit"));
    m_dateTimeEdit->setAccessibleName(tr("Expiration time (UTC)"));
    m_dateTimeEdit->setTimeSpec(Qt::UTC);
    //: Date-time format of the expiration editor; keep the letters, reorder them if your locale wants to
    m_dateTimeEdit->setDisplayFormat(tr("yyyy-MM-dd HH:mm 'UTC'"));
    m_dateTimeEdit->setCalendarPopup(true);
    m_dateTimeEdit->setDateTime(QDateTime::currentDateTimeUtc().addDays(90));
    m_neverCheckBox->setObjectName(QStringLiteral("neverCheckBox"));
    m_neverCheckBox->setAccessibleName(tr("Never expires"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->addWidget(m_dateTimeEdit, 1);
    layout->addWidget(m_neverCheckBox);
    setFocusProxy(m_dateTimeEdit);
    setFocusPolicy(Qt::StrongFocus);

    connect(m_dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_touched = true; });
    connect(m_neverCheckBox, &QCheckBox::toggled, this, [this] {
        m_touched = true;
        updateEnabled();
    });
}

void ExpirationEditor::setText(const QString &cell)
{
    m_original = cell;
    const QString trimmed = cell.trimmed();
    const QSignalBlocker blockDate(m_dateTimeEdit);
    const QSignalBlocker blockNever(m_neverCheckBox);
    m_neverCheckBox->setChecked(trimmed.isEmpty());
    if (const auto msecs = rules::parseExpirationTime(trimmed.toUtf8()))
        m_dateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC));
    m_touched = false;
    updateEnabled();
}

QString ExpirationEditor::text() const
{
    if (!m_touched)
        return m_original;
    if (m_neverCheckBox->isChecked())
        return QString();
    return m_dateTimeEdit->dateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

bool ExpirationEditor::isNever() const
{
    return m_neverCheckBox->isChecked();
}

void ExpirationEditor::updateEnabled()
{
    m_dateTimeEdit->setEnabled(!m_neverCheckBox->isChecked());
}

} // namespace im
