// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ui/common/ScreenFit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace im {

QList<AboutDialog::Component> AboutDialog::components()
{
    const QString runningQt = QString::fromLatin1(qVersion());
    const QString keychainVersion = QStringLiteral(IM_QTKEYCHAIN_VERSION);
    return {
        {tr("Indicator Manager %1: GNU General Public License, version 3 or later").arg(QStringLiteral(IM_VERSION)),
         tr("Indicator Manager is free software: you can redistribute it and/or modify it under the terms of "
            "the GNU General Public License as published by the Free Software Foundation, either version 3 "
            "of the License, or (at your option) any later version."),
         QStringLiteral(":/licenses/GPL-3.0.txt")},
        {tr("Qt %1: GNU Lesser General Public License, version 3").arg(runningQt),
         //: %1 is the Qt version in use.
         tr("Qt %1, copyright The Qt Company Ltd. and other contributors, is used under the GNU Lesser "
            "General Public License version 3, which adds permissions to the GNU General Public License "
            "version 3 (the first entry of this list). You may replace the Qt libraries that Indicator "
            "Manager uses with your own build of them. The source code of Qt is available at "
            "https://download.qt.io/.")
             .arg(runningQt),
         QStringLiteral(":/licenses/LGPL-3.0.txt")},
        {keychainVersion.isEmpty() ? tr("QtKeychain: BSD licence")
                                   : tr("QtKeychain %1: BSD licence").arg(keychainVersion),
         tr("QtKeychain stores the sign-in secrets in the system's keychain. Its source code is available at "
            "https://github.com/frankosterfeld/qtkeychain."),
         QStringLiteral(":/licenses/QtKeychain.txt")},
        {tr("QuaZip: GNU Lesser General Public License, version 2.1 or later"),
         tr("QuaZip reads Excel workbooks (.xlsx), which are ZIP archives. It is used under the GNU Lesser "
            "General Public License version 2.1 or later with a static linking exception; its source code is "
            "available at https://github.com/stachenov/quazip."),
         QStringLiteral(":/licenses/LGPL-2.1.txt")},
        {tr("Poppler: GNU General Public License, version 2 or 3"),
         tr("Poppler reads the text of PDF reports. It is used under the GNU General Public License version 3 "
            "(the first entry of this list); its source code is available at https://poppler.freedesktop.org/."),
         QStringLiteral(":/licenses/GPL-3.0.txt")},
    };
}

QString AboutDialog::licenceText(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_components(components())
    , m_componentList(new QListWidget(this))
    , m_noticeLabel(new QLabel(this))
    , m_licenceView(new QPlainTextEdit(this))
    , m_versionLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_qtVersionLabel(new QLabel(this))
    , m_listLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/indicator-manager.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    QLabel *version = m_versionLabel;
    version->setObjectName(QStringLiteral("versionLabel"));
    QFont titleFont = version->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    version->setFont(titleFont);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QLabel *summary = m_summaryLabel;
    summary->setWordWrap(true);
    QLabel *qtVersion = m_qtVersionLabel;
    qtVersion->setObjectName(QStringLiteral("qtVersionLabel"));
    qtVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QVBoxLayout;
    heading->addWidget(version);
    heading->addWidget(summary);
    heading->addWidget(qtVersion);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    QLabel *listLabel = m_listLabel;
    m_componentList->setObjectName(QStringLiteral("componentList"));
    listLabel->setBuddy(m_componentList);
    for (const Component &c : std::as_const(m_components))
        m_componentList->addItem(c.title);
    m_componentList->setMaximumHeight(m_componentList->sizeHintForRow(0) * (m_components.size() + 1));

    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_licenceView->setObjectName(QStringLiteral("licenceView"));
    m_licenceView->setReadOnly(true);
    m_licenceView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licenceView->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_componentList, &QListWidget::currentRowChanged, this, &AboutDialog::showComponent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQtButton = buttons->addButton(QString(), QDialogButtonBox::HelpRole);
    connect(m_aboutQtButton, &QPushButton::clicked, this, [this]() { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(listLabel);
    layout->addWidget(m_componentList);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_licenceView, 1);
    layout->addWidget(buttons);

    retranslateUi();
    m_componentList->setCurrentRow(0);
    ScreenFit::resizeWithin(this, QSize(720, 560));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Indicator Manager"));
    m_versionLabel->setText(tr("Indicator Manager %1").arg(QStringLiteral(IM_VERSION)));
    m_summaryLabel->setText(tr("Edit, validate and submit Microsoft Defender for Endpoint custom indicators."));
    //: %1 is the Qt version the program was compiled with, %2 the one it runs on.
    m_qtVersionLabel->setText(tr("Built with Qt %1, running on Qt %2.")
                                  .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_listLabel->setText(tr("Software and licences:"));
    m_componentList->setAccessibleName(tr("Software and licences"));
    m_licenceView->setAccessibleName(tr("Licence text"));
    m_aboutQtButton->setText(tr("About &Qt"));
    m_components = components();
    for (int i = 0; i < m_components.size(); ++i)
        m_componentList->item(i)->setText(m_components.at(i).title);
    showComponent(m_componentList->currentRow());
}

void AboutDialog::showComponent(int row)
{
    if (row < 0 || row >= m_components.size()) {
        m_noticeLabel->clear();
        m_licenceView->clear();
        return;
    }
    const Component &c = m_components.at(row);
    m_noticeLabel->setText(c.notice);
    const QString text = licenceText(c.licenceFile);
    m_licenceView->setPlainText(text.isEmpty() ? tr("The licence text is missing from this build.") : text);
}

} // namespace im
