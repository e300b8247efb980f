// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/l2a_product_metadata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include "util/error.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::io", text);
}

// "B1" → "B01", "B8A" as it is: the names of the band files.
QString fileBandName(const QString &physical)
{
    static const QRegularExpression digits(QStringLiteral("^B(\\d)$"));
    const auto m = digits.match(physical.trimmed());
    return m.hasMatch() ? QStringLiteral("B0") + m.captured(1) : physical.trimmed();
}

// The band_id order of every product so far, used where the file lists no
// Spectral_Information (its bandId/physicalBand pairs say the same).
QString defaultBandOfId(int id)
{
    static const QStringList bands = {
        QStringLiteral("B01"), QStringLiteral("B02"), QStringLiteral("B03"), QStringLiteral("B04"),
        QStringLiteral("B05"), QStringLiteral("B06"), QStringLiteral("B07"), QStringLiteral("B08"),
        QStringLiteral("B8A"), QStringLiteral("B09"), QStringLiteral("B10"), QStringLiteral("B11"),
        QStringLiteral("B12")};
    return id >= 0 && id < bands.size() ? bands[id] : QString();
}

} // namespace

L2AProductMetadata L2AProductMetadata::ofProduct(const QString &productPath)
{
    const QString mtd = QDir(productPath).filePath(QStringLiteral("MTD_MSIL2A.xml"));
    const bool hasMtd = QFileInfo::exists(mtd);
    L2AProductMetadata metadata = hasMtd ? read(mtd) : L2AProductMetadata{};
    if (metadata.processingBaseline.isEmpty())
        metadata.processingBaseline = baselineFromProductName(QFileInfo(productPath).fileName());
    if (!metadata.boaOffsets.isEmpty()) {
        metadata.offsetSource = QStringLiteral("MTD_MSIL2A.xml");
    } else if (baselineHasOffset(metadata.processingBaseline)) {
        for (int id = 0; !defaultBandOfId(id).isEmpty(); ++id)
            metadata.boaOffsets.insert(defaultBandOfId(id), kBaseline04Offset);
        metadata.offsetSource =
            (hasMtd ? tr("assumed for baseline %1: MTD_MSIL2A.xml lists none")
                    : tr("assumed for baseline %1: the product has no MTD_MSIL2A.xml"))
                .arg(metadata.processingBaseline);
    }
    return metadata;
}

L2AProductMetadata L2AProductMetadata::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

L2AProductMetadata L2AProductMetadata::parse(const QByteArray &xml, const QString &path)
{
    L2AProductMetadata metadata;
    QMap<int, double> offsetOfId;
    QMap<int, QString> bandOfId;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Element names without their namespace prefix (the root is n1:Level-2A_User_Product).
        const QStringView name = reader.name();
        if (name == QLatin1String("PROCESSING_BASELINE")) {
            metadata.processingBaseline = reader.readElementText().trimmed();
        } else if (name == QLatin1String("Spectral_Information")) {
            bool ok = false;
            const int id = reader.attributes().value(QLatin1String("bandId")).toInt(&ok);
            const QString band = reader.attributes().value(QLatin1String("physicalBand")).toString();
            if (ok && !band.isEmpty())
                bandOfId.insert(id, fileBandName(band));
        } else if (name == QLatin1String("BOA_ADD_OFFSET")) {
            const QString idText = reader.attributes().value(QLatin1String("band_id")).toString();
            const qint64 line = reader.lineNumber();
            const QString text = reader.readElementText().trimmed();
            bool idOk = false;
            bool valueOk = false;
            const int id = idText.toInt(&idOk);
            const double value = text.toDouble(&valueOk);
            if (!idOk || !valueOk) {
                throw Error(tr("\"%1\", line %2: BOA_ADD_OFFSET band_id=\"%3\" holds \"%4\", "
                               "expected a band number and a number")
                                .arg(path)
                                .arg(line)
                                .arg(idText, text));
            }
            offsetOfId.insert(id, value);
        }
    }
    if (reader.hasError()) {
        throw Error(tr("\"%1\" is not readable XML (line %2): %3")
                        .arg(path)
                        .arg(reader.lineNumber())
                        .arg(reader.errorString()));
    }
    for (auto it = offsetOfId.cbegin(); it != offsetOfId.cend(); ++it) {
        const QString band = bandOfId.value(it.key(), defaultBandOfId(it.key()));
        if (band.isEmpty())
            throw Error(tr("\"%1\": BOA_ADD_OFFSET of unknown band_id %2").arg(path).arg(it.key()));
        metadata.boaOffsets.insert(band, it.value());
    }
    return metadata;
}

QString L2AProductMetadata::baselineFromProductName(const QString &name)
{
    static const QRegularExpression field(QStringLiteral("_N(\\d{2})(\\d{2})_"));
    const auto m = field.match(name);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('.') + m.captured(2) : QString();
}

bool L2AProductMetadata::baselineHasOffset(const QString &baseline)
{
    bool ok = false;
    const double value = baseline.toDouble(&ok);
    return ok && value >= 4.0;
}

} // namespace cropmap::core::io
