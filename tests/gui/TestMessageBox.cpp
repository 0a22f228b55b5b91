// SPDX-License-Identifier: GPL-3.0-or-later
// The message box seam: an answer given in advance shows nothing and is returned as given; without one,
// the analyst sees a box built exactly as asked, and the button clicked is the answer.
#include "support/ModalDialogDriver.h"
#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QDialog>
#include <QPushButton>
#include <QtTest>

using namespace im;
using namespace im::test;

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void answersGivenInAdvanceAreTakenInTurn();
    void boxIsBuiltAsAsked();
    void standardButtonsAnswerThemselves();
    void noticesHaveOneOkButton();
    void aBoxIsAsWideAsItsTitle();

private:
    static MessageBox::Question deleteQuestion();
};

void TestMessageBox::init()
{
    MessageBox::instance().reset();
}

void TestMessageBox::cleanup()
{
    ModalDialogDriver::stopAll();
    MessageBox::instance().reset();
}

MessageBox::Question TestMessageBox::deleteQuestion()
{
    MessageBox::Question question;
    question.icon = QMessageBox::Warning;
    question.title = QStringLiteral("Delete Things");
    question.text = QStringLiteral("Delete 3 things?");
    question.informativeText = QStringLiteral("This cannot be undone.");
    question.detailedText = QStringLiteral("a\nb\nc");
    question.objectName = QStringLiteral("deleteBox");
    question.standardButtons = QMessageBox::Cancel;
    question.buttons = {
        {QStringLiteral("&Delete"), QMessageBox::DestructiveRole, QStringLiteral("deleteButton"), false},
        {QStringLiteral("&Keep"), QMessageBox::AcceptRole, QStringLiteral("keepButton")}};
    question.defaultButton = QMessageBox::Cancel;
    question.escapeButton = QMessageBox::Cancel;
    return question;
}

void TestMessageBox::answersGivenInAdvanceAreTakenInTurn()
{
    MessageBox &boxes = MessageBox::instance();
    boxes.setNextAnswer(QStringLiteral("deleteButton"));
    boxes.setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(boxes.pendingAnswers(), qsizetype(2));
    QCOMPARE(boxes.ask(nullptr, deleteQuestion()), MessageBox::Choice(QStringLiteral("deleteButton")));
    QCOMPARE(boxes.ask(nullptr, deleteQuestion()), MessageBox::Choice(QMessageBox::Cancel));
    QCOMPARE(boxes.pendingAnswers(), qsizetype(0));
    QCOMPARE(boxes.asked().size(), qsizetype(2));
    QCOMPARE(boxes.asked().at(0).text, QStringLiteral("Delete 3 things?"));
    QCOMPARE(boxes.asked().at(0).objectName, QStringLiteral("deleteBox"));

    boxes.reset();
    QCOMPARE(boxes.asked().size(), qsizetype(0));
}

void TestMessageBox::boxIsBuiltAsAsked()
{
    const auto answered = ModalDialogDriver::expect(QStringLiteral("deleteBox"), [](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(box->windowTitle(), QStringLiteral("Delete Things"));
        QCOMPARE(box->text(), QStringLiteral("Delete 3 things?"));
        QCOMPARE(box->informativeText(), QStringLiteral("This cannot be undone."));
        QCOMPARE(box->detailedText(), QStringLiteral("a\nb\nc"));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QCOMPARE(box->escapeButton(), box->button(QMessageBox::Cancel));
        auto *remove = box->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(remove);
        QCOMPARE(remove->text(), QStringLiteral("&Delete"));
        QCOMPARE(box->buttonRole(remove), QMessageBox::DestructiveRole);
        QVERIFY(!remove->autoDefault());
        auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepButton"));
        QVERIFY(keep && keep->autoDefault());
        remove->click();
    });
    QCOMPARE(MessageBox::instance().ask(nullptr, deleteQuestion()), MessageBox::Choice(QStringLiteral("deleteButton")));
    QVERIFY(*answered);
    QCOMPARE(MessageBox::instance().asked().size(), qsizetype(1));
}

void TestMessageBox::standardButtonsAnswerThemselves()
{
    MessageBox::Question question;
    question.title = QStringLiteral("Clear");
    question.text = QStringLiteral("Clear everything?");
    question.objectName = QStringLiteral("clearBox");
    question.standardButtons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::No;
    const auto answered = ModalDialogDriver::expect(QStringLiteral("clearBox"), [](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        QTest::keyClick(box, Qt::Key_Return);
    });
    QCOMPARE(MessageBox::instance().ask(nullptr, question), MessageBox::Choice(QMessageBox::No));
    QVERIFY(*answered);
}

void TestMessageBox::noticesHaveOneOkButton()
{
    const auto answered = ModalDialogDriver::expect(QString(), [](QWidget *widget) {
        auto *box = qobject_cast<QMessageBox *>(widget);
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Information);
        QCOMPARE(box->text(), QStringLiteral("Nothing to do."));
        QCOMPARE(box->buttons().size(), qsizetype(1));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Ok));
        box->defaultButton()->click();
    });
    MessageBox::instance().information(nullptr, QStringLiteral("Notice"), QStringLiteral("Nothing to do."));
    QVERIFY(*answered);
    QCOMPARE(MessageBox::instance().asked().at(0).standardButtons, QMessageBox::StandardButtons(QMessageBox::Ok));
}

void TestMessageBox::aBoxIsAsWideAsItsTitle()
{
    MessageBox::Question question;
    question.title = QStringLiteral("Submit 14,555 indicators to the tenant of contoso.onmicrosoft.com");
    question.text = QStringLiteral("Sure?");
    question.standardButtons = QMessageBox::Ok | QMessageBox::Cancel;
    question.defaultButton = QMessageBox::Cancel;
    int width = 0;
    int needed = 0;
    const auto answered = ModalDialogDriver::expect(QString(), [&](QWidget *widget) {
        width = widget->width();
        needed = widget->fontMetrics().horizontalAdvance(widget->windowTitle());
        qobject_cast<QDialog *>(widget)->reject();
    });
    MessageBox::instance().ask(nullptr, question);
    QVERIFY(*answered);
    QVERIFY2(width > needed, qPrintable(QStringLiteral("%1 <= %2").arg(width).arg(needed)));
}

QTEST_MAIN(TestMessageBox)
#include "TestMessageBox.moc"
