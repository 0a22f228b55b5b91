// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QtTest>

using namespace im;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheProjectVersion();
    void namesTheQtVersionInUse();
    void listsEveryLibraryItShips();
    void showsEachLicenceText_data();
    void showsEachLicenceText();
};

void TestAboutDialog::showsTheProjectVersion()
{
    AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
    QVERIFY(version);
    QVERIFY2(version->text().contains(QStringLiteral(IM_VERSION)), qPrintable(version->text()));
}

void TestAboutDialog::namesTheQtVersionInUse()
{
    AboutDialog dialog;
    auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"));
    QVERIFY(qt);
    QVERIFY2(qt->text().contains(QString::fromLatin1(qVersion())), qPrintable(qt->text()));
}

void TestAboutDialog::listsEveryLibraryItShips()
{
    AboutDialog dialog;
    QListWidget *list = dialog.componentList();
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(1)->text().startsWith(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Lesser General Public License")));
    QVERIFY(list->item(2)->text().startsWith(QStringLiteral("QtKeychain")));
    QVERIFY(list->item(2)->text().contains(QStringLiteral("BSD")));
    QVERIFY(list->item(3)->text().startsWith(QStringLiteral("QuaZip")));
    QVERIFY(list->item(4)->text().startsWith(QStringLiteral("Poppler")));
}

void TestAboutDialog::showsEachLicenceText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("licenceStart");
    QTest::addColumn<QString>("noticeWord");
    QTest::newRow("Indicator Manager under the GPL")
        << 0 << QStringLiteral("GNU GENERAL PUBLIC LICENSE") << QStringLiteral("either version 3");
    QTest::newRow("Qt under the LGPL") << 1 << QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")
                                       << QStringLiteral("download.qt.io");
    QTest::newRow("QtKeychain under the BSD licence")
        << 2 << QStringLiteral("Redistribution and use in source and binary forms") << QStringLiteral("qtkeychain");
    QTest::newRow("QuaZip under the LGPL 2.1")
        << 3 << QStringLiteral("Version 2.1, February 1999") << QStringLiteral("static linking exception");
    QTest::newRow("Poppler under the GPL")
        << 4 << QStringLiteral("GNU GENERAL PUBLIC LICENSE") << QStringLiteral("poppler.freedesktop.org");
}

void TestAboutDialog::showsEachLicenceText()
{
    QFETCH(int, row);
    QFETCH(QString, licenceStart);
    QFETCH(QString, noticeWord);

    AboutDialog dialog;
    dialog.componentList()->setCurrentRow(row);
    const QString licence = dialog.licenceView()->toPlainText();
    QVERIFY2(licence.contains(licenceStart), qPrintable(licence.left(200)));
    QVERIFY(licence.size() > 1000 || row == 2);
    QVERIFY2(dialog.noticeLabel()->text().contains(noticeWord), qPrintable(dialog.noticeLabel()->text()));
    QVERIFY(!AboutDialog::licenceText(AboutDialog::components().at(row).licenceFile).isEmpty());
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
