// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <utility>
#include <vector>

namespace cropmap::core::model {

/**
 * \brief The one-file container of model files and training checkpoints.
 *
 * Layout: the magic line "CROPMAP-MODEL\n", a little-endian uint32 version and uint64
 * header length, a JSON header (with "sections": [{"name", "bytes"}]) and the sections'
 * bytes in that order (LibTorch archives of weights and optimizer state). The metadata can
 * be read without LibTorch and without reading the weights (`cropmap model-info`), and a
 * truncated or foreign file is recognised before any weight is parsed.
 */
struct ModelFile
{
    QJsonObject header;
    std::vector<std::pair<QString, QByteArray>> sections;

    /** The section called \a name; throws Error naming \a path when it is missing. */
    const QByteArray &section(const QString &name, const QString &path) const;
    bool hasSection(const QString &name) const;

    /** Writes the file atomically (temporary name, then rename); throws Error naming it. */
    void write(const QString &path) const;
    /** Reads a whole file; throws Error naming \a path when missing, truncated or foreign. */
    static ModelFile read(const QString &path);
    /** Reads only the JSON header. */
    static QJsonObject readHeader(const QString &path);
};

} // namespace cropmap::core::model
