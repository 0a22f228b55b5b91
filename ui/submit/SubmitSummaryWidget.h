// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/submit/SubmitController.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace im {

// The results of the last submission: counts, the failure reasons grouped with their counts (clicking
// one filters the grid to its rows), the time taken and the rate-limit waits; Resubmit failed, the
// reports and the history.
class SubmitSummaryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SubmitSummaryWidget(SubmitController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QListWidget *reasonList() const { return m_reasons; }
    // Forgets the last run's figures (another table was opened): the panel shows nothing submitted.
    void clear();

Q_SIGNALS:
    void reasonClicked(const QString &reason);
    void resubmitRequested();
    void exportRequested(bool json);
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSummary(const SubmitController::Summary &summary);

    SubmitController *m_controller;
    QLabel *m_countsLabel;
    QLabel *m_timeLabel;
    QLabel *m_reasonsTitle;
    QListWidget *m_reasons;
    QPushButton *m_resubmitButton;
    QPushButton *m_csvButton;
    QPushButton *m_jsonButton;
    QPushButton *m_historyButton;
    SubmitController::Summary m_summary;
    bool m_hasSummary = false;
    bool m_running = false;
};

} // namespace im
