// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace im {

class IndicatorTableModel;

// The source panel: for a row read from a report, MISP or STIX, the line or object it came from with
// the value highlighted, and where that was (page and line, or line). It follows the grid's current
// row; rows from a table have no context and leave it empty.
class SourcePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePanel(IndicatorTableModel *grid, QWidget *parent = nullptr);

    // Shows the context of a grid (view) row; -1 or a row without context empties the panel.
    void showRow(int viewRow);
    [[nodiscard]] int shownRow() const { return m_viewRow; }
    // The text shown, without markup (for tests and screen readers).
    [[nodiscard]] QString plainText() const;
    // The highlighted part of the text, empty when nothing is highlighted, and where it starts in
    // plainText() (-1 when nothing is).
    [[nodiscard]] QString highlightedText() const;
    [[nodiscard]] qsizetype highlightedPosition() const { return m_highlightedAt; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    IndicatorTableModel *m_grid;
    QLabel *m_location;
    QTextBrowser *m_text;
    int m_viewRow = -1;
    QString m_highlighted;
    qsizetype m_highlightedAt = -1;
};

} // namespace im
