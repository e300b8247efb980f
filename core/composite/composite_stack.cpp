// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/composite_stack.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "util/error.h"

namespace cropmap::core::composite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::composite", text);
}

QString findVrt(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(tr("Composite \"%1\" does not exist").arg(path));
    if (!info.isDir())
        return info.absoluteFilePath();
    const QStringList vrts =
        QDir(path).entryList({QStringLiteral("*_composites.vrt")}, QDir::Files, QDir::Name);
    if (vrts.size() != 1) {
        throw Error(tr("Folder \"%1\" holds %2 composite stacks (*_composites.vrt); expected one")
                        .arg(path)
                        .arg(vrts.size()));
    }
    return QDir(path).absoluteFilePath(vrts.front());
}

} // namespace

CompositeStack::CompositeStack(QString path, io::RasterSource source)
    : m_path(std::move(path))
    , m_source(std::move(source))
{}

CompositeStack CompositeStack::open(const QString &path)
{
    const QString vrt = findVrt(path);
    CompositeStack stack(vrt, io::RasterSource::open(vrt));
    stack.m_tile = stack.m_source.metadataItem(QStringLiteral("TILE"));
    stack.m_steps = stack.m_source.metadataItem(QStringLiteral("STEPS")).split(u',', Qt::SkipEmptyParts);
    stack.m_bands = stack.m_source.metadataItem(QStringLiteral("BANDS")).split(u',', Qt::SkipEmptyParts);
    stack.m_countFile = stack.m_source.metadataItem(QStringLiteral("COUNT_FILE"));
    if (stack.m_steps.isEmpty() || stack.m_bands.isEmpty()
        || stack.m_source.bandCount() != stack.stepCount() * stack.bandCount()) {
        throw Error(tr("\"%1\" is not a composite stack: it needs STEPS and BANDS metadata "
                       "and steps × bands raster bands (it has %2 bands, %3 steps, %4 bands)")
                        .arg(vrt)
                        .arg(stack.m_source.bandCount())
                        .arg(stack.stepCount())
                        .arg(stack.bandCount()));
    }
    return stack;
}

QString CompositeStack::countPath() const
{
    return m_countFile.isEmpty() ? QString()
                                 : QFileInfo(m_path).absoluteDir().filePath(m_countFile);
}

void CompositeStack::readWindow(const io::Window &window, float *out) const
{
    const std::size_t pixels = std::size_t(window.pixelCount());
    const std::size_t perPixel = std::size_t(stepCount()) * std::size_t(bandCount());
    m_plane.resize(pixels);
    for (std::size_t layer = 0; layer < perPixel; ++layer) {
        // VRT band layer + 1 is step layer / B, band layer % B: the same order as per pixel.
        m_source.readWindow(int(layer) + 1, window, m_plane.data());
        for (std::size_t p = 0; p < pixels; ++p)
            out[p * perPixel + layer] = m_plane[p];
    }
}

std::vector<float> CompositeStack::readWindow(const io::Window &window) const
{
    std::vector<float> out(std::size_t(window.pixelCount()) * std::size_t(stepCount())
                           * std::size_t(bandCount()));
    readWindow(window, out.data());
    return out;
}

} // namespace cropmap::core::composite
