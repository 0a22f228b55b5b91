// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

class TestDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWrittenYet() { QFAIL("to be written"); }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"
