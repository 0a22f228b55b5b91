// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/SubmitProgressWidget.h"

#include "ui/submit/SubmitController.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace im {
namespace {

QString duration(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    if (s < 60)
        return SubmitProgressWidget::tr("%n second(s)", nullptr, static_cast<int>(s));
    return SubmitProgressWidget::tr("%1 min %2 s").arg(QLocale().toString(s / 60), QLocale().toString(s % 60));
}

} // namespace

SubmitProgressWidget::SubmitProgressWidget(SubmitController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_titleLabel(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rowsLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_waitLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this))
    , m_resumeButton(new QPushButton(QIcon(QStringLiteral(":/icons/submit.svg")), QString(), this))
{
    setObjectName(QStringLiteral("submitProgress"));
    m_titleLabel->setObjectName(QStringLiteral("submitTitleLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_bar->setObjectName(QStringLiteral("submitProgressBar"));
    m_rowsLabel->setObjectName(QStringLiteral("submitRowsLabel"));
    m_timeLabel->setObjectName(QStringLiteral("submitTimeLabel"));
    m_waitLabel->setObjectName(QStringLiteral("submitWaitLabel"));
    m_waitLabel->setWordWrap(true);
    m_waitLabel->hide();
    m_cancelButton->setObjectName(QStringLiteral("submitCancelButton"));
    m_resumeButton->setObjectName(QStringLiteral("submitResumeButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_resumeButton);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_titleLabel, 0, 0, 1, 2);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    layout->addWidget(m_rowsLabel, 2, 0);
    layout->addWidget(m_timeLabel, 2, 1, Qt::AlignRight);
    layout->addWidget(m_waitLabel, 3, 0, 1, 2);
    layout->addLayout(buttons, 4, 0, 1, 2);

    connect(m_cancelButton, &QPushButton::clicked, m_controller, &SubmitController::cancel);
    connect(m_resumeButton, &QPushButton::clicked, m_controller, &SubmitController::resume);
    connect(m_controller, &SubmitController::started, this, [this](int rows) {
        showProgress(0, rows, 0, 0, -1);
        m_waitLabel->hide();
        updateButtons();
    });
    connect(m_controller, &SubmitController::progress, this, [this](int s, int t, int bd, int bt, qint64 left) {
        m_waitLabel->hide(); // a reply came: the wait is over
        showProgress(s, t, bd, bt, left);
    });
    connect(m_controller, &SubmitController::waitingForRateLimit, this, &SubmitProgressWidget::showWait);
    connect(m_controller, &SubmitController::rateLimitWaitEnded, m_waitLabel, &QWidget::hide);
    connect(m_controller, &SubmitController::finished, this, [this] {
        m_waitLabel->hide();
        m_msLeft = 0;
        retranslateUi();
        updateButtons();
    });
    retranslateUi();
    updateButtons();
}

QString SubmitProgressWidget::rowsText() const
{
    return m_rowsLabel->text();
}

QString SubmitProgressWidget::waitText() const
{
    return m_waitLabel->isVisibleTo(this) ? m_waitLabel->text() : QString();
}

void SubmitProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SubmitProgressWidget::retranslateUi()
{
    const bool running = m_controller->isRunning();
    m_titleLabel->setText(running ? tr("Submitting to the tenant...") : tr("Submission"));
    m_bar->setAccessibleName(tr("Submission progress"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the submission"));
    m_cancelButton->setToolTip(tr("Stop after the batch being sent; the rest can be sent with Resume"));
    m_resumeButton->setText(tr("&Resume"));
    m_resumeButton->setAccessibleName(tr("Resume the submission"));
    m_resumeButton->setToolTip(tr("Send the rows the stopped submission did not send"));
    const QLocale locale;
    //: Submission progress: rows settled of all rows, then batches
    m_rowsLabel->setText(tr("%1 of %2 rows · batch %3 of %4")
                             .arg(locale.toString(m_settled), locale.toString(m_total), locale.toString(m_batchesDone),
                                  locale.toString(m_batchesTotal)));
    if (!running)
        m_timeLabel->clear();
    else if (m_msLeft < 0)
        m_timeLabel->setText(tr("Estimating the time left..."));
    else
        m_timeLabel->setText(tr("About %1 left").arg(duration(m_msLeft)));
    m_waitLabel->setText(tr("Waiting %1 for the service's rate limit (30 calls a minute). The submission goes on "
                            "by itself.")
                             .arg(duration(m_waitMs)));
}

void SubmitProgressWidget::showProgress(int settled, int total, int batchesDone, int batchesTotal, qint64 msLeft)
{
    m_settled = settled;
    m_total = total;
    m_batchesDone = batchesDone;
    m_batchesTotal = batchesTotal;
    m_msLeft = msLeft;
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(settled);
    retranslateUi();
}

void SubmitProgressWidget::showWait(qint64 waitMs)
{
    m_waitMs = waitMs;
    retranslateUi();
    m_waitLabel->show();
}

void SubmitProgressWidget::updateButtons()
{
    m_cancelButton->setEnabled(m_controller->isRunning());
    m_resumeButton->setEnabled(m_controller->canResume());
}

} // namespace im
