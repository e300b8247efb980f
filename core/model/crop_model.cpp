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
#include "model/train_options.h"
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

/** "weights" for the first member (the layout of single models), "weights.2", … after it. */
QString memberSection(int member)
{
    return member == 0 ? kWeightsSection : kWeightsSection + u'.' + QString::number(member + 1);
}

SequenceClassifier makeMemberNetwork(const ModelMetadata &metadata)
{
    return makeNetwork(metadata.spec, metadata.stepCount(), metadata.bandCount(),
                       metadata.classCount());
}

} // namespace

QJsonObject ModelMetadata::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("cropmap-model")},
            {QStringLiteral("model"), spec.toJson()},
            {QStringLiteral("classes"), classes.toJson()},
            {QStringLiteral("bands"), QJsonArray::fromStringList(bands)},
            {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
            {QStringLiteral("period"), period},
            {QStringLiteral("normalisation"), normalisation.toJson()},
            {QStringLiteral("training"), training}};
    if (members > 1)
        json.insert(QStringLiteral("members"), members);
    return json;
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
    metadata.members = object.value(QStringLiteral("members")).toInt(1);
    if (metadata.members < 1 || metadata.members > kMaxMembers)
        throw Error(tr("Model file \"%1\" names %2 ensemble members (1 to %3 allowed)")
                        .arg(context)
                        .arg(metadata.members)
                        .arg(kMaxMembers));
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
    m_d->network = makeMemberNetwork(metadata);
    m_d->metadata = std::move(metadata);
    m_d->metadata.members = 1; // addMembers() grows an ensemble
}

int CropModel::memberCount() const
{
    return m_d->memberCount();
}

void CropModel::addMembers(CropModel &&other)
{
    const ModelMetadata &a = m_d->metadata;
    const ModelMetadata &b = other.m_d->metadata;
    if (!(a.spec.toJson() == b.spec.toJson()) || !(a.classes == b.classes) || a.bands != b.bands
        || a.steps != b.steps || !(a.normalisation.toJson() == b.normalisation.toJson()))
        throw Error(tr("Models of different architectures, classes, layouts or normalisations "
                       "cannot form one ensemble"));
    if (memberCount() + other.memberCount() > kMaxMembers)
        throw Error(tr("An ensemble holds at most %1 members").arg(kMaxMembers));
    m_d->extraMembers.push_back(std::move(other.m_d->network));
    for (SequenceClassifier &member : other.m_d->extraMembers)
        m_d->extraMembers.push_back(std::move(member));
    other.m_d.reset();
    m_d->metadata.members = memberCount();
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
    const int members = m_d->memberCount();
    std::vector<float> logits(std::size_t(count * classes));
    torch::InferenceMode inference;
    for (int m = 0; m < members; ++m)
        m_d->member(m)->eval();
    for (qint64 begin = 0; begin < count; begin += kInferenceChunk) {
        const qint64 n = std::min(kInferenceChunk, count - begin);
        const torch::Tensor input = m_d->standardisedInput(values + begin * featureCount, n);
        torch::Tensor out;
        if (members == 1) {
            out = m_d->network->forward(input).contiguous();
        } else {
            // An ensemble's "logits" are the log of its mean class probabilities, so that
            // softmax (predictProbabilities) gives back exactly that mean.
            torch::Tensor mean = torch::softmax(m_d->network->forward(input), 1);
            for (int m = 1; m < members; ++m)
                mean += torch::softmax(m_d->member(m)->forward(input), 1);
            out = (mean / double(members)).clamp_min(1e-30).log().contiguous();
        }
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
    for (int m = 0; m < m_d->memberCount(); ++m)
        file.sections.emplace_back(memberSection(m), serializeState(captureState(*m_d->member(m))));
    file.write(path);
}

ModelMetadata CropModel::readMetadata(const QString &path)
{
    return ModelMetadata::fromJson(ModelFile::readHeader(path), path);
}

CropModel CropModel::load(const QString &path)
{
    const ModelFile file = ModelFile::read(path);
    ModelMetadata metadata = ModelMetadata::fromJson(file.header, path);
    const int members = metadata.members;
    CropModel model(std::move(metadata));
    for (int m = 0; m < members; ++m) {
        if (m > 0)
            model.m_d->extraMembers.push_back(makeMemberNetwork(model.m_d->metadata));
        loadSerializedState(*model.m_d->member(m), file.section(memberSection(m), path),
                            tr("Model file \"%1\"").arg(path));
    }
    model.m_d->metadata.members = members;
    return model;
}

bool CropModel::setThreadCount(int threads)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() != app->thread())
        return false;
    const int wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    if (torch::get_num_threads() != wanted)
        torch::set_num_threads(wanted);
    return true;
}

void CropModel::seedRandom(quint64 seed)
{
    torch::manual_seed(seed);
}

} // namespace cropmap::core::model
