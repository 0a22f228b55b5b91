// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/DeviceCodeDialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace im {

DeviceCodeDialog::DeviceCodeDialog(QNetworkAccessManager *manager, const TlsPolicy *tls,
                                   const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_flow(manager, tls)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_linkLabel(new QLabel(this))
    , m_countdownLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_copyButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("deviceCodeDialog"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_codeLabel->setObjectName(QStringLiteral("codeLabel"));
    m_linkLabel->setObjectName(QStringLiteral("linkLabel"));
    m_countdownLabel->setObjectName(QStringLiteral("countdownLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_openButton->setObjectName(QStringLiteral("openPageButton"));
    m_closeButton->setObjectName(QStringLiteral("cancelButton"));

    m_intro->setWordWrap(true);
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2.0);
    m_codeLabel->setFont(big);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setText(tr("Asking for a code..."));
    m_linkLabel->setTextFormat(Qt::RichText);
    m_linkLabel->setOpenExternalLinks(true);
    m_linkLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setWordWrap(true);
    m_copyButton->setEnabled(false);
    m_openButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_linkLabel);
    layout->addWidget(m_countdownLabel);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(460);

    connect(m_copyButton, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_code);
        m_statusLabel->setText(tr("The code is on the clipboard."));
    });
    connect(m_openButton, &QPushButton::clicked, this, [this]() { QDesktopServices::openUrl(m_url); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_flow, &DeviceCodeFlow::codeReady, this, &DeviceCodeDialog::onCode);
    connect(&m_flow, &DeviceCodeFlow::failed, this, &DeviceCodeDialog::onFailed);
    connect(&m_flow, &DeviceCodeFlow::succeeded, this, [this](const QJsonObject &reply) {
        m_reply = reply;
        m_ticker.stop();
        accept();
    });
    connect(this, &QDialog::rejected, &m_flow, &DeviceCodeFlow::cancel);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DeviceCodeDialog::tick);
    retranslateUi();
}

void DeviceCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// The lasting texts; a status line already shown keeps its wording until the next one.
void DeviceCodeDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in with a code"));
    m_intro->setText(tr("On this or any other device, open the sign-in page, enter the code below and sign in with "
                        "the account that manages indicators in %1.")
                         .arg(m_settings.tenantId));
    m_copyButton->setText(tr("&Copy code"));
    m_openButton->setText(tr("&Open sign-in page"));
    m_closeButton->setText(m_failed ? tr("Close") : tr("Cancel"));
    if (m_ticker.isActive())
        tick();
}

DeviceCodeDialog::~DeviceCodeDialog()
{
    m_flow.disconnect(this);
}

void DeviceCodeDialog::start()
{
    m_flow.start(m_settings);
}

void DeviceCodeDialog::onCode(const DeviceCodeFlow::Code &code)
{
    m_code = code.userCode;
    m_url = code.verificationUri;
    m_codeLabel->setText(code.userCode);
    m_linkLabel->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(m_url.toString().toHtmlEscaped(), m_url.toString().toHtmlEscaped()));
    m_copyButton->setEnabled(true);
    m_openButton->setEnabled(true);
    m_statusLabel->setText(tr("Waiting for you to sign in..."));
    tick();
    m_ticker.start();
}

void DeviceCodeDialog::tick()
{
    const int left = m_flow.secondsLeft();
    //: %1 is minutes:seconds, e.g. 14:59
    m_countdownLabel->setText(tr("The code expires in %1.")
                                  .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
}

void DeviceCodeDialog::onFailed(const ApiError &error)
{
    m_error = error;
    m_ticker.stop();
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_countdownLabel->clear();
    m_copyButton->setEnabled(false);
    m_openButton->setEnabled(false);
    m_statusLabel->setText(error.message());
    m_failed = true;
    m_closeButton->setText(tr("Close"));
}

} // namespace im
