// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "thematic/border_erosion.h"

using cropmap::core::thematic::erodeParcelBorders;

namespace {

// An 8 × 6 drawing of three parcels: 1 (columns 0–3, rows 0–4), a 1-pixel-wide parcel 3
// (column 4) and 2 (columns 5–7, rows 0–4); row 5 is background except parcel 3.
const std::vector<std::uint32_t> kDrawing = {
    1, 1, 1, 1, 3, 2, 2, 2,
    1, 1, 1, 1, 3, 2, 2, 2,
    1, 1, 1, 1, 3, 2, 2, 2,
    1, 1, 1, 1, 3, 2, 2, 2,
    1, 1, 1, 1, 3, 2, 2, 2,
    0, 0, 0, 0, 3, 0, 0, 0,
};

} // namespace

class TestBorderErosion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void erodesByTheChebyshevRadius_data()
    {
        QTest::addColumn<int>("radius");
        QTest::addColumn<std::vector<std::uint32_t>>("expected");
        QTest::newRow("r=0 keeps all") << 0 << kDrawing;
        // r = 1: a pixel stays if its 3 × 3 square (clipped at the raster edge) is one parcel.
        // Parcel 1 loses column 3 (beside 3) and row 4 (above background): columns 0–2 × rows
        // 0–3 = 12 pixels. Parcel 2 loses column 5 and row 4: columns 6–7 × rows 0–3 = 8.
        // Parcel 3 is one pixel wide: every pixel has a neighbour of another parcel, it vanishes.
        QTest::newRow("r=1") << 1 << std::vector<std::uint32_t>{
            1, 1, 1, 0, 0, 0, 2, 2,
            1, 1, 1, 0, 0, 0, 2, 2,
            1, 1, 1, 0, 0, 0, 2, 2,
            1, 1, 1, 0, 0, 0, 2, 2,
            0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0,
        };
        // r = 2: 5 × 5 squares. Parcel 1 keeps columns 0–1 (column 2 sees column 4) and rows
        // 0–2 (row 3 sees row 5): 6 pixels; parcel 2 keeps column 7 only, rows 0–2: 3 pixels.
        QTest::newRow("r=2") << 2 << std::vector<std::uint32_t>{
            1, 1, 0, 0, 0, 0, 0, 2,
            1, 1, 0, 0, 0, 0, 0, 2,
            1, 1, 0, 0, 0, 0, 0, 2,
            0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0,
        };
    }

    void erodesByTheChebyshevRadius()
    {
        QFETCH(int, radius);
        QFETCH(std::vector<std::uint32_t>, expected);
        QCOMPARE(erodeParcelBorders(kDrawing, 8, 6, radius), expected);
    }

    void diagonalNeighboursCount()
    {
        // A 3 × 3 parcel 1 whose corner (2, 2) touches parcel 2 only diagonally at (3, 3): with
        // the square (not the cross) neighbourhood the centre (1, 1) stays and (2, 2) goes.
        std::vector<std::uint32_t> ids(16, 0);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                ids[std::size_t(r * 4 + c)] = 1;
        ids[15] = 2;
        const auto eroded = erodeParcelBorders(ids, 4, 4, 1);
        QCOMPARE(eroded[5], 1u);   // (1, 1)
        QCOMPARE(eroded[10], 0u);  // (2, 2): sees (3, 3) = 2 diagonally
        QCOMPARE(eroded[0], 1u);   // (0, 0): the raster edge is not a border
        QCOMPARE(eroded[15], 0u);  // parcel 2 touches background 0
    }

    void matchesTheDirectDefinitionOnALargerDrawing()
    {
        // Pseudo-random blocky parcels; compare with the literal "every pixel in the square".
        const int w = 37, h = 29;
        std::vector<std::uint32_t> ids(std::size_t(w * h));
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c)
                ids[std::size_t(r * w + c)] = std::uint32_t(((c / 5) * 7 + (r / 4) * 3 + (c * r) % 11 / 9) % 6);
        for (int radius : {1, 2, 3}) {
            const auto fast = erodeParcelBorders(ids, w, h, radius);
            for (int r = 0; r < h; ++r) {
                for (int c = 0; c < w; ++c) {
                    const std::uint32_t id = ids[std::size_t(r * w + c)];
                    bool uniform = id != 0;
                    for (int y = std::max(0, r - radius); y <= std::min(h - 1, r + radius); ++y)
                        for (int x = std::max(0, c - radius); x <= std::min(w - 1, c + radius); ++x)
                            uniform = uniform && ids[std::size_t(y * w + x)] == id;
                    QCOMPARE(fast[std::size_t(r * w + c)], uniform ? id : 0u);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBorderErosion)
#include "tst_border_erosion.moc"
