// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;

namespace im {

// The preview's ways out when an import would pass the tenant's limit: by how much, "send only the
// first K rows", and deleting expired or soon-expiring tenant indicators (with its confirmation and
// progress). Shown while the import is over the limit or the first-rows cut is chosen.
class OverLimitPanel : public QGroupBox
{
    Q_OBJECT

public:
    struct Figures
    {
        int overBy = 0; // how far the whole import would pass the limit
        int limit = 0;
        int firstRows = 0;    // K: the first sendable rows that fit
        int cleanupCount = 0; // indicators the clean-up would delete
        bool canPick = false; // signed in with the tenant read: there is something to pick from
        bool busy = false;    // reading or deleting: the clean-up waits
        int horizonDays = 0;
    };

    explicit OverLimitPanel(QWidget *parent = nullptr);

    void setFigures(const Figures &figures);
    [[nodiscard]] bool firstRowsChosen() const;
    void setStatus(const QString &text);

    // Asks before deleting; `lines` describe the indicators. True when the user chose Delete.
    static bool confirmCleanup(QWidget *parent, const QStringList &lines, int horizonDays);

Q_SIGNALS:
    void firstRowsToggled(bool chosen);
    void cleanupRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Figures m_figures;
    QLabel *m_label;
    QCheckBox *m_firstRows;
    QPushButton *m_cleanupButton;
    QLabel *m_status;
};

} // namespace im
