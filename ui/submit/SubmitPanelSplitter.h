// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace im {

class AfterRunWidget;

// The Submission dock's results above the after-run panel, split so that the user can move the line
// between them; the panel's height where the user put it is remembered (settings: submitDock/splitter).
// Until the user moves it, the after-run panel gets the height it needs to show without scrolling, as
// far as the results' own minimum leaves room (on a small screen the panel scrolls instead).
class SubmitPanelSplitter : public QSplitter
{
    Q_OBJECT

public:
    SubmitPanelSplitter(QWidget *results, AfterRunWidget *afterRun, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void place();

    QWidget *m_results;
    AfterRunWidget *m_afterRun;
    int m_remembered = 0; // the panel's height where the user put the line; 0: as it needs
};

} // namespace im
