// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace im {

// Edits an expiration time: a UTC date and time, or "Never" (an empty cell). A cell that held text
// the editor cannot show (an invalid date) comes back unchanged unless the analyst picks a date.
class ExpirationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExpirationEditor(QWidget *parent = nullptr);

    void setText(const QString &cell);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isNever() const;

private:
    void updateEnabled();

    QDateTimeEdit *m_dateTimeEdit;
    QCheckBox *m_neverCheckBox;
    QString m_original;
    bool m_touched = false;
};

} // namespace im
