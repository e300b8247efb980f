// SPDX-License-Identifier: GPL-3.0-or-later
// Sentinel2Archive::describe(): the summary `cropmap inspect` prints.
#include <map>

#include <QCoreApplication>
#include <QFileInfo>

#include "io/sentinel2_archive.h"

namespace cropmap::core::io {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cropmap::core::io", text, disambiguation, n);
}

// "20220405T100031  baseline 04.00  offset -1000 (MTD_MSIL2A.xml)"; per band where they differ.
QString describeOffset(const Acquisition &a, const QStringList &bands)
{
    QMap<double, QStringList> bandsOfOffset;
    for (const QString &band : bands) {
        if (isReflectanceBand(band))
            bandsOfOffset[a.boaOffset(band)] << band;
    }
    QString offset;
    if (bandsOfOffset.isEmpty() || (bandsOfOffset.size() == 1 && bandsOfOffset.firstKey() == 0)) {
        offset = tr("offset none");
    } else if (bandsOfOffset.size() == 1) {
        offset = tr("offset %1 (%2)").arg(bandsOfOffset.firstKey()).arg(a.offsetSource);
    } else {
        QStringList parts;
        for (auto it = bandsOfOffset.cbegin(); it != bandsOfOffset.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value().join(u' ')).arg(it.key());
        offset = tr("offsets %1 (%2)").arg(parts.join(QStringLiteral(", ")), a.offsetSource);
    }
    const QString baseline = a.processingBaseline.isEmpty()
                                 ? tr("baseline not recorded")
                                 : tr("baseline %1").arg(a.processingBaseline);
    return QStringLiteral("%1  %2  %3").arg(a.id, baseline, offset);
}

} // namespace

QString Sentinel2Archive::describe() const
{
    QString text = tr("Archive %1 (layout: %2), %n tile(s)\n", nullptr, int(m_tiles.size()))
                       .arg(m_root, m_layout);
    for (const TileAcquisitions &t : m_tiles) {
        text += tr("\nTile %1: %2 acquisitions, %3 to %4\n")
                    .arg(t.id)
                    .arg(t.acquisitions.size())
                    .arg(t.acquisitions.front().date().toString(Qt::ISODate),
                         t.acquisitions.back().date().toString(Qt::ISODate));
        text += tr("  grid: %1\n").arg(t.grid.describe());
        text += tr("  bands found: %1\n").arg(t.bandsFound.join(u' '));
        const Acquisition &a0 = t.acquisitions.front();
        text += tr("  mask: %1\n").arg(a0.maskPath.isEmpty() ? tr("none") : QFileInfo(a0.maskPath).completeBaseName());
        std::map<QString, int> perMonth;
        for (const Acquisition &a : t.acquisitions)
            ++perMonth[a.date().toString(QStringLiteral("yyyy-MM"))];
        text += tr("  acquisitions per month:");
        for (const auto &[month, count] : perMonth)
            text += QStringLiteral(" %1:%2").arg(month).arg(count);
        text += u'\n';
        text += tr("  processing baseline and BOA_ADD_OFFSET added to the DNs, per acquisition:\n");
        for (const Acquisition &a : t.acquisitions)
            text += QStringLiteral("    ") + describeOffset(a, t.bandsFound) + u'\n';
        if (!t.skipped.isEmpty()) {
            text += tr("  skipped or missing (%1):\n").arg(t.skipped.size());
            for (const QString &s : t.skipped)
                text += QStringLiteral("    ") + s + u'\n';
        } else {
            text += tr("  missing: nothing\n");
        }
    }
    return text;
}

} // namespace cropmap::core::io
