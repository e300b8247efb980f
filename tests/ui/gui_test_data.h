// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>

/**
 * Small synthetic data for the GUI tests, in EPSG:32633 with 10 m pixels.
 *
 * Stack: 40 × 30 pixels, top-left corner (500000, 5000300), extent x 500000…500400,
 * y 5000000…5000300; 12 months × 4 bands (B02 B03 B04 B08), descriptions "2017-09 B02" …
 * "2018-08 B08", month-major. Value of month k (0…11), band b (0 = B02 … 3 = B08):
 *   columns 0–19 (zone A):            1000 + 50·k + 100·b
 *   columns 20–39, rows 0–14 (B):     500
 *   columns 20–39, rows 15–29 (C):    2000
 * Parcels (GeoPackage, layer "parcels", fields parcel_id, crop):
 *   1 "Maize": x 500000…500200, y 5000000…5000300 (zone A)
 *   2 "Grass": x 500200…500400, y 5000150…5000300 (zone B)
 */
namespace uitest {

constexpr int kWidth = 40;
constexpr int kHeight = 30;
constexpr double kLeft = 500000;
constexpr double kTop = 5000300;
inline QRectF stackExtent() { return QRectF(500000, 5000000, 400, 300); }
float stackValue(int month, int band, int column, int row);

/** Writes the stack into \a folder and returns its path. */
QString writeStack(const QString &folder);
/** Writes the parcels into \a folder and returns their path. */
QString writeParcels(const QString &folder);

} // namespace uitest
