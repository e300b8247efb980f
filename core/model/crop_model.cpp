// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/crop_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>

#include "model/crop_model_private.h"
#include "model/model_file.h"
#include "model/network_factory.h"
#include "model/network_state.h"
#include "sampling/sample_set.h"
#include "util/error.h"

namespace cropmap::core::model {

namespace {

constexpr qint64 kInferenceChunk = 8192;
const QString kWeightsSection = QStringLiteral("weights");

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::model", text);
}

QStringList toStrings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

QString describeLayout(const QStringList &bands, int steps)
{
    return tr("T = %1 steps, B = %2 bands (%3)")
        .arg(steps)
        .arg(bands.size())
        .arg(bands.join(QStringLiteral(", ")));
}

} // namespace

QJsonObject ModelMetadata::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("cropmap-model")},
            {QStringLiteral("model"), spec.toJson()},
            {QStringLiteral("classes"), classes.toJson()},
            {QStringLiteral("bands"), QJsonArray::fromStringList(bands)},
            {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
            {QStringLiteral("period"), period},
            {QStringLiteral("normalisation"), normalisation.toJson()},
            {QStringLiteral("training"), training}};
}

ModelMetadata ModelMetadata::fromJson(const QJsonObject &object, const QString &context)
{
    if (object.value(QStringLiteral("format")).toString() != QStringLiteral("cropmap-model"))
        throw Error(tr("\"%1\" is not a cropmap model file (it is a \"%2\")")
                        .arg(context, object.value(QStringLiteral("format")).toString()));
    ModelMetadata metadata;
    metadata.spec = ModelSpec::fromJson(object.value(QStringLiteral("model")).toObject(), context);
    metadata.classes =
        thematic::ClassTable::fromJson(object.value(QStringLiteral("classes")).toArray(), context);
    metadata.bands = toStrings(object.value(QStringLiteral("bands")));
    metadata.steps = toStrings(object.value(QStringLiteral("steps")));
    metadata.period = object.value(QStringLiteral("period")).toString();
    metadata.normalisation =
        BandStatistics::fromJson(object.value(QStringLiteral("normalisation")).toObject());
    metadata.training = object.value(QStringLiteral("training")).toObject();
    if (metadata.bands.isEmpty() || metadata.steps.isEmpty() || metadata.classes.isEmpty()
        || metadata.normalisation.bands() != metadata.bandCount()
        || int(metadata.normalisation.std.size()) != metadata.bandCount())
        throw Error(tr("Model file \"%1\" is inconsistent: bands, steps, classes or "
                       "normalisation missing or of different lengths")
                        .arg(context));
    return metadata;
}

torch::Tensor CropModel::Private::standardisedInput(const float *values, qint64 count) const
{
    const int steps = metadata.stepCount();
    const int bands = metadata.bandCount();
    torch::Tensor input = torch::from_blob(const_cast<float *>(values),
                                           {count, steps, bands}, torch::kFloat32)
                              .clone();
    metadata.normalisation.standardise(input.data_ptr<float>(), count, steps);
    return input;
}

CropModel::CropModel() = default;
CropModel::~CropModel() = default;
CropModel::CropModel(CropModel &&) noexcept = default;
CropModel &CropModel::operator=(CropModel &&) noexcept = default;

CropModel::CropModel(ModelMetadata metadata)
    : m_d(std::make_unique<Private>())
{
    m_d->network = makeNetwork(metadata.spec, metadata.stepCount(), metadata.bandCount(),
                               metadata.classCount());
    m_d->metadata = std::move(metadata);
}

const ModelMetadata &CropModel::metadata() const
{
    return m_d->metadata;
}

ModelMetadata &CropModel::metadata()
{
    return m_d->metadata;
}

CropModel::Private &CropModel::d()
{
    return *m_d;
}

const CropModel::Private &CropModel::d() const
{
    return *m_d;
}

void CropModel::checkCompatible(const QStringList &bands, int steps,
                                const QString &dataName) const
{
    const ModelMetadata &meta = m_d->metadata;
    bool sameBands = bands.size() == meta.bands.size();
    for (qsizetype i = 0; sameBands && i < bands.size(); ++i)
        sameBands = bands[i].compare(meta.bands[i], Qt::CaseInsensitive) == 0;
    if (!sameBands || steps != meta.stepCount())
        throw Error(tr("%1 does not fit the model: the model expects %2, the data has %3")
                        .arg(dataName, describeLayout(meta.bands, meta.stepCount()),
                             describeLayout(bands, steps)));
}

std::vector<float> CropModel::predictLogits(const float *values, qint64 count) const
{
    const qint64 classes = m_d->metadata.classCount();
    const qint64 featureCount = qint64(m_d->metadata.stepCount()) * m_d->metadata.bandCount();
    std::vector<float> logits(std::size_t(count * classes));
    torch::InferenceMode inference;
    m_d->network->eval();
    for (qint64 begin = 0; begin < count; begin += kInferenceChunk) {
        const qint64 n = std::min(kInferenceChunk, count - begin);
        const torch::Tensor out = m_d->network->forward(
            m_d->standardisedInput(values + begin * featureCount, n)).contiguous();
        std::copy_n(out.data_ptr<float>(), n * classes, logits.begin() + begin * classes);
    }
    return logits;
}

std::vector<float> CropModel::predictProbabilities(const float *values, qint64 count) const
{
    std::vector<float> result = predictLogits(values, count);
    const qint64 classes = m_d->metadata.classCount();
    torch::InferenceMode inference;
    torch::Tensor probabilities =
        torch::from_blob(result.data(), {count, classes}, torch::kFloat32);
    probabilities.copy_(torch::softmax(probabilities, 1));
    return result;
}

std::vector<float> CropModel::predictProbabilities(const sampling::SampleSet &samples,
                                                   const QString &dataName) const
{
    checkCompatible(samples.bands(), samples.stepCount(), dataName);
    return predictProbabilities(samples.allValues().data(), samples.size());
}

void CropModel::save(const QString &path) const
{
    ModelFile file;
    file.header = m_d->metadata.toJson();
    file.header.insert(QStringLiteral("saved"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    file.sections.emplace_back(kWeightsSection, serializeState(captureState(*m_d->network)));
    file.write(path);
}

ModelMetadata CropModel::readMetadata(const QString &path)
{
    return ModelMetadata::fromJson(ModelFile::readHeader(path), path);
}

CropModel CropModel::load(const QString &path)
{
    const ModelFile file = ModelFile::read(path);
    CropModel model(ModelMetadata::fromJson(file.header, path));
    loadSerializedState(*model.m_d->network, file.section(kWeightsSection, path),
                        tr("Model file \"%1\"").arg(path));
    return model;
}

void CropModel::setThreadCount(int threads)
{
    torch::set_num_threads(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
}

void CropModel::seedRandom(quint64 seed)
{
    torch::manual_seed(seed);
}

} // namespace cropmap::core::model
