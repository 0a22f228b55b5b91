// SPDX-License-Identifier: GPL-3.0-or-later
// im-render-icons: renders the application icon from its SVG at build time, for the packages.
//
//   im-render-icons SVG OUTDIR NAME SIZE...
//
// writes OUTDIR/hicolor/<S>x<S>/apps/NAME.png for every SIZE (the freedesktop icon theme layout),
// OUTDIR/NAME.ico (Windows: every SIZE up to 256) and OUTDIR/NAME.icns (macOS: 16 to 1024 pixels).
// Both containers hold PNG images, which Windows Vista and Mac OS X 10.7 and later read.
#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 9);
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "im-render-icons: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBigEndian(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO: a 6-byte header, one 16-byte entry per image, then the images (here PNG files).
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLittleEndian<quint16>(out, 0); // reserved
    appendLittleEndian<quint16>(out, 1); // type: icon
    appendLittleEndian<quint16>(out, static_cast<quint16>(images.size()));
    quint32 offset = 6 + 16 * static_cast<quint32>(images.size());
    for (const auto &[size, png] : images) {
        const auto side = static_cast<char>(size >= 256 ? 0 : size); // 0 means 256
        out.append(side).append(side);
        out.append('\0').append('\0');         // no palette, reserved
        appendLittleEndian<quint16>(out, 1);  // colour planes
        appendLittleEndian<quint16>(out, 32); // bits per pixel
        appendLittleEndian<quint32>(out, static_cast<quint32>(png.size()));
        appendLittleEndian<quint32>(out, offset);
        offset += static_cast<quint32>(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// ICNS: the magic "icns" and the file length, then one (type, length, PNG) element per image.
QByteArray icnsFile(QSvgRenderer &svg)
{
    static const std::pair<const char *, int> kTypes[] = {
        {"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},  {"ic12", 64},
        {"ic07", 128}, {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512}, {"ic10", 1024},
    };
    QByteArray body;
    for (const auto &[type, size] : kTypes) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        appendBigEndian<quint32>(body, static_cast<quint32>(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBigEndian<quint32>(out, static_cast<quint32>(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    // No display is needed: the offscreen platform renders the same pixels.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: im-render-icons SVG OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "im-render-icons: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir outDir(args.at(2));
    const QString &name = args.at(3);

    std::vector<std::pair<int, QByteArray>> icoImages;
    for (int i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "im-render-icons: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        const QByteArray png = renderPng(svg, size);
        const QString path = outDir.filePath(QStringLiteral("hicolor/%1x%1/apps/%2.png").arg(size).arg(name));
        if (!writeFile(path, png))
            return 1;
        if (size <= 256)
            icoImages.emplace_back(size, png);
    }
    if (!writeFile(outDir.filePath(name + QStringLiteral(".ico")), icoFile(icoImages))
        || !writeFile(outDir.filePath(name + QStringLiteral(".icns")), icnsFile(svg)))
        return 1;
    return 0;
}
