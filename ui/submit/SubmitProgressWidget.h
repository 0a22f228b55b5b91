// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace im {

class SubmitController;

// The progress of a submission: rows and batches done, the time left, and waits for the service's
// rate limit shown as such (a run that waits has not hung); Cancel and Resume.
class SubmitProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SubmitProgressWidget(SubmitController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QString rowsText() const;
    [[nodiscard]] QString waitText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showProgress(int settled, int total, int batchesDone, int batchesTotal, qint64 msLeft);
    void showWait(qint64 waitMs);
    void updateButtons();

    SubmitController *m_controller;
    QLabel *m_titleLabel;
    QProgressBar *m_bar;
    QLabel *m_rowsLabel;
    QLabel *m_timeLabel;
    QLabel *m_waitLabel;
    QPushButton *m_cancelButton;
    QPushButton *m_resumeButton;
    // The last figures, kept so a language change can write them again.
    int m_settled = 0;
    int m_total = 0;
    int m_batchesDone = 0;
    int m_batchesTotal = 0;
    qint64 m_msLeft = -1;
    qint64 m_waitMs = 0;
};

} // namespace im
