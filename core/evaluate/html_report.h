// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace cropmap::core::evaluate {

struct AccuracyReport;

/**
 * The report as one self-contained page (inline CSS and SVG, no script, no network at view
 * time): overall table (OA, kappa, macro and minimum F1), per-class table, the confusion matrix
 * as a heat map, per-class PA/UA/F1 bars, and when present the area-adjusted estimates, the
 * weak-vs-final comparison and the reliable-sample selection. Written as well-formed XHTML so
 * that tools (and our tests) can parse it as XML.
 */
QByteArray renderAccuracyHtml(const AccuracyReport &report);

} // namespace cropmap::core::evaluate
