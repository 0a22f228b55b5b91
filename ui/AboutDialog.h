// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace im {

// Help > About: the version of Indicator Manager and of the Qt it runs on, and the licences of
// the software it is made of. The licence texts are compiled in (resources/licenses, prefix
// :/licenses), so every package carries them without installing anything beside the program.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // One entry of the licence list.
    struct Component
    {
        QString title;       // name, version and licence, as the list shows it
        QString notice;      // copyright and where the source is, shown above the licence text
        QString licenceFile; // resource path of the licence text
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Indicator Manager itself, then the third-party components.
    [[nodiscard]] static QList<Component> components();
    // The text of a compiled-in licence; empty when the resource is missing.
    [[nodiscard]] static QString licenceText(const QString &resourcePath);

    [[nodiscard]] QListWidget *componentList() const { return m_componentList; }
    [[nodiscard]] QLabel *noticeLabel() const { return m_noticeLabel; }
    [[nodiscard]] QPlainTextEdit *licenceView() const { return m_licenceView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showComponent(int row);

    QList<Component> m_components;
    QListWidget *m_componentList;
    QLabel *m_noticeLabel;
    QPlainTextEdit *m_licenceView;
    QLabel *m_versionLabel;
    QLabel *m_summaryLabel;
    QLabel *m_qtVersionLabel;
    QLabel *m_listLabel;
    QPushButton *m_aboutQtButton = nullptr;
};

} // namespace im
