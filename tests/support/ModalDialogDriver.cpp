// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/ModalDialogDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QtTest>

namespace im::test {

std::shared_ptr<bool> ModalDialogDriver::expect(const QString &objectName, std::function<void(QWidget *)> act,
                                                int timeoutMs)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    timer->setObjectName(QStringLiteral("modalDialogDriverTimer"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=]() {
        QWidget *modal = QApplication::activePopupWidget(); // menus run their own loop too
        if (!modal)
            modal = QApplication::activeModalWidget();
        if (modal && (objectName.isEmpty() || modal->objectName() == objectName)) {
            timer->stop();
            timer->deleteLater();
            const QPointer<QWidget> answered(modal);
            act(modal);
            *done = true;
            // A check in `act` that failed returned before answering: close the dialog, so the test
            // reports that failure instead of waiting in the dialog's loop until it times out.
            if (QTest::currentTestFailed() && answered && answered->isVisible()) {
                if (auto *dialog = qobject_cast<QDialog *>(answered.data()))
                    dialog->reject();
                else
                    answered->close();
            }
            return;
        }
        if (clock->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
    return done;
}

void ModalDialogDriver::stopAll()
{
    const auto timers =
        qApp->findChildren<QTimer *>(QStringLiteral("modalDialogDriverTimer"), Qt::FindDirectChildrenOnly);
    for (QTimer *timer : timers) {
        timer->stop();
        timer->deleteLater();
    }
}

QAbstractButton *ModalDialogDriver::findButton(QWidget *dialog, const QString &nameOrText)
{
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->objectName() == nameOrText)
            return b;
    }
    for (QAbstractButton *b : buttons) {
        if (b->text().remove(u'&') == nameOrText)
            return b;
    }
    return nullptr;
}

std::shared_ptr<bool> ModalDialogDriver::clickButton(const QString &dialogName, const QString &buttonName)
{
    return expect(dialogName, [buttonName](QWidget *dialog) {
        if (QAbstractButton *button = findButton(dialog, buttonName))
            button->click();
        else
            qWarning("no button %s in %s", qPrintable(buttonName), qPrintable(dialog->objectName()));
    });
}

} // namespace im::test
