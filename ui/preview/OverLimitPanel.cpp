// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/OverLimitPanel.h"

#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace im {

OverLimitPanel::OverLimitPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_label(new QLabel(this))
    , m_firstRows(new QCheckBox(this))
    , m_cleanupButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("overLimitBox"));
    m_label->setObjectName(QStringLiteral("overLimitLabel"));
    m_label->setWordWrap(true);
    m_firstRows->setObjectName(QStringLiteral("firstRowsCheck"));
    m_cleanupButton->setObjectName(QStringLiteral("cleanupButton"));
    m_status->setObjectName(QStringLiteral("cleanupStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_firstRows);
    layout->addWidget(m_cleanupButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    connect(m_firstRows, &QCheckBox::toggled, this, &OverLimitPanel::firstRowsToggled);
    connect(m_cleanupButton, &QPushButton::clicked, this, &OverLimitPanel::cleanupRequested);
    retranslateUi();
}

void OverLimitPanel::setFigures(const Figures &figures)
{
    m_figures = figures;
    setVisible(figures.overBy > 0 || m_firstRows->isChecked());
    m_cleanupButton->setEnabled(figures.cleanupCount > 0 && !figures.busy);
    // "Send only the first 0 rows" sends nothing: offer it only when a row fits (or to untick it).
    m_firstRows->setEnabled(figures.firstRows > 0 || m_firstRows->isChecked());
    retranslateUi();
}

bool OverLimitPanel::firstRowsChosen() const
{
    return m_firstRows->isChecked();
}

void OverLimitPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void OverLimitPanel::retranslateUi()
{
    setTitle(tr("Over the limit"));
    m_label->setText(m_figures.overBy > 0
                         ? tr("The import would pass the limit of %1 by %Ln indicator(s).", nullptr, m_figures.overBy)
                               .arg(QLocale().toString(m_figures.limit))
                         : QString());
    m_firstRows->setText(m_figures.firstRows > 0 || m_firstRows->isChecked()
                             ? tr("Send only the first %Ln row(s), which fit the quota", nullptr, m_figures.firstRows)
                             : tr("No row fits the quota: delete indicators from the tenant to make room"));
    m_firstRows->setAccessibleName(tr("Send only the first rows that fit"));
    m_cleanupButton->setText(
        tr("&Delete %Ln expired or soon-expiring indicator(s)...", nullptr, m_figures.cleanupCount));
    m_cleanupButton->setAccessibleName(tr("Delete expired or soon-expiring indicators"));
    m_cleanupButton->setToolTip(m_figures.canPick
                                    ? tr("Indicators that have expired or expire within %n day(s), soonest "
                                         "first; none that this table updates.",
                                         nullptr, m_figures.horizonDays)
                                    : tr("Sign in to pick indicators to delete."));
}

void OverLimitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

bool OverLimitPanel::confirmCleanup(QWidget *parent, const QStringList &lines, int horizonDays)
{
    MessageBox::Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Delete Indicators");
    question.text = tr("Delete %Ln indicator(s) from the tenant?", nullptr, static_cast<int>(lines.size()));
    question.objectName = QStringLiteral("cleanupConfirmation");
    question.informativeText = tr("They have expired or expire within %n day(s). Deleting them frees their quota "
                                  "now; this cannot be undone.",
                                  nullptr, horizonDays);
    question.detailedText = lines.join(u'\n');
    question.standardButtons = QMessageBox::Cancel;
    const QString deleteButton = QStringLiteral("confirmDeleteButton");
    question.buttons = {{tr("Delete"), QMessageBox::DestructiveRole, deleteButton}};
    question.defaultButton = QMessageBox::Cancel;
    return MessageBox::instance().ask(parent, question) == deleteButton;
}

} // namespace im
