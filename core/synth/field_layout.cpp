// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/field_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "synth/crop_catalogue.h"
#include "synth/random_field.h"
#include "thematic/class_table.h"

namespace cropmap::core::synth {

namespace {

// Neighbourhood searched for competing sites, in grid cells. Weights stay below
// (0.8·spacing)², so a site farther than 3 cells never wins a pixel over the sites nearby.
constexpr int searchCells = 3;

// Sutherland–Hodgman clip of a convex polygon by the half-plane a·x + b·y ≤ c.
Polygon clip(const Polygon &polygon, double a, double b, double c)
{
    Polygon out;
    const int n = int(polygon.size());
    for (int k = 0; k < n; ++k) {
        const QPointF p = polygon[k], q = polygon[(k + 1) % n];
        const double fp = a * p.x() + b * p.y() - c;
        const double fq = a * q.x() + b * q.y() - c;
        if (fp <= 0)
            out << p;
        if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0))
            out << p + (q - p) * (fp / (fp - fq));
    }
    return out;
}

double polygonArea(const Polygon &polygon)
{
    double sum = 0;
    const int n = int(polygon.size());
    for (int k = 0; k < n; ++k) {
        const QPointF p = polygon[k], q = polygon[(k + 1) % n];
        sum += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(sum) / 2;
}

// Random numbers for the layout: one mt19937_64 stream, turned into doubles by hand so the
// values do not depend on the standard library's distributions.
class LayoutRandom
{
public:
    explicit LayoutRandom(quint64 seed)
        : m_engine(seed)
    {}
    double uniform() { return RandomField::uniform(m_engine()); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int index(int count) { return std::min(count - 1, int(uniform() * count)); }

    //! An index drawn with probability proportional to weights[i] (all ≥ 0, sum > 0).
    int weighted(const QVector<double> &weights)
    {
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        double u = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            if (u < weights[i])
                return i;
            u -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    template<typename T>
    void shuffle(QVector<T> &values)
    {
        for (int i = int(values.size()) - 1; i > 0; --i)
            std::swap(values[i], values[index(i + 1)]);
    }

private:
    std::mt19937_64 m_engine;
};

int classOfCrop(int crop)
{
    static const thematic::ClassTable seed = thematic::ClassTable::seedClasses();
    return seed.indexOfName(CropCatalogue::crops().at(crop).className);
}

int pickCrop(LayoutRandom &random, const QVector<int> &candidates)
{
    QVector<double> weights;
    for (int c : candidates)
        weights << CropCatalogue::crops().at(c).weight;
    return candidates.at(random.weighted(weights));
}

void drawTraits(LayoutRandom &random, Field &field, Cover cover)
{
    FieldTraits &t = field.traits;
    t.cover = cover;
    t.shift = random.uniform(-10, 10);
    t.amplitude = random.uniform(0.85, 1.05);
    t.soil = random.uniform(0.8, 1.2);
    t.canopyNir = random.uniform(0.95, 1.05);
    t.autumnCover = random.uniform() < 0.3;
    t.catchCrop = random.uniform() < 0.2;
    const QString name = field.trueCrop >= 0 ? CropCatalogue::crops().at(field.trueCrop).name
                                             : QString();
    double first = 255 + random.uniform(-8, 8);
    if (cover == Cover::Grassland) {
        if (name.contains(QStringLiteral("EINMAEHDIG")) || name == QStringLiteral("STREUWIESE")) {
            t.cutCount = 1;
            first += 45;
        } else if (name.contains(QStringLiteral("WEIDE")) && !name.contains(QStringLiteral("MAEH"))) {
            t.amplitude *= 0.85; // grazed, not mown
        } else {
            t.cutCount = name.contains(QStringLiteral("ZWEI")) ? 2 : 3 + (random.uniform() < 0.4);
        }
    } else if (cover == Cover::ForageLegume) {
        t.cutCount = 3 + (random.uniform() < 0.5);
        first -= 5;
    } else if (cover == Cover::Fallow) {
        t.cutCount = 1;
        first += 65;
    }
    for (int c = 0; c < t.cutCount; ++c) {
        t.cuts[std::size_t(c)] = first;
        first += random.uniform(38, 50);
    }
}

// Background where a smooth noise is highest (forest patches and villages come in clumps),
// non-crop declarations on small cells (hedges are small), then the crop classes by area.
void assignCovers(QVector<Field> &fields, const SceneOptions &options, LayoutRandom &random)
{
    const int n = int(fields.size());
    QVector<double> noise(n);
    for (int i = 0; i < n; ++i)
        noise[i] = RandomField::smoothNoise(options.seed ^ 0xbac6u, fields[i].site.x(),
                                            fields[i].site.y(), 6 * options.fieldSpacing(), 2);
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return noise[a] > noise[b]; });
    const int backgroundCount = int(std::lround(options.backgroundShare * n));
    QVector<int> parcels;
    for (int k = 0; k < n; ++k) {
        Field &f = fields[order[k]];
        if (k < backgroundCount) {
            const bool village = RandomField::smoothNoise(options.seed ^ 0x5e771eu, f.site.x(),
                                                          f.site.y(), 4 * options.fieldSpacing(), 1)
                                 < 0.3;
            drawTraits(random, f, village ? Cover::BuiltUp : Cover::Forest);
        } else {
            parcels << order[k];
        }
    }
    const QVector<DeclaredCrop> &crops = CropCatalogue::crops();
    const QVector<double> shares = CropCatalogue::classShares();
    QVector<QVector<int>> cropsOfClass(shares.size());
    QVector<int> nonCrops;
    for (int c = 0; c < crops.size(); ++c) {
        const int cls = classOfCrop(c);
        (cls < 0 ? nonCrops : cropsOfClass[cls]) << c;
    }
    // Non-crop declarations: drawn among the smallest third of the parcels.
    std::sort(parcels.begin(), parcels.end(),
              [&](int a, int b) { return fields[a].area > fields[b].area; });
    QVector<int> small = parcels.mid(parcels.size() * 2 / 3);
    random.shuffle(small);
    const int nonCropCount = int(std::lround(CropCatalogue::nonCropShare * parcels.size()));
    for (int k = 0; k < nonCropCount && k < small.size(); ++k)
        fields[small[k]].trueCrop = pickCrop(random, nonCrops);
    // Crop classes: largest fields first, each class drawn in proportion to the area it
    // still lacks, so the small fields at the end even out the shares.
    double cropArea = 0;
    for (int i : std::as_const(parcels))
        cropArea += fields[i].trueCrop < 0 ? fields[i].area : 0.0;
    QVector<double> assigned(shares.size(), 0.0);
    QVector<int> cropFields;
    for (int i : std::as_const(parcels)) {
        Field &f = fields[i];
        if (f.trueCrop >= 0)
            continue;
        QVector<double> deficit(shares.size());
        for (int c = 0; c < shares.size(); ++c)
            deficit[c] = std::max(0.0, shares[c] * cropArea - assigned[c]) + 1e-9 * shares[c];
        const int cls = random.weighted(deficit);
        assigned[cls] += f.area;
        f.trueCrop = pickCrop(random, cropsOfClass[cls]);
        cropFields << i;
    }
    for (int i : std::as_const(parcels))
        fields[i].declaredCrop = fields[i].trueCrop;
    // Wrong declarations: exactly round(share · crop parcels), another class drawn by share.
    std::sort(cropFields.begin(), cropFields.end());
    random.shuffle(cropFields);
    const int wrongCount = int(std::lround(options.wrongShare * cropFields.size()));
    for (int k = 0; k < wrongCount; ++k) {
        Field &f = fields[cropFields[k]];
        QVector<double> others = shares;
        others[classOfCrop(f.trueCrop)] = 0;
        f.declaredCrop = pickCrop(random, cropsOfClass[random.weighted(others)]);
        f.wrong = true;
    }
    for (int i = 0; i < n; ++i) {
        if (fields[i].isParcel())
            drawTraits(random, fields[i], crops[fields[i].trueCrop].cover);
    }
}

} // namespace

void FieldLayout::buildIndex(const std::vector<int> &alive)
{
    m_cellSites.assign(std::size_t(m_cellsX) * m_cellsY, {});
    for (int i : alive) {
        const QPointF s = m_fields[i].site;
        const int cx = std::clamp(int(s.x() / m_spacing), 0, m_cellsX - 1);
        const int cy = std::clamp(int(s.y() / m_spacing), 0, m_cellsY - 1);
        m_cellSites[std::size_t(cy) * m_cellsX + cx].push_back(i);
    }
}

template<typename Visit>
void FieldLayout::forEachCandidate(double x, double y, Visit visit) const
{
    const int cx = int(x / m_spacing), cy = int(y / m_spacing);
    for (int gy = std::max(0, cy - searchCells); gy <= std::min(m_cellsY - 1, cy + searchCells); ++gy) {
        for (int gx = std::max(0, cx - searchCells); gx <= std::min(m_cellsX - 1, cx + searchCells);
             ++gx) {
            for (int j : m_cellSites[std::size_t(gy) * m_cellsX + gx])
                visit(j);
        }
    }
}

void FieldLayout::computePolygons()
{
    const Polygon area = {QPointF(0, 0), QPointF(m_width, 0), QPointF(m_width, m_height),
                          QPointF(0, m_height)};
    for (const auto &cell : m_cellSites) {
        for (int i : cell) {
            Field &f = m_fields[i];
            Polygon polygon = area;
            const double si = f.site.x() * f.site.x() + f.site.y() * f.site.y();
            forEachCandidate(f.site.x(), f.site.y(), [&](int j) {
                if (j == i || polygon.isEmpty())
                    return;
                const Field &g = m_fields[j];
                const double sj = g.site.x() * g.site.x() + g.site.y() * g.site.y();
                // power_i(p) ≤ power_j(p)  ⇔  2 p·(s_j − s_i) ≤ |s_j|² − |s_i|² − w_j + w_i
                polygon = clip(polygon, 2 * (g.site.x() - f.site.x()), 2 * (g.site.y() - f.site.y()),
                               sj - si - g.weight + f.weight);
            });
            f.polygon = polygon;
            f.area = polygon.size() >= 3 ? polygonArea(polygon) : 0.0;
        }
    }
}

FieldLayout FieldLayout::generate(const SceneOptions &options)
{
    FieldLayout layout;
    layout.m_width = options.sceneWidth();
    layout.m_height = options.size;
    layout.m_spacing = options.fieldSpacing();
    layout.m_cellsX = int(std::ceil(layout.m_width / layout.m_spacing));
    layout.m_cellsY = int(std::ceil(layout.m_height / layout.m_spacing));
    LayoutRandom random(options.seed);
    const double d = layout.m_spacing;
    for (int cy = 0; cy < layout.m_cellsY; ++cy) {
        for (int cx = 0; cx < layout.m_cellsX; ++cx) {
            Field f;
            f.site = QPointF((cx + random.uniform(0.1, 0.9)) * d, (cy + random.uniform(0.1, 0.9)) * d);
            const double u = random.uniform();
            f.weight = u * u * (0.8 * d) * (0.8 * d); // mostly small weights, a few large fields
            layout.m_fields << f;
        }
    }
    // Drop slivers (cells too small to be fields, or outside the area) until none is left.
    const double minimumArea = std::max(4.0, 0.05 * d * d);
    std::vector<int> alive(std::size_t(layout.m_fields.size()));
    std::iota(alive.begin(), alive.end(), 0);
    for (;;) {
        layout.buildIndex(alive);
        layout.computePolygons();
        std::vector<int> kept;
        for (int i : alive) {
            if (layout.m_fields[i].area >= minimumArea)
                kept.push_back(i);
        }
        if (kept.size() == alive.size())
            break;
        alive = kept;
    }
    QVector<Field> fields;
    for (int i : alive)
        fields << layout.m_fields[i];
    layout.m_fields = fields;
    std::iota(alive.begin(), alive.end(), 0);
    layout.buildIndex(alive);
    for (int i = 0; i < layout.m_fields.size(); ++i)
        layout.m_fields[i].id = i + 1;
    assignCovers(layout.m_fields, options, random);
    return layout;
}

void FieldLayout::render(int x0, int y0, int width, int height,
                         std::vector<PixelCover> &out) const
{
    out.assign(std::size_t(width) * height, PixelCover{});
    struct Candidate
    {
        int field;
        double power;
    };
    std::vector<Candidate> candidates;
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c) {
            const double x = x0 + c + 0.5, y = y0 + r + 0.5;
            candidates.clear();
            int best = -1;
            forEachCandidate(x, y, [&](int j) {
                const Field &f = m_fields[j];
                const double dx = x - f.site.x(), dy = y - f.site.y();
                candidates.push_back({j, dx * dx + dy * dy - f.weight});
                if (best < 0 || candidates.back().power < candidates[std::size_t(best)].power)
                    best = int(candidates.size()) - 1;
            });
            PixelCover &cover = out[std::size_t(r) * width + c];
            if (best < 0)
                continue;
            const Candidate a = candidates[std::size_t(best)];
            cover.field = a.field;
            // Distance from the pixel centre to the border with b:
            // (power_b − power_a) / (2 |s_b − s_a|). Within half a pixel the neighbour covers
            // roughly (0.5 − distance) of the pixel: a mixed pixel.
            double nearest = 0.5;
            for (const Candidate &b : candidates) {
                if (b.field == a.field)
                    continue;
                const QPointF ds = m_fields[b.field].site - m_fields[a.field].site;
                const double distance =
                    (b.power - a.power) / (2 * std::sqrt(ds.x() * ds.x() + ds.y() * ds.y()));
                if (distance < nearest) {
                    nearest = distance;
                    cover.neighbour = b.field;
                }
            }
            if (cover.neighbour >= 0)
                cover.neighbourWeight = float(0.5 - nearest);
        }
    }
}

QVector<double> FieldLayout::classAreaShares() const
{
    QVector<double> area(thematic::ClassTable::seedClasses().size(), 0.0);
    double total = 0;
    for (const Field &f : m_fields) {
        const int cls = f.isParcel() ? classOfCrop(f.trueCrop) : -1;
        if (cls < 0)
            continue;
        area[cls] += f.area;
        total += f.area;
    }
    for (double &a : area)
        a = total > 0 ? a / total : 0.0;
    return area;
}

} // namespace cropmap::core::synth
