// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/source/SourcePanel.h"

#include "core/model/IndicatorTableModel.h"

#include <QEvent>
#include <QLabel>
#include <QPalette>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace im {

SourcePanel::SourcePanel(IndicatorTableModel *grid, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_location(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("sourcePanel"));
    m_location->setObjectName(QStringLiteral("sourceLocationLabel"));
    m_location->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("sourceTextBrowser"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_location);
    layout->addWidget(m_text, 1);
    refresh();
}

void SourcePanel::showRow(int viewRow)
{
    m_viewRow = viewRow;
    refresh();
}

QString SourcePanel::plainText() const
{
    return m_text->toPlainText();
}

QString SourcePanel::highlightedText() const
{
    return m_highlighted;
}

void SourcePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void SourcePanel::refresh()
{
    m_highlighted.clear();
    m_highlightedAt = -1;
    const IndicatorTable &table = m_grid->document().table();
    const int row = m_viewRow >= 0 && m_viewRow < m_grid->rowCount() ? m_grid->tableRow(m_viewRow) : -1;
    const IndicatorTable::SourceContext context = row >= 0 ? table.sourceContext(row) : IndicatorTable::SourceContext{};
    if (context.text.isEmpty()) {
        m_location->setText(tr("The current row was not read from a report, MISP or STIX."));
        m_text->clear();
        return;
    }
    const int page = table.sourcePage(row);
    const qint64 line = table.sourceLine(row);
    if (page > 0)
        m_location->setText(tr("Page %1, line %2").arg(page).arg(line));
    else if (line > 0)
        m_location->setText(tr("Line %1").arg(line));
    else
        m_location->clear();

    // The text is the file's, so it is escaped; only the highlight is markup.
    const auto escaped = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QString html;
    if (context.start >= 0) {
        m_highlighted = context.text.mid(context.start, context.length);
        m_highlightedAt = context.start;
        const QPalette &p = palette();
        html = escaped(context.text.left(context.start))
               + QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:bold\">%3</span>")
                     .arg(p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name(),
                          escaped(m_highlighted))
               + escaped(context.text.mid(context.start + context.length));
    } else {
        html = escaped(context.text);
    }
    m_text->setHtml(html);
}

} // namespace im
