// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/SubmitSummaryWidget.h"

#include "core/submit/FailureAdvice.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace im {
namespace {

constexpr int kReasonRole = Qt::UserRole + 1;

} // namespace

SubmitSummaryWidget::SubmitSummaryWidget(SubmitController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_countsLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_reasonsTitle(new QLabel(this))
    , m_reasons(new QListWidget(this))
    , m_resubmitButton(new QPushButton(QIcon(QStringLiteral(":/icons/submit.svg")), QString(), this))
    , m_csvButton(new QPushButton(QIcon(QStringLiteral(":/icons/document-save-as.svg")), QString(), this))
    , m_jsonButton(new QPushButton(QIcon(QStringLiteral(":/icons/document-save-as.svg")), QString(), this))
    , m_historyButton(new QPushButton(QIcon(QStringLiteral(":/icons/history.svg")), QString(), this))
{
    setObjectName(QStringLiteral("submitSummary"));
    m_countsLabel->setObjectName(QStringLiteral("summaryCountsLabel"));
    m_countsLabel->setWordWrap(true);
    m_timeLabel->setObjectName(QStringLiteral("summaryTimeLabel"));
    m_timeLabel->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("failureReasonListWidget"));
    m_reasons->setWordWrap(true);
    m_reasonsTitle->setWordWrap(true);
    m_reasonsTitle->setBuddy(m_reasons);
    m_resubmitButton->setObjectName(QStringLiteral("resubmitFailedButton"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    m_historyButton->setObjectName(QStringLiteral("historyButton"));

    // Two rows, so that the panel stays narrow beside the grid: what to do next, then where the results go.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_resubmitButton, 0, 0, 1, 2);
    buttons->addWidget(m_historyButton, 0, 2);
    buttons->addWidget(m_csvButton, 1, 0);
    buttons->addWidget(m_jsonButton, 1, 1);
    buttons->setColumnStretch(3, 1);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_countsLabel, 0, 0);
    layout->addWidget(m_timeLabel, 1, 0);
    layout->addWidget(m_reasonsTitle, 2, 0);
    layout->addWidget(m_reasons, 3, 0);
    layout->addLayout(buttons, 4, 0);

    connect(m_reasons, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT reasonClicked(item->data(kReasonRole).toString()); });
    connect(m_reasons, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT reasonClicked(item->data(kReasonRole).toString()); });
    connect(m_resubmitButton, &QPushButton::clicked, this, &SubmitSummaryWidget::resubmitRequested);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(false); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { Q_EMIT exportRequested(true); });
    connect(m_historyButton, &QPushButton::clicked, this, &SubmitSummaryWidget::historyRequested);
    connect(m_controller, &SubmitController::finished, this, &SubmitSummaryWidget::showSummary);
    connect(m_controller, &SubmitController::started, this, [this] {
        // The previous run's figures would read as this run's: show them again only when it ends.
        clear();
        m_running = true;
        retranslateUi();
    });
    retranslateUi();
}

QString SubmitSummaryWidget::countsText() const
{
    return m_countsLabel->text();
}

void SubmitSummaryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubmitSummaryWidget::retranslateUi()
{
    const QLocale locale;
    const SubmitController::Summary &s = m_summary;
    m_reasonsTitle->setText(tr("Why rows failed or were not sent (click one to show its rows):"));
    m_reasons->setAccessibleName(tr("Reasons"));
    m_resubmitButton->setText(tr("Resubmit &failed"));
    m_resubmitButton->setAccessibleName(tr("Resubmit the failed and unsent rows"));
    m_resubmitButton->setToolTip(tr("Send again only the rows that failed or were not sent, as they are now"));
    m_csvButton->setText(tr("Export CSV..."));
    m_csvButton->setAccessibleName(tr("Export the results as CSV"));
    m_jsonButton->setText(tr("Export JSON..."));
    m_jsonButton->setAccessibleName(tr("Export the results as JSON"));
    m_historyButton->setText(tr("&History..."));
    m_historyButton->setAccessibleName(tr("Show the import history"));
    // Rows left out on purpose (repeats, unticked, unchanged) count as not sent but are never resent.
    m_resubmitButton->setEnabled(m_hasSummary && !m_running && m_controller->resendableCount() > 0);
    m_csvButton->setEnabled(m_hasSummary && !m_running);
    m_jsonButton->setEnabled(m_hasSummary && !m_running);
    if (!m_hasSummary) {
        m_countsLabel->setText(m_running ? tr("Submitting: the results appear here when the run ends.")
                                         : tr("Nothing submitted yet."));
        m_timeLabel->clear();
        return;
    }
    //: Submission summary: rows succeeded, failed and not sent
    QString counts = tr("%1 succeeded · %2 failed · %3 not sent")
                         .arg(locale.toString(s.succeeded), locale.toString(s.failed), locale.toString(s.notSent));
    if (!s.stopMessage.isEmpty())
        counts += u'\n' + s.stopMessage;
    m_countsLabel->setText(counts);
    //: %1 is the time the submission took; %n the number of rate-limit waits; %2 their total length in seconds
    m_timeLabel->setText(tr("Took %1 s · %n rate-limit wait(s), %2 s in all", nullptr, s.rateLimitWaits)
                             .arg(locale.toString(static_cast<double>(s.durationMs) / 1000.0, 'f', 1),
                                  locale.toString(static_cast<double>(s.rateLimitWaitMs) / 1000.0, 'f', 1)));
    m_reasons->clear();
    for (const auto &[reason, count] : s.failureGroups) {
        //: A failure reason in the summary with the number of rows that failed with it
        auto *item = new QListWidgetItem(tr("%1 (%n row(s))", nullptr, count).arg(reason), m_reasons);
        item->setData(kReasonRole, reason);
        const FailureAdvice advice = FailureAdvice::forReason(reason);
        if (!advice.isEmpty())
            item->setToolTip(advice.explanation + u'\n' + tr("Suggested fix: %1").arg(advice.fix));
    }
    // Worded now, so they follow a language switch.
    for (const auto &[reason, count] : m_controller->notSentGroups()) {
        //: A reason why rows were not sent, with the number of rows; %1 is the reason
        auto *item = new QListWidgetItem(tr("Not sent: %1 (%n row(s))", nullptr, count).arg(reason), m_reasons);
        item->setData(kReasonRole, reason);
    }
}

void SubmitSummaryWidget::showSummary(const SubmitController::Summary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    m_running = false;
    retranslateUi();
}

void SubmitSummaryWidget::clear()
{
    m_summary = {};
    m_hasSummary = false;
    m_reasons->clear();
    retranslateUi();
}

} // namespace im
