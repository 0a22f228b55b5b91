// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the pseudo-locale catalogue: every message of a fresh lupdate output translated as its own
// source text between ⟦ and ⟧. Placeholders (%1, %n) and accelerators (&) stay inside and keep working;
// a text on screen without the markers did not go through tr().
//
//   im-make-pseudo-catalogue IN.ts OUT.ts
#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

QString pseudo(const QString &source)
{
    return QStringLiteral("⟦%1⟧").arg(source);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: im-make-pseudo-catalogue IN.ts OUT.ts\n");
        return 2;
    }
    QFile in(args[1]);
    QFile out(args[2]);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot open %s or %s\n", qPrintable(args[1]), qPrintable(args[2]));
        return 1;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    QString source;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument()) {
            writer.writeStartDocument();
        } else if (reader.isDTD()) {
            writer.writeDTD(reader.text().toString());
        } else if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("TS")) {
                writer.writeStartElement(QStringLiteral("TS"));
                writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                // English plural rules: two forms, so "%n row(s)" keeps its count in both.
                writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
            } else if (name == QLatin1String("message")) {
                numerus = reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                writer.writeStartElement(QStringLiteral("message"));
                writer.writeAttributes(reader.attributes());
            } else if (name == QLatin1String("translation")) {
                reader.skipCurrentElement();
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
                } else {
                    writer.writeCharacters(pseudo(source));
                }
                writer.writeEndElement();
            } else if (name == QLatin1String("source")) {
                source = reader.readElementText();
                writer.writeTextElement(QStringLiteral("source"), source);
            } else {
                // context, name, comment, extracomment, location: copied as they are
                writer.writeStartElement(name.toString());
                writer.writeAttributes(reader.attributes());
            }
        } else if (reader.isEndElement()) {
            writer.writeEndElement();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    writer.writeEndDocument();
    if (reader.hasError()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args[1]), qPrintable(reader.errorString()));
        return 1;
    }
    return 0;
}
