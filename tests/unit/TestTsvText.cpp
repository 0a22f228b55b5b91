// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TsvText.h"

#include <QtTest>

using namespace im;

using Block = QList<QStringList>;

class TestTsvText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesClipboardText_data();
    void parsesClipboardText();
    void formatsWhatItParses();
};

void TestTsvText::parsesClipboardText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Block>("expected");
    QTest::newRow("one cell from Excel (CRLF)") << QStringLiteral("abc\r\n") << Block{{QStringLiteral("abc")}};
    QTest::newRow("one cell, no line end") << QStringLiteral("abc") << Block{{QStringLiteral("abc")}};
    QTest::newRow("3x2 block, LF") << QStringLiteral("a\tb\nc\td\ne\tf\n")
                                   << Block{{QStringLiteral("a"), QStringLiteral("b")},
                                            {QStringLiteral("c"), QStringLiteral("d")},
                                            {QStringLiteral("e"), QStringLiteral("f")}};
    QTest::newRow("empty cells kept") << QStringLiteral("\tx\t\r\n")
                                      << Block{{QString(), QStringLiteral("x"), QString()}};
    QTest::newRow("quoted line break and quotes (LibreOffice)")
        << QStringLiteral("\"two\nlines\"\t\"say \"\"hi\"\"\"\n")
        << Block{{QStringLiteral("two\nlines"), QStringLiteral("say \"hi\"")}};
    QTest::newRow("quote inside an unquoted field stays")
        << QStringLiteral("5\" disk\tx") << Block{{QStringLiteral("5\" disk"), QStringLiteral("x")}};
    QTest::newRow("raw IOC list") << QStringLiteral("evil.example.com\n8.8.8.8\nhxxp://bad[.]example/x\n")
                                  << Block{{QStringLiteral("evil.example.com")},
                                           {QStringLiteral("8.8.8.8")},
                                           {QStringLiteral("hxxp://bad[.]example/x")}};
}

void TestTsvText::parsesClipboardText()
{
    QFETCH(QString, text);
    QFETCH(Block, expected);
    QCOMPARE(TsvText::parse(text), expected);
}

void TestTsvText::formatsWhatItParses()
{
    const Block block{{QStringLiteral("plain"), QStringLiteral("tab\there")},
                      {QStringLiteral("line\nbreak"), QStringLiteral("\"quoted\"")},
                      {QString(), QStringLiteral("指示器")}};
    const QString text = TsvText::format(block);
    QVERIFY(text.startsWith(QStringLiteral("plain\t\"tab\there\"\n")));
    QCOMPARE(TsvText::parse(text), block);
}

QTEST_GUILESS_MAIN(TestTsvText)
#include "TestTsvText.moc"
