// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/NoticeBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace im {
namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_textLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(QStringLiteral("closeNoticeButton"));
    m_closeButton->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
    retranslateUi();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void NoticeBar::retranslateUi()
{
    m_closeButton->setToolTip(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close the message"));
}

void NoticeBar::showNotice(Kind kind, const QString &text)
{
    m_kind = kind;
    const char *icon = kind == Kind::Error     ? ":/icons/error.svg"
                       : kind == Kind::Warning ? ":/icons/warning.svg"
                                               : ":/icons/info.svg";
    const int size = fontMetrics().height();
    m_iconLabel->setPixmap(QIcon(QLatin1String(icon)).pixmap(QSize(size, size), devicePixelRatioF()));
    m_textLabel->setText(text);
    // Tinted from the palette, so it reads in light and dark themes alike.
    QPalette p = palette();
    const QColor base = p.color(QPalette::Window);
    const QColor hue = kind == Kind::Error     ? QColor(220, 50, 47)
                       : kind == Kind::Warning ? QColor(230, 160, 0)
                                               : QColor(38, 139, 210);
    p.setColor(QPalette::Window, mix(base, hue, base.lightnessF() < 0.5 ? 0.30 : 0.15));
    setPalette(p);
    setAccessibleDescription(text);
    show();
}

QString NoticeBar::text() const
{
    return isVisible() ? m_textLabel->text() : QString();
}

} // namespace im
