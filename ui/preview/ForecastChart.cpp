// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preview/ForecastChart.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace im {

ForecastChart::ForecastChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ForecastChart::setForecast(const std::vector<int> &activeByDay, int limit)
{
    m_days = activeByDay;
    m_limit = std::max(1, limit);
    update();
}

void ForecastChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize ForecastChart::sizeHint() const
{
    return {360, 8 * fontMetrics().height()};
}

QSize ForecastChart::minimumSizeHint() const
{
    return {160, 5 * fontMetrics().height()};
}

void ForecastChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void ForecastChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    if (m_days.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    const QLocale locale;
    const int top = *std::max_element(m_days.begin(), m_days.end());
    const int scale = std::max({top, m_limit, 1});
    const QString topLabel = locale.toString(scale);
    const int left = fm.horizontalAdvance(topLabel) + 6;
    const QRect plot = rect().adjusted(left, fm.height() / 2, -2, -fm.height() - 4);
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const auto y = [&](int value) { return plot.bottom() - plot.height() * double(value) / scale; };

    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, 0, left - 4, fm.height()), Qt::AlignRight, topLabel);
    p.drawText(QRect(0, plot.bottom() - fm.height(), left - 4, fm.height()), Qt::AlignRight, locale.toString(0));

    const int n = static_cast<int>(m_days.size());
    const double step = double(plot.width()) / n;
    const QColor bar = palette().color(QPalette::Highlight);
    const QColor over = QColor(0xc0, 0x39, 0x2b);
    p.setPen(Qt::NoPen);
    for (int day = 0; day < n; ++day) {
        const int value = m_days[static_cast<size_t>(day)];
        p.setBrush(value > m_limit ? over : bar);
        p.drawRect(QRectF(QPointF(plot.left() + day * step + 1, y(value)),
                          QPointF(plot.left() + (day + 1) * step - 1, plot.bottom())));
    }
    // The limit, dashed, across the plot.
    p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), y(m_limit)), QPointF(plot.right(), y(m_limit)));

    p.setPen(palette().color(QPalette::WindowText));
    const QRect axis(plot.left(), plot.bottom() + 2, plot.width(), fm.height());
    p.drawText(axis, Qt::AlignLeft, tr("Today"));
    p.drawText(axis, Qt::AlignRight, tr("In %n day(s)", nullptr, n - 1));
}

} // namespace im
