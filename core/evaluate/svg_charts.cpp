// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate/svg_charts.h"

#include <algorithm>
#include <cmath>

namespace cropmap::core::evaluate {

namespace {

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

//! White → dark blue, the sequential scale of ColorBrewer's "Blues".
QString blue(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const auto mix = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    return QStringLiteral("#%1%2%3")
        .arg(mix(0xff, 0x08), 2, 16, QLatin1Char('0'))
        .arg(mix(0xff, 0x30), 2, 16, QLatin1Char('0'))
        .arg(mix(0xff, 0x6b), 2, 16, QLatin1Char('0'));
}

QString text(double x, double y, const QString &content, const QString &attributes = {})
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" %3>%4</text>")
        .arg(num(x), num(y), attributes, xmlEscaped(content));
}

} // namespace

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString confusionHeatmapSvg(const ConfusionMatrix &matrix, const QStringList &classNames)
{
    const int U = matrix.classCount();
    const double cell = U > 12 ? 34.0 : 44.0;
    const double left = 150.0, top = 130.0;
    // Room on the right for the rotated label of the last column.
    const double width = left + U * cell + 120.0, height = top + U * cell + 40.0;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\" "
                                 "role=\"img\" class=\"heatmap\">")
                      .arg(num(width), num(height));
    svg += text(left + U * cell / 2, 14, QStringLiteral("Map (prediction)"),
                QStringLiteral("text-anchor=\"middle\" font-weight=\"bold\""));
    svg += QStringLiteral("<text transform=\"translate(14 %1) rotate(-90)\" text-anchor=\"middle\" "
                          "font-weight=\"bold\">Reference</text>")
               .arg(num(top + U * cell / 2));
    for (int u = 0; u < U; ++u) {
        const QString name = u < classNames.size() ? classNames.at(u) : QString::number(u);
        svg += QStringLiteral("<text transform=\"translate(%1 %2) rotate(-50)\">%3</text>")
                   .arg(num(left + (u + 0.6) * cell), num(top - 6), xmlEscaped(name));
        svg += text(left - 6, top + (u + 0.62) * cell, name, QStringLiteral("text-anchor=\"end\""));
    }
    for (int r = 0; r < U; ++r) {
        const qint64 rowTotal = matrix.referenceTotal(r);
        for (int p = 0; p < U; ++p) {
            const qint64 count = matrix.at(r, p);
            const double share = rowTotal > 0 ? double(count) / double(rowTotal) : 0.0;
            const double x = left + p * cell, y = top + r * cell;
            svg += QStringLiteral("<g><title>%1 → %2: %3 (%4 %)</title>"
                                  "<rect x=\"%5\" y=\"%6\" width=\"%7\" height=\"%7\" fill=\"%8\" "
                                  "stroke=\"%9\" stroke-width=\"%10\"/>")
                       .arg(xmlEscaped(r < classNames.size() ? classNames.at(r) : QString::number(r)),
                            xmlEscaped(p < classNames.size() ? classNames.at(p) : QString::number(p)))
                       .arg(count)
                       .arg(share * 100.0, 0, 'f', 1)
                       .arg(num(x), num(y), num(cell), blue(share),
                            r == p ? QStringLiteral("#d95f02") : QStringLiteral("#cccccc"),
                            r == p ? QStringLiteral("2") : QStringLiteral("0.5"));
            if (count > 0) {
                svg += text(x + cell / 2, y + cell * 0.62, QString::number(count),
                            QStringLiteral("text-anchor=\"middle\" fill=\"%1\" font-size=\"%2\"")
                                .arg(share > 0.5 ? QStringLiteral("#ffffff") : QStringLiteral("#111111"))
                                .arg(count >= 100000 ? 8 : 10));
            }
            svg += QStringLiteral("</g>");
        }
    }
    svg += text(left, top + U * cell + 24,
                QStringLiteral("Cell colour: share of the reference row; orange frame: agreement."),
                QStringLiteral("fill=\"#555555\""));
    return svg + QStringLiteral("</svg>");
}

QString classAccuracyBarsSvg(const AccuracyMetrics &metrics, const QStringList &classNames)
{
    const int U = int(metrics.perClass.size());
    const double left = 150.0, top = 34.0, barHeight = 7.0, group = 3 * barHeight + 9.0;
    const double axis = 400.0;
    const double width = left + axis + 60.0, height = top + U * group + 30.0;
    const QString colours[3] = {QStringLiteral("#1b9e77"), QStringLiteral("#7570b3"),
                                QStringLiteral("#d95f02")};
    const QString labels[3] = {QStringLiteral("PA"), QStringLiteral("UA"), QStringLiteral("F1")};
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\" "
                                 "role=\"img\" class=\"bars\">")
                      .arg(num(width), num(height));
    for (int k = 0; k < 3; ++k) {
        svg += QStringLiteral("<rect x=\"%1\" y=\"6\" width=\"12\" height=\"10\" fill=\"%2\"/>")
                   .arg(num(left + k * 60.0), colours[k]);
        svg += text(left + k * 60.0 + 16, 15, labels[k]);
    }
    for (int tick = 0; tick <= 4; ++tick) {
        const double x = left + axis * tick / 4.0;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#dddddd\"/>")
                   .arg(num(x), num(top - 4), num(top + U * group));
        svg += text(x, top + U * group + 14, QString::number(tick / 4.0, 'f', 2),
                    QStringLiteral("text-anchor=\"middle\""));
    }
    for (int u = 0; u < U; ++u) {
        const ClassAccuracy &c = metrics.perClass[std::size_t(u)];
        const double y = top + u * group;
        svg += text(left - 6, y + 1.5 * barHeight + 4,
                    u < classNames.size() ? classNames.at(u) : QString::number(u),
                    QStringLiteral("text-anchor=\"end\""));
        const double values[3] = {c.producersAccuracy, c.usersAccuracy, c.f1};
        for (int k = 0; k < 3; ++k) {
            const double by = y + k * barHeight;
            if (!std::isfinite(values[k])) {
                svg += text(left + 3, by + barHeight - 0.5, QStringLiteral("n/a"),
                            QStringLiteral("font-size=\"8\" fill=\"#888888\""));
                continue;
            }
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\">"
                                  "<title>%6 %7: %8</title></rect>")
                       .arg(num(left), num(by), num(axis * values[k]), num(barHeight - 1), colours[k],
                            xmlEscaped(u < classNames.size() ? classNames.at(u) : QString::number(u)),
                            labels[k], QString::number(values[k], 'f', 3));
        }
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace cropmap::core::evaluate
