// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace im {

// A horizontal bar for the tenant's quota: what is active now, what the import adds, and the limit.
// Painted with the palette's colours (highlight for now, a lighter shade for the addition) so dark
// themes work; the part over the limit is a fixed red, which reads on light and dark backgrounds.
class QuotaGauge : public QWidget
{
    Q_OBJECT

public:
    explicit QuotaGauge(QWidget *parent = nullptr);

    void setValues(int before, int after, int limit);
    [[nodiscard]] int before() const { return m_before; }
    [[nodiscard]] int after() const { return m_after; }
    [[nodiscard]] int limit() const { return m_limit; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_before = 0;
    int m_after = 0;
    int m_limit = 1;
};

} // namespace im
