// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "evaluate/accuracy_metrics.h"
#include "evaluate/confusion_matrix.h"

namespace cropmap::core::evaluate {

/** Escapes text for XML/HTML content and attribute values. */
QString xmlEscaped(const QString &text);

/**
 * The confusion matrix as an inline SVG heat map: rows = reference, columns = map, each cell
 * coloured by its share of the reference row (so small classes stay visible) and labelled with
 * its count; a <title> per cell gives count and share on hover. Pure text, no QtGui, so it can
 * be generated in core and viewed offline.
 */
QString confusionHeatmapSvg(const ConfusionMatrix &matrix, const QStringList &classNames);

/** Per-class PA, UA and F1 as grouped horizontal bars on a 0–1 axis; undefined values read "n/a". */
QString classAccuracyBarsSvg(const AccuracyMetrics &metrics, const QStringList &classNames);

} // namespace cropmap::core::evaluate
