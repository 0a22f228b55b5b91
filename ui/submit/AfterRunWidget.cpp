// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/submit/AfterRunWidget.h"

#include "core/submit/AfterRun.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace im {

AfterRunWidget::AfterRunWidget(SubmitController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_texts(new QWidget)
    , m_title(new QLabel(this))
    , m_expectations(new QLabel(this))
    , m_queryTitle(new QLabel(this))
    , m_queryEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(QIcon(QStringLiteral(":/icons/edit-copy.svg")), QString(), this))
{
    setObjectName(QStringLiteral("afterRunPanel"));
    m_title->setObjectName(QStringLiteral("afterRunTitleLabel"));
    m_expectations->setObjectName(QStringLiteral("afterRunExpectationsLabel"));
    m_expectations->setWordWrap(true);
    m_expectations->setTextFormat(Qt::RichText);
    m_expectations->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_queryTitle->setWordWrap(true);
    m_queryTitle->setBuddy(m_queryEdit);
    m_queryEdit->setObjectName(QStringLiteral("huntingQueryEdit"));
    m_queryEdit->setReadOnly(true);
    m_queryEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_queryEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton->setObjectName(QStringLiteral("copyHuntingQueryButton"));

    // Everything scrolls, so that the panel never makes the window taller than a small screen; where there
    // is room, the Submission dock's splitter (SubmitPanelSplitter) gives the panel the height it needs.
    auto *textsLayout = new QVBoxLayout(m_texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(m_title);
    textsLayout->addWidget(m_expectations);
    textsLayout->addWidget(m_queryTitle);
    textsLayout->addWidget(m_queryEdit, 1);
    textsLayout->addWidget(m_copyButton, 0, Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("afterRunScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_texts);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored); // takes what the dock leaves
    m_queryEdit->setMinimumHeight(m_queryEdit->fontMetrics().lineSpacing() * 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);

    connect(m_copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_query); });
    connect(m_controller, &SubmitController::finished, this, &AfterRunWidget::showRun);
    connect(m_controller, &SubmitController::started, this, &AfterRunWidget::clear);
    clear();
}

QString AfterRunWidget::expectationsText() const
{
    return m_expectations->text();
}

int AfterRunWidget::contentHeight(int width) const
{
    const QLayout *layout = m_texts->layout();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
}

void AfterRunWidget::clear()
{
    m_query.clear();
    m_queryEdit->clear();
    m_expectations->clear();
    hide();
}

void AfterRunWidget::showRun()
{
    const auto &imported = m_controller->imported();
    if (imported.empty()) {
        clear();
        return;
    }
    m_query = AfterRun::huntingQuery(imported);
    m_queryEdit->setPlainText(m_query);
    retranslateUi();
    show();
}

void AfterRunWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AfterRunWidget::retranslateUi()
{
    m_title->setText(tr("<b>When the imported indicators take effect</b>"));
    m_queryTitle->setText(tr("Advanced hunting query: have they fired?"));
    m_queryEdit->setAccessibleName(tr("Advanced hunting query"));
    m_copyButton->setText(tr("&Copy query"));
    m_copyButton->setAccessibleName(tr("Copy the advanced hunting query"));
    m_copyButton->setToolTip(tr("Copy the query, to paste it into Advanced hunting in the Microsoft Defender portal"));
    const QLocale locale;
    QString html;
    for (const AfterRun::Expectation &e : AfterRun::expectations(m_controller->imported())) {
        //: %1 is the kind of indicators (such as Files), %2 how many were imported
        html += QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
                    .arg(tr("%1 (%2 imported)")
                             .arg(AfterRun::familyName(e.family), locale.toString(e.count))
                             .toHtmlEscaped(),
                         //: %1 is the documented delay, such as "Up to 3 hours."
                         tr("Takes effect: %1").arg(e.takesEffect).toHtmlEscaped(),
                         //: %1 lists what must be on, on the devices
                         tr("Devices need: %1").arg(e.deviceNeeds).toHtmlEscaped());
    }
    m_expectations->setText(html);
}

} // namespace im
