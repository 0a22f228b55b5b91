// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace im {

class TaskRunner;

// The status bar's view of a running task: its name, a progress bar and a Cancel button. It polls
// the task's progress a few times a second instead of receiving a signal per row.
class TaskProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgressWidget(TaskRunner *runner, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void busyChanged(bool busy);
    void poll();

    TaskRunner *m_runner;
    QLabel *m_label;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelButton;
    QTimer *m_timer;
};

} // namespace im
