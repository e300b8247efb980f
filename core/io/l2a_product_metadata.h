// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace cropmap::core::io {

/**
 * \brief What a Level-2A product's `MTD_MSIL2A.xml` says about its digital numbers: the
 * processing baseline and the offset added to every band's DN since baseline 04.00.
 *
 * Reflectance = (DN + BOA_ADD_OFFSET) / BOA_QUANTIFICATION_VALUE (ESA, Sentinel-2 Products
 * Specification Document, PSD 14.9, and the baseline 04.00 note of 25 January 2022). The
 * offsets are listed per band as `<BOA_ADD_OFFSET band_id="N">-1000</BOA_ADD_OFFSET>` under
 * `BOA_ADD_OFFSET_VALUES_LIST`, band_id indexing the product's `Spectral_Information_List`
 * (B1 … B12 with B8A after B8). Products of older baselines list none.
 */
struct L2AProductMetadata
{
    QString processingBaseline;       //!< "04.00"; empty when the file does not say
    QMap<QString, double> boaOffsets; //!< band ("B02", "B8A") → offset in DN; empty = none
    QString offsetSource;             //!< where boaOffsets come from; empty when none

    /**
     * What the `.SAFE` folder \a productPath says: its MTD_MSIL2A.xml, the baseline of its
     * name's `_Nxxyy_` field where the file does not give one, and ESA's −1000 for every band
     * where a baseline of 04.00 or later lists no offset (or the file is missing).
     * Throws Error for a metadata file that is there but unreadable.
     */
    static L2AProductMetadata ofProduct(const QString &productPath);
    /** Reads \a path; throws Error naming the file and the line of malformed XML. */
    static L2AProductMetadata read(const QString &path);
    /** Parses \a xml, the text of \a path (named in errors). */
    static L2AProductMetadata parse(const QByteArray &xml, const QString &path);

    /** The baseline from a product name's `_Nxxyy_` field ("N0400" → "04.00"), or empty. */
    static QString baselineFromProductName(const QString &name);
    /** True for baselines 04.00 and later, whose DNs carry an offset. */
    static bool baselineHasOffset(const QString &baseline);
    /** The offset ESA applies from baseline 04.00 on, in DN. */
    static constexpr double kBaseline04Offset = -1000.0;
};

} // namespace cropmap::core::io
