// SPDX-License-Identifier: GPL-3.0-or-later
// Saving is all or nothing: a real process saving a big table is killed (SIGKILL) in the middle of writing,
// and the file it was replacing is still there, byte for byte; a second process then saves it whole.
#include "support/GuiTestSupport.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using namespace im;
using namespace im::test;

namespace {

QByteArray bigTable(int rows)
{
    QByteArray text =
        "IndicatorType,IndicatorValue,ExpirationTime,Action,Severity,Title,Description,RecommendedActions,"
        "RbacGroups,Category,MitreTechniques,GenerateAlert\n";
    text.reserve(rows * 110);
    for (int i = 0; i < rows; ++i)
        text += "FileSha256," + QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex()
                + ",2031-01-01T00:00:00Z,Block,High,Row " + QByteArray::number(i) + ",From a feed,,,,,\n";
    return text;
}

// Bytes written so far to the file the process is saving: QSaveFile writes to a file of its own in the
// target's folder (on Linux an unnamed O_TMPFILE one), found through the process's open descriptors.
qint64 bytesBeingSaved(qint64 pid, const QString &folder, const QStringList &known)
{
    qint64 bytes = -1;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::Files | QDir::System)) {
        const QByteArray link = (fds + u'/' + fd).toLocal8Bit();
        char target[4096];
        const ssize_t length = ::readlink(link.constData(), target, sizeof(target) - 1);
        if (length <= 0)
            continue;
        const QString path = QString::fromLocal8Bit(target, static_cast<qsizetype>(length));
        if (!path.startsWith(folder + u'/') || known.contains(path.mid(folder.size() + 1)))
            continue;
        struct stat info
        {
        };
        if (::stat(link.constData(), &info) == 0)
            bytes = std::max<qint64>(bytes, info.st_size);
    }
    return bytes;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveKilledHalfWayLeavesThePreviousFile();

private:
    QTemporaryDir m_dir;
};

void TestDataSafety::initTestCase()
{
    isolateSettings(QStringLiteral("tst_datasafety"));
    QVERIFY(m_dir.isValid());
}

void TestDataSafety::saveKilledHalfWayLeavesThePreviousFile()
{
    const QString source = writeFile(m_dir, QStringLiteral("big.csv"), bigTable(300000));
    const QByteArray previous = portalCsv({validIndicator()});
    const QString target = writeFile(m_dir, QStringLiteral("saved.csv"), previous);
    const QStringList known{QStringLiteral("big.csv"), QStringLiteral("saved.csv")};

    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(IM_SAVE_HELPER_PATH), {QStringLiteral("tst_datasafety"), source, target});
    QVERIFY(helper.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    while (!helper.canReadLine() && clock.elapsed() < 60000)
        helper.waitForReadyRead(100);
    QCOMPARE(helper.readLine().trimmed(), QByteArray("saving"));

    // Kill it once the new file is being written next to the old one (QSaveFile's temporary file).
    qint64 written = -1;
    const bool settled = QTest::qWaitFor(
        [&] {
            if (helper.state() != QProcess::Running)
                return true;
            written = bytesBeingSaved(helper.processId(), QDir(m_dir.path()).canonicalPath(), known);
            return written > 0;
        },
        static_cast<int>(std::max<qint64>(0, 60000 - clock.elapsed())));
    Q_UNUSED(settled) // the next check says what went wrong
    QVERIFY2(written > 0, "the save was not seen under way");
    ::kill(static_cast<pid_t>(helper.processId()), SIGKILL);
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    QVERIFY2(!helper.readAll().contains("saved"), "the save ended before the kill; the test proves nothing");

    QVERIFY(written < QFileInfo(source).size()); // it really was half-way
    QCOMPARE(contentOf(target), previous);

    // A save that runs to its end replaces the file whole.
    QProcess whole;
    whole.setProcessEnvironment(environment);
    whole.start(QStringLiteral(IM_SAVE_HELPER_PATH), {QStringLiteral("tst_datasafety"), source, target});
    QVERIFY(whole.waitForStarted(10000));
    clock.restart();
    while (!whole.readAllStandardOutput().contains("saved") && clock.elapsed() < 120000)
        whole.waitForReadyRead(200);
    whole.kill();
    whole.waitForFinished(10000);
    const QByteArray saved = contentOf(target);
    QVERIFY(saved.size() > 20 * 1024 * 1024);
    QVERIFY(saved.endsWith("\r\n") || saved.endsWith('\n'));
    QCOMPARE(saved.count('\n'), qsizetype(300001));
}

QTEST_MAIN(TestDataSafety)
#include "TestDataSafety.moc"
