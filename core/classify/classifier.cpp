// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/classifier.h"

#include <algorithm>

#include <QCoreApplication>

#include "classify/model_predictor.h"
#include "forest/random_forest.h"
#include "model/crop_model.h"
#include "model/model_file.h"
#include "util/error.h"

namespace cropmap::core::classify {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::classify", text);
}

QString describe(const QStringList &bands, const QStringList &steps)
{
    QString text = tr("T = %1 steps").arg(steps.size());
    if (!steps.isEmpty() && !steps.first().isEmpty())
        text += tr(" (%1 … %2)").arg(steps.first(), steps.last());
    return text + tr(", B = %1 bands (%2)").arg(bands.size()).arg(bands.join(QStringLiteral(", ")));
}

} // namespace

Classifier::Classifier(Classifier &&) noexcept = default;
Classifier &Classifier::operator=(Classifier &&) noexcept = default;
Classifier::~Classifier() = default;

Classifier Classifier::load(const QString &path)
{
    Classifier c;
    c.m_path = path;
    const QString format = model::ModelFile::readHeader(path).value(QStringLiteral("format")).toString();
    if (format == QStringLiteral("cropmap-forest")) {
        c.m_forest = std::make_unique<forest::RandomForest>(forest::RandomForest::load(path));
    } else {
        c.m_model = std::make_unique<model::CropModel>(model::CropModel::load(path));
        c.m_predictor = std::make_unique<ModelPredictor>(*c.m_model);
    }
    return c;
}

bool Classifier::isFusedLstm() const
{
    return m_predictor && m_predictor->isFused();
}

QString Classifier::kindName() const
{
    return m_forest ? QStringLiteral("forest") : model::modelKindName(m_model->metadata().spec.kind);
}

const thematic::ClassTable &Classifier::classes() const
{
    return m_forest ? m_forest->metadata().classes : m_model->metadata().classes;
}

const QStringList &Classifier::bands() const
{
    return m_forest ? m_forest->metadata().bands : m_model->metadata().bands;
}

const QStringList &Classifier::steps() const
{
    return m_forest ? m_forest->metadata().steps : m_model->metadata().steps;
}

void Classifier::checkCompatible(const QStringList &dataBands, const QStringList &dataSteps,
                                 const QString &dataName) const
{
    bool same = dataBands.size() == bands().size() && dataSteps.size() == steps().size();
    for (qsizetype i = 0; same && i < dataBands.size(); ++i)
        same = dataBands[i].compare(bands()[i], Qt::CaseInsensitive) == 0;
    // Labels differ only when both sides carry them: a CSV table may name its steps t1, t2, …
    const bool labelled = std::none_of(dataSteps.begin(), dataSteps.end(), [](const QString &s) { return s.isEmpty(); });
    if (same && labelled && dataSteps != steps()) {
        bool generic = true; // "t1", "t2", … or "1", "2", …: positions, not dates
        for (qsizetype t = 0; generic && t < dataSteps.size(); ++t)
            generic = dataSteps[t] == QString::number(t + 1) || dataSteps[t] == QStringLiteral("t%1").arg(t + 1);
        same = generic;
    }
    if (!same)
        throw Error(tr("%1 does not fit the model \"%2\": the model expects %3, the data has %4")
                        .arg(dataName, m_path, describe(bands(), steps()), describe(dataBands, dataSteps)));
}

Precision Classifier::setPrecision(Precision precision)
{
    return m_predictor ? m_predictor->setPrecision(precision) : Precision::Float32;
}

void Classifier::predict(float *raw, qint64 count, float *probabilities)
{
    if (m_forest) {
        const std::vector<float> p = m_forest->predictProbabilities(raw, count);
        std::copy(p.begin(), p.end(), probabilities);
    } else {
        m_predictor->predict(raw, count, probabilities);
    }
}

std::vector<float> Classifier::predictAll(const float *raw, qint64 count)
{
    return m_forest ? m_forest->predictProbabilities(raw, count) : m_predictor->predictAll(raw, count);
}

} // namespace cropmap::core::classify
