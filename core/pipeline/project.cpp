// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/project.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "check/parcel_verdicts.h"
#include "io/atomic_output.h"
#include "sampling/stratified_sampler.h"
#include "util/error.h"
#include "util/json_syntax_error.h"
#include "util/output_paths.h"

namespace cropmap::core::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::pipeline", text);
}

const QStringList &topLevelKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"),      QStringLiteral("archive"),    QStringLiteral("tiles"),
        QStringLiteral("period"),    QStringLiteral("bands"),      QStringLiteral("mask"),
        QStringLiteral("flat_tile_id"), QStringLiteral("parcels"), QStringLiteral("parcel_layer"),
        QStringLiteral("field"),     QStringLiteral("truth_field"), QStringLiteral("legend"),
        QStringLiteral("output"),    QStringLiteral("seed"),       QStringLiteral("archive_boa_offset"), QStringLiteral("memory"),
        QStringLiteral("verdicts"),
    };
    return keys;
}

// The options of every step, as DESIGN.md §2 names them.
const std::map<QString, QStringList> &sectionKeys()
{
    static const std::map<QString, QStringList> keys = {
        {QStringLiteral("composite"),
         {QStringLiteral("invalid_scl"), QStringLiteral("indices"), QStringLiteral("block_size"),
          QStringLiteral("threads"), QStringLiteral("series")}},
        {QStringLiteral("rasterize"), {QStringLiteral("erosion_px")}},
        {QStringLiteral("split"),
         {QStringLiteral("patches"), QStringLiteral("fractions"), QStringLiteral("seed")}},
        {QStringLiteral("sampling"),
         {QStringLiteral("budget"), QStringLiteral("k_boost"), QStringLiteral("k_min"),
          QStringLiteral("quantile"), QStringLiteral("validation_budget"),
          QStringLiteral("seed")}},
        {QStringLiteral("train"),
         {QStringLiteral("model"), QStringLiteral("steps"), QStringLiteral("stage2_steps"),
          QStringLiteral("epochs"), QStringLiteral("stage2_epochs"), QStringLiteral("patience"),
          QStringLiteral("eval_every"), QStringLiteral("warmup_steps"),
          QStringLiteral("weight_decay"), QStringLiteral("clip_norm"), QStringLiteral("averaging"), QStringLiteral("input_noise"),
          QStringLiteral("label_smoothing"), QStringLiteral("mixup"), QStringLiteral("refit"), QStringLiteral("members"),
          QStringLiteral("criterion"), QStringLiteral("learning_rate"),
          QStringLiteral("stage2_learning_rate"), QStringLiteral("dropout"),
          QStringLiteral("batch_size"), QStringLiteral("grid"), QStringLiteral("threads"),
          QStringLiteral("seed")}},
        {QStringLiteral("select"),
         {QStringLiteral("rule"), QStringLiteral("percentile"), QStringLiteral("adaptive_floor"),
          QStringLiteral("parcel_agreement"), QStringLiteral("parcel_guard"),
          QStringLiteral("crossfit_folds"), QStringLiteral("seed"), QStringLiteral("keep")}},
        {QStringLiteral("classify"),
         {QStringLiteral("batch_size"), QStringLiteral("probabilities"),
          QStringLiteral("mask"), QStringLiteral("threads"), QStringLiteral("precision")}},
        {QStringLiteral("evaluate"), {QStringLiteral("area_adjusted")}},
        {QStringLiteral("check"),
         {QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("min_pixels")}},
    };
    return keys;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1), current(previous.size());
    for (int j = 0; j <= b.size(); ++j)
        previous[std::size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1,
                                                current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

// Line (1-based) of the first occurrence of "key": at or after \a from in the raw text.
int lineOfKey(const QByteArray &json, const QString &key, qsizetype from = 0)
{
    const QRegularExpression pattern(QStringLiteral("\"%1\"\\s*:")
                                         .arg(QRegularExpression::escape(key)));
    const QString text = QString::fromUtf8(json);
    const auto match = pattern.match(text, from);
    if (!match.hasMatch())
        return 0;
    return int(text.left(match.capturedStart()).count(u'\n')) + 1;
}

void checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where,
               const QByteArray &json, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        QString closest;
        int best = 1000;
        for (const QString &k : allowed) {
            const int d = editDistance(it.key(), k);
            if (d < best) {
                best = d;
                closest = k;
            }
        }
        QString message = tr("%1, line %2: unknown key \"%3\"%4")
                              .arg(path)
                              .arg(lineOfKey(json, it.key()))
                              .arg(it.key(), where);
        if (best <= 3)
            message += tr(" (did you mean \"%1\"?)").arg(closest);
        else
            message += tr(" (known keys: %1)").arg(allowed.join(QStringLiteral(", ")));
        throw Error(message);
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &v : value.toArray())
        result << v.toString();
    return result;
}

void requireType(const QJsonObject &o, const QString &key, QJsonValue::Type type,
                 const QByteArray &json, const QString &path)
{
    if (o.contains(key) && o.value(key).type() != type) {
        static const std::map<QJsonValue::Type, QString> names = {
            {QJsonValue::String, QStringLiteral("a string")},
            {QJsonValue::Array, QStringLiteral("a list")},
            {QJsonValue::Double, QStringLiteral("a number")},
            {QJsonValue::Object, QStringLiteral("an object")}};
        throw Error(tr("%1, line %2: \"%3\" must be %4")
                        .arg(path)
                        .arg(lineOfKey(json, key))
                        .arg(key, names.at(type)));
    }
}

} // namespace

QStringList Project::stepSections()
{
    QStringList sections;
    for (const auto &[section, keys] : sectionKeys())
        sections << section;
    return sections;
}

QStringList Project::allowedKeys(const QString &section)
{
    if (section.isEmpty())
        return topLevelKeys();
    const auto it = sectionKeys().find(section);
    return it == sectionKeys().end() ? QStringList() : it->second;
}

Project Project::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open project \"%1\": %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).absoluteFilePath());
}

Project Project::fromJson(const QByteArray &json, const QString &path)
{
    const QJsonDocument doc = JsonSyntaxError::parse(json, path);
    if (!doc.isObject())
        throw Error(tr("%1: a project file must hold a JSON object").arg(path));
    const QJsonObject root = doc.object();
    QStringList allowed = topLevelKeys() + stepSections();
    checkKeys(root, allowed, QString(), json, path);
    for (const QString &key : {QStringLiteral("tiles"), QStringLiteral("bands")})
        requireType(root, key, QJsonValue::Array, json, path);
    for (const QString &key : {QStringLiteral("archive"), QStringLiteral("parcels"),
                               QStringLiteral("field"), QStringLiteral("legend"),
                               QStringLiteral("output"), QStringLiteral("period")})
        requireType(root, key, QJsonValue::String, json, path);
    requireType(root, QStringLiteral("seed"), QJsonValue::Double, json, path);
    requireType(root, QStringLiteral("archive_boa_offset"), QJsonValue::Double, json, path);
    requireType(root, QStringLiteral("verdicts"), QJsonValue::Object, json, path);

    Project p;
    p.path = path;
    p.name = root.value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    p.archive = root.value(QStringLiteral("archive")).toString();
    p.tiles = stringList(root.value(QStringLiteral("tiles")));
    p.period = root.value(QStringLiteral("period")).toString(p.period);
    p.bands = stringList(root.value(QStringLiteral("bands")));
    p.mask = root.value(QStringLiteral("mask")).toString(p.mask);
    p.flatTileId = root.value(QStringLiteral("flat_tile_id")).toString();
    p.archiveBoaOffset = root.value(QStringLiteral("archive_boa_offset")).toDouble(0);
    p.parcels = root.value(QStringLiteral("parcels")).toString();
    p.parcelLayer = root.value(QStringLiteral("parcel_layer")).toString();
    p.field = root.value(QStringLiteral("field")).toString();
    p.truthField = root.value(QStringLiteral("truth_field")).toString();
    p.legend = root.value(QStringLiteral("legend")).toString();
    p.output = root.value(QStringLiteral("output")).toString(p.output);
    p.seed = root.value(QStringLiteral("seed")).toInt(p.seed);
    p.verdicts = root.value(QStringLiteral("verdicts")).toObject();
    if (root.contains(QStringLiteral("memory"))) {
        const QJsonValue memory = root.value(QStringLiteral("memory"));
        const QString what = tr("%1, line %2: \"memory\"").arg(path).arg(lineOfKey(json, QStringLiteral("memory")));
        if (!memory.isString() && !memory.isDouble())
            throw Error(tr("%1 must be a size such as \"4G\" or a number of MiB").arg(what));
        p.memory = memory.isString() ? memory.toString() : QString::number(memory.toDouble());
        MemoryBudget::parse(p.memory, what);
    }
    // Read once here, so that a wrong verdict is refused on load like any other key.
    check::ParcelVerdicts::fromJson(
        p.verdicts, tr("%1, line %2: \"verdicts\"").arg(path).arg(lineOfKey(json, QStringLiteral("verdicts"))));
    for (const QString &section : stepSections()) {
        if (!root.contains(section))
            continue;
        requireType(root, section, QJsonValue::Object, json, path);
        const QJsonObject options = root.value(section).toObject();
        checkKeys(options, allowedKeys(section), tr(" in \"%1\"").arg(section), json, path);
        p.steps.insert(section, options);
    }
    // Tile ids name output folders and files: refused here, before any step builds a path.
    const auto where = [&](const QString &key) {
        return tr("%1, line %2: \"%3\"").arg(path).arg(lineOfKey(json, key)).arg(key);
    };
    checkedTileIds(p.tiles, where(QStringLiteral("tiles")));
    if (root.contains(QStringLiteral("flat_tile_id")))
        checkedTileId(p.flatTileId, where(QStringLiteral("flat_tile_id")));
    // Checked on load, so that the GUI's chart and `cropmap run` refuse the same file.
    if (p.steps.contains(QStringLiteral("sampling"))) {
        const qsizetype section = QString::fromUtf8(json).indexOf(QStringLiteral("\"sampling\""));
        sampling::StratifiedSamplingOptions::parseQuantilePercent(
            p.steps.value(QStringLiteral("sampling")).toObject().value(QStringLiteral("quantile")),
            tr("%1, line %2: \"quantile\" in \"sampling\"")
                .arg(path)
                .arg(lineOfKey(json, QStringLiteral("quantile"), std::max<qsizetype>(section, 0))));
    }
    if (p.steps.contains(QStringLiteral("classify"))) {
        // A key of "classify" that takes one of two words: \a message has %1 path, %2 line and
        // %3 the value as written.
        const QJsonObject classify = p.stepOptions(QStringLiteral("classify"));
        const auto checkChoice = [&](const QString &key, const QString &first, const QString &second, const QString &message) {
            const QJsonValue value = classify.value(key);
            if (value.isUndefined() || value == QJsonValue(first) || value == QJsonValue(second))
                return;
            const qsizetype section = QString::fromUtf8(json).indexOf(QStringLiteral("\"classify\""));
            throw Error(message.arg(path)
                            .arg(lineOfKey(json, key, std::max<qsizetype>(section, 0)))
                            .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        };
        checkChoice(QStringLiteral("mask"), QStringLiteral("declared"), QStringLiteral("none"),
                    tr("%1, line %2: \"mask\" in \"classify\" must be \"declared\" (only the pixels of "
                       "declared parcels) or \"none\" (every pixel), not %3"));
        checkChoice(QStringLiteral("precision"), QStringLiteral("float32"), QStringLiteral("bfloat16"),
                    tr("%1, line %2: \"precision\" in \"classify\" must be \"float32\" or \"bfloat16\" "
                       "(the seed LSTM's products rounded to bfloat16 on CPUs with AVX-512 BF16), not %3"));
    }
    for (const auto &[key, value] : {std::pair{QStringLiteral("archive"), p.archive},
                                     std::pair{QStringLiteral("parcels"), p.parcels},
                                     std::pair{QStringLiteral("field"), p.field},
                                     std::pair{QStringLiteral("legend"), p.legend}}) {
        if (value.isEmpty())
            throw Error(tr("%1: the project needs \"%2\"").arg(path, key));
    }
    return p;
}

MemoryBudget Project::memoryBudget() const
{
    return MemoryBudget::parse(memory, tr("%1: \"memory\"").arg(path));
}

QJsonObject Project::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("archive"), archive);
    if (!tiles.isEmpty())
        o.insert(QStringLiteral("tiles"), QJsonArray::fromStringList(tiles));
    o.insert(QStringLiteral("period"), period);
    if (!bands.isEmpty())
        o.insert(QStringLiteral("bands"), QJsonArray::fromStringList(bands));
    o.insert(QStringLiteral("mask"), mask);
    if (!flatTileId.isEmpty())
        o.insert(QStringLiteral("flat_tile_id"), flatTileId);
    if (archiveBoaOffset != 0)
        o.insert(QStringLiteral("archive_boa_offset"), archiveBoaOffset);
    o.insert(QStringLiteral("parcels"), parcels);
    if (!parcelLayer.isEmpty())
        o.insert(QStringLiteral("parcel_layer"), parcelLayer);
    o.insert(QStringLiteral("field"), field);
    if (!truthField.isEmpty())
        o.insert(QStringLiteral("truth_field"), truthField);
    o.insert(QStringLiteral("legend"), legend);
    o.insert(QStringLiteral("output"), output);
    o.insert(QStringLiteral("seed"), seed);
    if (!memory.isEmpty())
        o.insert(QStringLiteral("memory"), memory);
    for (auto it = steps.begin(); it != steps.end(); ++it)
        o.insert(it.key(), it.value());
    if (!verdicts.isEmpty())
        o.insert(QStringLiteral("verdicts"), verdicts);
    return o;
}

void Project::save(const QString &target)
{
    io::writeFileAtomically(target, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    path = QFileInfo(target).absoluteFilePath();
}

QString Project::resolve(const QString &relative) const
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return relative;
    const QDir base = path.isEmpty() ? QDir::current() : QFileInfo(path).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(relative));
}

} // namespace cropmap::core::pipeline
