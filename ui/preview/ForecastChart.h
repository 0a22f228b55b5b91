// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace im {

// The forecast of active indicators over the coming days, as bars against the limit. Painted by hand
// rather than with Qt Charts: one small widget needs no extra library in the app and its package, and
// it takes the system palette as every other widget does.
class ForecastChart : public QWidget
{
    Q_OBJECT

public:
    explicit ForecastChart(QWidget *parent = nullptr);

    // activeByDay[0] is today (after the import); an empty vector shows `emptyText` instead.
    void setForecast(const std::vector<int> &activeByDay, int limit);
    void setEmptyText(const QString &text);
    [[nodiscard]] const std::vector<int> &forecast() const { return m_days; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::vector<int> m_days;
    int m_limit = 1;
    QString m_emptyText;
};

} // namespace im
