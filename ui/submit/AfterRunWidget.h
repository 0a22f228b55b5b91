// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/submit/SubmitController.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace im {

// After a submission: for each kind of indicator imported, when it is expected to take effect and what
// the devices need, and an advanced hunting query that shows whether the indicators have fired, with a
// button that copies it. Hidden until a run imports something.
class AfterRunWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AfterRunWidget(SubmitController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QString query() const { return m_query; }
    [[nodiscard]] QString expectationsText() const;
    // The height the panel needs at this width to show everything without scrolling.
    [[nodiscard]] int contentHeight(int width) const;
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRun();

    SubmitController *m_controller;
    QWidget *m_texts;
    QLabel *m_title;
    QLabel *m_expectations;
    QLabel *m_queryTitle;
    QPlainTextEdit *m_queryEdit;
    QPushButton *m_copyButton;
    QString m_query;
};

} // namespace im
