// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace im {

// The one way the app asks the analyst a question in a message box. A test cannot wait on a message box's
// own loop without guessing when it opens, so it answers the next question in advance: setNextAnswer(),
// after which no box is shown, and asked() tells what the box would have said.
class MessageBox
{
public:
    // A button of a question: a standard one, or one of the question's own buttons named by its objectName.
    // Closing the box without a button answers none (NoButton, no name). Implicit, so that an answer reads
    // as the button it names.
    class Choice
    {
    public:
        Choice(QMessageBox::StandardButton standard = QMessageBox::NoButton)
            : m_standard(standard)
        {
        }
        Choice(const QString &name)
            : m_name(name)
        {
        }
        [[nodiscard]] QMessageBox::StandardButton standard() const { return m_standard; }
        [[nodiscard]] QString name() const { return m_name; }
        [[nodiscard]] bool isNone() const { return m_standard == QMessageBox::NoButton && m_name.isEmpty(); }
        friend bool operator==(const Choice &a, const Choice &b)
        {
            return a.m_standard == b.m_standard && a.m_name == b.m_name;
        }
        friend bool operator!=(const Choice &a, const Choice &b) { return !(a == b); }

    private:
        QMessageBox::StandardButton m_standard = QMessageBox::NoButton;
        QString m_name;
    };

    // One of the question's own buttons; `name` becomes its objectName and is what the answer names.
    struct Button
    {
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
        QString name;
        // A destructive button turns this off so that focusing it does not make Enter press it.
        bool autoDefault = true;
    };

    struct Question
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QString objectName;
        QMessageBox::StandardButtons standardButtons = QMessageBox::NoButton;
        QList<Button> buttons; // added after the standard ones
        Choice defaultButton;  // none: the box picks one itself
        Choice escapeButton;   // none: the box picks one itself
    };

    static MessageBox &instance();

    // What the analyst clicked.
    Choice ask(QWidget *parent, const Question &question);
    // A notice with a single OK button.
    void warning(QWidget *parent, const QString &title, const QString &text);
    void information(QWidget *parent, const QString &title, const QString &text);

    // Answers the next question with `answer`, showing nothing; several calls answer the questions in turn.
    void setNextAnswer(const Choice &answer);
    // Answers not yet taken by a question.
    [[nodiscard]] qsizetype pendingAnswers() const { return m_answers.size(); }
    // Every question asked since the last reset(), oldest first, whether a box was shown or not.
    [[nodiscard]] const QList<Question> &asked() const { return m_asked; }
    // Forgets pending answers and asked questions.
    void reset();

private:
    MessageBox() = default;
    void notify(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

    QList<Choice> m_answers;
    QList<Question> m_asked;
};

} // namespace im
