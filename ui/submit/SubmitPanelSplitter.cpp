// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/SubmitPanelSplitter.h"

#include "ui/submit/AfterRunWidget.h"

#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace im {
namespace {

constexpr QLatin1String kSettingsKey("submitDock/splitter");

} // namespace

SubmitPanelSplitter::SubmitPanelSplitter(QWidget *results, AfterRunWidget *afterRun, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_results(results)
    , m_afterRun(afterRun)
{
    setObjectName(QStringLiteral("submitSplitter"));
    setChildrenCollapsible(false);
    addWidget(results);
    addWidget(afterRun);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
    m_remembered = QSettings().value(kSettingsKey, 0).toInt();
    connect(this, &QSplitter::splitterMoved, this, [this] {
        m_remembered = sizes().value(1);
        QSettings().setValue(kSettingsKey, m_remembered);
    });
    afterRun->installEventFilter(this);
}

bool SubmitPanelSplitter::eventFilter(QObject *watched, QEvent *event)
{
    // After a run the panel's text changes: place the line again once the layout has settled.
    if (watched == m_afterRun && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, &SubmitPanelSplitter::place);
    return QSplitter::eventFilter(watched, event);
}

void SubmitPanelSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    place();
}

void SubmitPanelSplitter::place()
{
    if (!m_afterRun->isVisible())
        return;
    const int total = height() - handleWidth();
    const int resultsMinimum = std::max(m_results->minimumSizeHint().height(), m_results->minimumHeight());
    const int wanted = m_remembered > 0 ? m_remembered : m_afterRun->contentHeight(m_afterRun->width());
    const int afterRun = std::max(0, std::min(wanted, total - resultsMinimum));
    if (sizes().value(1) == afterRun)
        return;
    // setSizes() does not count as the user's move: nothing is remembered.
    setSizes({total - afterRun, afterRun});
}

} // namespace im
