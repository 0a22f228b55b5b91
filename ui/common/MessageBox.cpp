// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBox.h"

#include <QGridLayout>
#include <QPushButton>
#include <QSpacerItem>

#include <algorithm>

namespace im {

namespace {

QPushButton *buttonFor(QMessageBox &box, const MessageBox::Choice &choice)
{
    if (choice.standard() != QMessageBox::NoButton)
        return qobject_cast<QPushButton *>(box.button(choice.standard()));
    if (!choice.name().isEmpty())
        return box.findChild<QPushButton *>(choice.name());
    return nullptr;
}

bool offers(const MessageBox::Question &question, const MessageBox::Choice &choice)
{
    if (choice.isNone())
        return true; // as if the box was closed
    if (choice.standard() != QMessageBox::NoButton)
        return question.standardButtons.testFlag(choice.standard());
    return std::any_of(question.buttons.cbegin(), question.buttons.cend(),
                       [&choice](const MessageBox::Button &button) { return button.name == choice.name(); });
}

} // namespace

MessageBox &MessageBox::instance()
{
    static MessageBox box;
    return box;
}

MessageBox::Choice MessageBox::ask(QWidget *parent, const Question &question)
{
    m_asked.append(question);
    if (!m_answers.isEmpty()) {
        Choice answer = m_answers.takeFirst();
        // An answer the question cannot take is a mistake in the test, which would otherwise pass as a cancel.
        if (!offers(question, answer))
            qWarning("MessageBox: \"%s\" has no button for the answer given in advance", qPrintable(question.title));
        return answer;
    }

    QMessageBox box(question.icon, question.title, question.text, question.standardButtons, parent);
    box.setObjectName(question.objectName);
    if (!question.informativeText.isEmpty())
        box.setInformativeText(question.informativeText);
    if (!question.detailedText.isEmpty())
        box.setDetailedText(question.detailedText);
    for (const Button &spec : question.buttons) {
        QPushButton *button = box.addButton(spec.text, spec.role);
        button->setObjectName(spec.name);
        if (!spec.autoDefault)
            button->setAutoDefault(false);
    }
    if (QPushButton *button = buttonFor(box, question.defaultButton))
        box.setDefaultButton(button);
    if (QPushButton *button = buttonFor(box, question.escapeButton))
        box.setEscapeButton(button);
    // A window manager cuts a title longer than its box, and the title says what is being asked: the box is
    // at least as wide as its title and the title bar's buttons (QMessageBox ignores a minimum width, but
    // not a spacer in its layout).
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout())) {
        const int titleWidth = std::min(box.fontMetrics().horizontalAdvance(question.title) + 160, 720);
        grid->addItem(new QSpacerItem(titleWidth, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    }
    box.exec();

    QAbstractButton *clicked = box.clickedButton();
    if (!clicked)
        return {};
    const QMessageBox::StandardButton standard = box.standardButton(clicked);
    if (standard != QMessageBox::NoButton)
        return standard;
    return clicked->objectName();
}

void MessageBox::notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    Question question;
    question.icon = icon;
    question.title = title;
    question.text = text;
    question.standardButtons = QMessageBox::Ok;
    question.defaultButton = QMessageBox::Ok;
    ask(parent, question);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    notify(parent, QMessageBox::Warning, title, text);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    notify(parent, QMessageBox::Information, title, text);
}

void MessageBox::setNextAnswer(const Choice &answer)
{
    m_answers.append(answer);
}

void MessageBox::reset()
{
    m_answers.clear();
    m_asked.clear();
}

} // namespace im
