// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

class TestWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notWrittenYet() { QFAIL("to be written"); }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "TestWriters.moc"
