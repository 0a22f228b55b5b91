// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FileFingerprint.h"
#include "support/TestCertificates.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace im;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

// The SHA-1 fingerprint as the openssl command line prints it, lower-case hex without colons.
QString opensslThumbprint(const QString &pem)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                                        QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
    if (!p.waitForFinished(30000))
        return {};
    const QString out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    return out.section(u'=', 1).remove(u':').toLower();
}

} // namespace

class TestFileFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anyFileGivesItsSha256AndSha1();
    void leafCertificateGivesItsThumbprint();
    void derCertificateToo();
    void caCertificateIsWarnedAbout();
    void brokenCertificateIsAnError();

private:
    test::TestCertificates m_certs;
    QTemporaryDir m_dir;
};

void TestFileFingerprint::initTestCase()
{
    QVERIFY2(m_certs.create(), qPrintable(m_certs.error()));
}

void TestFileFingerprint::anyFileGivesItsSha256AndSha1()
{
    const QString path = writeFile(m_dir, QStringLiteral("sample.exe"), QByteArrayLiteral("abc"));
    const auto r = FileFingerprint::of(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.certificate);
    QCOMPARE(r.rows.size(), 2);
    // FIPS 180 test vectors for "abc".
    QCOMPARE(r.rows[0][Field::IndicatorType], QStringLiteral("FileSha256"));
    QCOMPARE(r.rows[0][Field::IndicatorValue],
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(r.rows[1][Field::IndicatorType], QStringLiteral("FileSha1"));
    QCOMPARE(r.rows[1][Field::IndicatorValue], QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(r.rows[0][Field::Title], QStringLiteral("sample.exe"));
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(FileFingerprint::isNotATable(path));
    // A file named as a table is one, even with binary content: its problem is reported as a table's.
    QVERIFY(!FileFingerprint::isNotATable(writeFile(m_dir, QStringLiteral("junk.csv"), QByteArray("a\0b", 3))));
    QVERIFY(FileFingerprint::isNotATable(writeFile(m_dir, QStringLiteral("blob"), QByteArray("a\0b", 3))));
    QVERIFY(!FileFingerprint::isNotATable(
        writeFile(m_dir, QStringLiteral("list"), QByteArrayLiteral("evil.example.com\n"))));
}

void TestFileFingerprint::leafCertificateGivesItsThumbprint()
{
    QVERIFY(FileFingerprint::isCertificateFile(m_certs.serverCert()));
    const auto r = FileFingerprint::of(m_certs.serverCert());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.certificate);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0][Field::IndicatorType], QStringLiteral("CertificateThumbprint"));
    const QString expected = opensslThumbprint(m_certs.serverCert());
    QCOMPARE(expected.size(), 40);
    QCOMPARE(r.rows[0][Field::IndicatorValue], expected);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestFileFingerprint::derCertificateToo()
{
    const QList<QSslCertificate> pem = QSslCertificate::fromPath(m_certs.serverCert());
    QVERIFY(!pem.isEmpty());
    const QString der = writeFile(m_dir, QStringLiteral("server.der"), pem.first().toDer());
    const auto r = FileFingerprint::of(der);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0][Field::IndicatorValue], opensslThumbprint(m_certs.serverCert()));
}

void TestFileFingerprint::caCertificateIsWarnedAbout()
{
    const auto ca = FileFingerprint::of(m_certs.caFile());
    QVERIFY2(ca.error.isEmpty(), qPrintable(ca.error));
    QCOMPARE(ca.rows.size(), 1);
    QCOMPARE(ca.warnings.size(), 1);
    QVERIFY(ca.warnings.first().contains(QStringLiteral("not a leaf certificate")));
    const auto selfSigned = FileFingerprint::of(m_certs.selfSignedCert());
    QCOMPARE(selfSigned.warnings.size(), 1);
}

void TestFileFingerprint::brokenCertificateIsAnError()
{
    const QString path =
        writeFile(m_dir, QStringLiteral("broken.cer"), QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n"));
    const auto r = FileFingerprint::of(path);
    QVERIFY(r.rows.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("holds no certificate")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestFileFingerprint)
#include "TestFileFingerprint.moc"
