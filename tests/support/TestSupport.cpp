// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include <QFile>
#include <QStringList>

namespace im::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(IM_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return file.readAll();
}

Indicator validIndicator()
{
    Indicator i;
    i[Field::IndicatorType] = QStringLiteral("FileSha256");
    i[Field::IndicatorValue] = QStringLiteral("2233223322332233223322332233223322332233223322332233223322332222");
    i[Field::Action] = QStringLiteral("Block");
    i[Field::Severity] = QStringLiteral("High");
    i[Field::Title] = QStringLiteral("Known ransomware loader");
    i[Field::Description] = QStringLiteral("Seen in the March campaign");
    return i;
}

Indicator indicatorWith(std::initializer_list<std::pair<Field, QString>> cells)
{
    Indicator i = validIndicator();
    for (const auto &[field, text] : cells)
        i[field] = text;
    return i;
}

IndicatorTable tableOf(std::initializer_list<Indicator> indicators)
{
    IndicatorTable table;
    for (const Indicator &i : indicators)
        table.appendIndicator(i);
    return table;
}

QString codesOf(const IssueSet &issues)
{
    QStringList codes;
    issues.forEach([&codes](IssueCode c) { codes.append(QString::fromLatin1(issueInfo(c).code)); });
    codes.sort();
    return codes.join(u',');
}

} // namespace im::test
