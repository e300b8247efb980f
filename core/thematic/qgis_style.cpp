// SPDX-License-Identifier: GPL-3.0-or-later
#include "thematic/qgis_style.h"

#include <QFileInfo>
#include <QDir>

#include "io/atomic_output.h"

namespace cropmap::core::thematic {

void writeQgisPalettedStyle(const QString &path, const ClassTable &classes)
{
    QString xml = QStringLiteral(
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        "<qgis version=\"3.28.0\" styleCategories=\"AllStyleCategories\">\n"
        "  <pipe>\n"
        "    <rasterrenderer type=\"paletted\" band=\"1\" opacity=\"1\" alphaBand=\"-1\" "
        "nodataColor=\"\">\n"
        "      <rasterTransparency/>\n"
        "      <colorPalette>\n");
    for (const TargetClass &c : classes.classes()) {
        xml += QStringLiteral("        <paletteEntry value=\"%1\" color=\"%2\" alpha=\"255\" "
                              "label=\"%3\"/>\n")
                   .arg(c.id)
                   .arg(c.colour.toLower(), c.name.toHtmlEscaped());
    }
    xml += QStringLiteral("      </colorPalette>\n"
                          "    </rasterrenderer>\n"
                          "    <brightnesscontrast brightness=\"0\" contrast=\"0\" gamma=\"1\"/>\n"
                          "    <huesaturation saturation=\"0\" grayscaleMode=\"0\" colorizeOn=\"0\"/>\n"
                          "    <rasterresampler maxOversampling=\"2\"/>\n"
                          "  </pipe>\n"
                          "  <blendMode>0</blendMode>\n"
                          "</qgis>\n");
    io::writeFileAtomically(path, xml.toUtf8());
}

QString qgisStylePathFor(const QString &rasterPath)
{
    const QFileInfo info(rasterPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".qml"));
}

} // namespace cropmap::core::thematic
