// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QAbstractButton;
class QWidget;

namespace im::test {

// Answers a modal dialog (or a popup menu) the code under test is about to open: a timer waits for the
// next modal or popup widget (optionally with a given objectName), then runs `act` on it while its exec() loop runs.
// The returned flag becomes true once `act` ran; tests check it, so a dialog that never came fails.
class ModalDialogDriver
{
public:
    static std::shared_ptr<bool> expect(const QString &objectName, std::function<void(QWidget *)> act,
                                        int timeoutMs = 10000);
    // Clicks the button with this objectName (or, for a standard button, whose text matches).
    static std::shared_ptr<bool> clickButton(const QString &dialogName, const QString &buttonName);

    static QAbstractButton *findButton(QWidget *dialog, const QString &nameOrText);
    // Stops every driver still waiting, e.g. one that checked a dialog did not come (call in cleanup()).
    static void stopAll();
};

} // namespace im::test
