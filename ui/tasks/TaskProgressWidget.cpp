// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/TaskProgressWidget.h"

#include "core/tasks/TaskRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace im {

TaskProgressWidget::TaskProgressWidget(TaskRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("taskProgressWidget"));
    m_label->setObjectName(QStringLiteral("taskLabel"));
    m_progressBar->setObjectName(QStringLiteral("taskProgressBar"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancelButton->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);

    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TaskProgressWidget::poll);
    connect(m_cancelButton, &QToolButton::clicked, m_runner, &TaskRunner::cancel);
    connect(m_runner, &TaskRunner::busyChanged, this, &TaskProgressWidget::busyChanged);
    setVisible(false);
    retranslateUi();
}

void TaskProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TaskProgressWidget::retranslateUi()
{
    m_progressBar->setAccessibleName(tr("Progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the running task"));
}

void TaskProgressWidget::busyChanged(bool busy)
{
    setVisible(busy);
    if (busy) {
        m_label->setText(m_runner->label());
        m_cancelButton->setVisible(m_runner->isCancellable());
        poll();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void TaskProgressWidget::poll()
{
    const int permille = m_runner->permille();
    if (permille < 0) {
        m_progressBar->setRange(0, 0); // busy indicator
    } else {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(permille);
    }
}

} // namespace im
