// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/QuotaGauge.h"

#include <QPainter>

#include <algorithm>

namespace im {

QuotaGauge::QuotaGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void QuotaGauge::setValues(int before, int after, int limit)
{
    m_before = std::max(0, before);
    m_after = std::max(0, after);
    m_limit = std::max(1, limit);
    update();
}

QSize QuotaGauge::sizeHint() const
{
    return {320, fontMetrics().height() + 8};
}

QSize QuotaGauge::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 8};
}

void QuotaGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(1, 1, -1, -1);
    // The scale reaches past the limit when the import passes it, so the overflow shows.
    const double scale = std::max({m_limit, m_after, m_before});
    const auto x = [&](int value) { return bar.left() + bar.width() * value / scale; };

    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(bar, 3, 3);

    const QColor now = palette().color(QPalette::Highlight);
    QColor added = now;
    added.setAlphaF(0.45f);
    const QColor over = QColor(0xc0, 0x39, 0x2b);
    p.setPen(Qt::NoPen);
    const int base = std::min(m_before, m_after);
    p.setBrush(now);
    p.drawRect(QRectF(QPointF(bar.left(), bar.top()), QPointF(x(base), bar.bottom())));
    if (m_after > m_before) {
        p.setBrush(added);
        p.drawRect(QRectF(QPointF(x(m_before), bar.top()), QPointF(x(std::min(m_after, m_limit)), bar.bottom())));
    }
    if (m_after > m_limit) {
        p.setBrush(over);
        p.drawRect(QRectF(QPointF(x(m_limit), bar.top()), QPointF(x(m_after), bar.bottom())));
    }
    // The limit as a line across the bar.
    p.setPen(QPen(palette().color(QPalette::WindowText), 2));
    p.drawLine(QPointF(x(m_limit), bar.top()), QPointF(x(m_limit), bar.bottom()));
}

} // namespace im
