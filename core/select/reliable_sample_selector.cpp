// SPDX-License-Identifier: GPL-3.0-or-later
#include "select/reliable_sample_selector.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QCoreApplication>

#include "select/seeded_order.h"
#include "util/error.h"

namespace cropmap::core::select {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::select", text);
}

//! Pixel indices of each declared class, in input order.
std::vector<std::vector<qint64>> pixelsPerClass(const SelectionInput &input)
{
    std::vector<std::vector<qint64>> members(std::size_t(input.classCount));
    for (qint64 i = 0; i < input.size(); ++i) {
        if (input.declared[std::size_t(i)] >= 0)
            members[std::size_t(input.declared[std::size_t(i)])].push_back(i);
    }
    return members;
}

/** Orders \a pixels by ascending posterior; equal posteriors by a seeded hash of the pixel. */
void sortByPosterior(std::vector<qint64> &pixels, const std::vector<float> &posterior,
                     quint64 seed)
{
    std::sort(pixels.begin(), pixels.end(), [&](qint64 a, qint64 b) {
        const float pa = posterior[std::size_t(a)];
        const float pb = posterior[std::size_t(b)];
        if (pa != pb)
            return pa < pb;
        const auto ka = seededKey(seed, quint64(a));
        const auto kb = seededKey(seed, quint64(b));
        return ka != kb ? ka < kb : a < b;
    });
}

bool agrees(const SelectionInput &input, qint64 i)
{
    return input.predicted[std::size_t(i)] == input.declared[std::size_t(i)];
}

void validate(const SelectionInput &input, bool needsDeclaredPosterior)
{
    const std::size_t n = input.declared.size();
    if (input.classCount <= 0)
        throw Error(tr("Reliable-sample selection needs at least one class"));
    if (input.predicted.size() != n || input.predictedPosterior.size() != n
        || input.parcelId.size() != n || (!input.trueClass.empty() && input.trueClass.size() != n)
        || (!input.declaredPosterior.empty() && input.declaredPosterior.size() != n)) {
        throw Error(tr("Reliable-sample selection: the per-pixel arrays differ in length"));
    }
    if (needsDeclaredPosterior && input.declaredPosterior.size() != n)
        throw Error(tr("The adaptive selection rule needs the posterior of the declared class"));
    for (std::size_t i = 0; i < n; ++i) {
        if (input.declared[i] < -1 || input.declared[i] >= input.classCount
            || input.predicted[i] < 0 || input.predicted[i] >= input.classCount) {
            throw Error(tr("Reliable-sample selection: pixel %1 has class %2 predicted as %3, "
                           "outside the %4 classes")
                            .arg(i).arg(input.declared[i]).arg(input.predicted[i])
                            .arg(input.classCount));
        }
    }
}

CleaningScore scoreCleaning(const SelectionInput &input, SelectionResult &result)
{
    CleaningScore score;
    for (auto &stats : result.perClass)
        stats.wrongDeclared = stats.wrongRemoved = 0;
    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        const int truth = input.trueClass[std::size_t(i)];
        if (declared < 0 || truth < 0)
            continue;
        const bool kept = result.keep[std::size_t(i)] != 0;
        auto &stats = result.perClass[std::size_t(declared)];
        if (!kept)
            ++score.removed;
        if (declared != truth) {
            ++score.wrong;
            ++stats.wrongDeclared;
            if (!kept) {
                ++score.removedWrong;
                ++stats.wrongRemoved;
            }
        } else {
            ++score.correct;
            score.keptCorrect += kept ? 1 : 0;
        }
    }
    const auto ratio = [](qint64 a, qint64 b) {
        return b > 0 ? double(a) / double(b) : std::numeric_limits<double>::quiet_NaN();
    };
    score.precision = ratio(score.removedWrong, score.removed);
    score.recall = ratio(score.removedWrong, score.wrong);
    score.correctKeptShare = ratio(score.keptCorrect, score.correct);
    return score;
}

/**
 * Keeps whole every declared class that the rule left without a pixel (it would get no weight
 * in the final training), as the parcel rule's guard does, and says why in its stats.
 */
void keepEmptiedClassesWhole(const SelectionInput &input, SelectionResult &result)
{
    std::vector<std::uint8_t> anyKept(result.perClass.size(), 0);
    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        if (declared >= 0 && result.keep[std::size_t(i)])
            anyKept[std::size_t(declared)] = 1;
    }
    bool any = false;
    for (std::size_t u = 0; u < result.perClass.size(); ++u) {
        auto &stats = result.perClass[u];
        if (stats.labelled == 0 || anyKept[u])
            continue;
        stats.guard = stats.candidates == 0 ? SelectionGuard::NoCandidates
                                            : SelectionGuard::WouldEmpty;
        stats.guardApplied = stats.keptWhole = true;
        any = true;
    }
    if (!any)
        return;
    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        if (declared >= 0 && result.perClass[std::size_t(declared)].guard != SelectionGuard::None)
            result.keep[std::size_t(i)] = 1;
    }
}

} // namespace

QString selectionGuardName(SelectionGuard guard)
{
    switch (guard) {
    case SelectionGuard::None:
        return QStringLiteral("none");
    case SelectionGuard::NoCandidates:
        return QStringLiteral("no_candidates");
    case SelectionGuard::WouldEmpty:
        return QStringLiteral("would_empty");
    case SelectionGuard::ParcelShare:
        return QStringLiteral("parcel_share");
    }
    return {};
}

SelectionGuard parseSelectionGuard(const QString &name)
{
    for (SelectionGuard guard : {SelectionGuard::NoCandidates, SelectionGuard::WouldEmpty,
                                 SelectionGuard::ParcelShare}) {
        if (name == selectionGuardName(guard))
            return guard;
    }
    return SelectionGuard::None;
}

SelectionInput SelectionInput::unjudged(int classCount, std::vector<int> declared,
                                        std::vector<std::uint32_t> parcelId, std::vector<int> trueClass)
{
    SelectionInput input;
    input.classCount = classCount;
    const std::size_t n = declared.size();
    input.predicted.assign(n, 0);
    input.predictedPosterior.assign(n, 0.0f);
    input.declaredPosterior.assign(n, 0.0f);
    input.declared = std::move(declared);
    input.parcelId = std::move(parcelId);
    input.trueClass = std::move(trueClass);
    return input;
}

SelectionInput SelectionInput::fromProbabilities(int classCount, std::vector<int> declared,
                                                 const std::vector<float> &probabilities,
                                                 std::vector<std::uint32_t> parcelId,
                                                 std::vector<int> trueClass)
{
    if (classCount <= 0 || probabilities.size() != declared.size() * std::size_t(classCount))
        throw Error(tr("Reliable-sample selection: %1 probabilities do not fit %2 pixels × %3 classes")
                        .arg(probabilities.size()).arg(declared.size()).arg(classCount));
    SelectionInput input = unjudged(classCount, std::move(declared), std::move(parcelId), std::move(trueClass));
    for (qint64 i = 0; i < input.size(); ++i)
        input.judge(i, probabilities.data() + std::size_t(i) * std::size_t(classCount));
    return input;
}

qint64 SelectionResult::keptCount() const
{
    return std::count(keep.begin(), keep.end(), std::uint8_t(1));
}

qint64 SelectionResult::labelledCount() const
{
    qint64 total = 0;
    for (const auto &stats : perClass)
        total += stats.labelled;
    return total;
}

ReliableSampleSelector::ReliableSampleSelector(SelectionOptions options)
    : m_options(options)
{
    m_options.validate(tr("Reliable-sample selection"));
}

SelectionResult ReliableSampleSelector::select(const SelectionInput &input) const
{
    validate(input, m_options.rule == SelectionRule::Adaptive);
    SelectionResult result;
    result.options = m_options;
    result.keep.assign(input.declared.size(), 0);
    result.perClass.assign(std::size_t(input.classCount), ClassSelectionStats{});
    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        if (declared < 0)
            continue;
        auto &stats = result.perClass[std::size_t(declared)];
        ++stats.labelled;
        stats.candidates += agrees(input, i) ? 1 : 0;
    }
    for (auto &stats : result.perClass) {
        if (stats.labelled > 0)
            stats.disagreementRate = double(stats.labelled - stats.candidates) / double(stats.labelled);
    }

    switch (m_options.rule) {
    case SelectionRule::Seed:
        selectSeed(input, result);
        break;
    case SelectionRule::Adaptive:
        selectAdaptive(input, result);
        break;
    case SelectionRule::Parcel:
        selectParcel(input, result);
        break;
    case SelectionRule::None:
        for (qint64 i = 0; i < input.size(); ++i)
            result.keep[std::size_t(i)] = input.declared[std::size_t(i)] >= 0 ? 1 : 0;
        for (auto &stats : result.perClass)
            stats.keptWhole = true;
        break;
    }
    keepEmptiedClassesWhole(input, result);

    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        if (declared < 0)
            continue;
        auto &stats = result.perClass[std::size_t(declared)];
        if (result.keep[std::size_t(i)])
            ++stats.kept;
        else if (agrees(input, i))
            ++stats.droppedAgreeing;
        else
            ++stats.droppedDisagreeing;
    }
    if (!input.trueClass.empty())
        result.cleaning = scoreCleaning(input, result);
    return result;
}

void ReliableSampleSelector::selectSeed(const SelectionInput &input, SelectionResult &result) const
{
    // Weikmann's rule: among the agreeing pixels of class u, drop the floor(p · n) ranked lowest
    // by P. Ranking (not a threshold on P) keeps n − floor(p · n) ≥ 1 pixels of every class
    // with candidates, even when all of them have P = 1.0.
    std::vector<std::vector<qint64>> candidates(std::size_t(input.classCount));
    for (qint64 i = 0; i < input.size(); ++i) {
        if (input.declared[std::size_t(i)] >= 0 && agrees(input, i))
            candidates[std::size_t(input.declared[std::size_t(i)])].push_back(i);
    }
    for (auto &pixels : candidates) {
        sortByPosterior(pixels, input.predictedPosterior, m_options.seed);
        const auto dropped = std::size_t(std::floor(m_options.percentile / 100.0 * double(pixels.size())));
        for (std::size_t k = dropped; k < pixels.size(); ++k)
            result.keep[std::size_t(pixels[k])] = 1;
    }
}

void ReliableSampleSelector::selectAdaptive(const SelectionInput &input,
                                            SelectionResult &result) const
{
    auto members = pixelsPerClass(input);
    for (std::size_t u = 0; u < members.size(); ++u) {
        auto &stats = result.perClass[u];
        auto &pixels = members[u];
        if (pixels.empty())
            continue;
        if (stats.disagreementRate < m_options.adaptiveFloor) {
            stats.keptWhole = true;
            for (qint64 i : pixels)
                result.keep[std::size_t(i)] = 1;
            continue;
        }
        // ⌈r_u · N_u⌉ = N_u − candidates exactly; integer arithmetic avoids a spurious +1 when
        // the product rounds to 3.0000000001. Ranked by the posterior of u, the disagreeing
        // pixels usually go first, but a confidently agreeing pixel outranks a hesitant one.
        const std::size_t dropped = std::size_t(stats.labelled - stats.candidates);
        sortByPosterior(pixels, input.declaredPosterior, m_options.seed);
        for (std::size_t k = dropped; k < pixels.size(); ++k)
            result.keep[std::size_t(pixels[k])] = 1;
    }
}

void ReliableSampleSelector::selectParcel(const SelectionInput &input, SelectionResult &result) const
{
    // A parcel is a (parcel id, declared class) pair: rasterized parcels carry one declaration,
    // but the key keeps the rule sound if an id is reused. Pixels outside any parcel (id 0)
    // form a parcel of their own each.
    struct Votes
    {
        qint64 pixels = 0;
        qint64 agreeing = 0;
    };
    const auto keyOf = [&](qint64 i) -> quint64 {
        const auto parcel = input.parcelId[std::size_t(i)];
        if (parcel == 0)
            return (quint64(1) << 63) | quint64(i);
        return (quint64(parcel) << 16) | quint64(input.declared[std::size_t(i)] & 0xffff);
    };
    std::unordered_map<quint64, Votes> votes;
    for (qint64 i = 0; i < input.size(); ++i) {
        if (input.declared[std::size_t(i)] < 0)
            continue;
        Votes &v = votes[keyOf(i)];
        ++v.pixels;
        v.agreeing += agrees(input, i) ? 1 : 0;
    }
    const auto parcelFails = [&](qint64 i) {
        const Votes &v = votes.at(keyOf(i));
        return double(v.agreeing) < m_options.parcelAgreement * double(v.pixels);
    };
    std::vector<qint64> wouldDrop(std::size_t(input.classCount), 0);
    for (qint64 i = 0; i < input.size(); ++i) {
        if (input.declared[std::size_t(i)] >= 0 && parcelFails(i))
            ++wouldDrop[std::size_t(input.declared[std::size_t(i)])];
    }
    for (std::size_t u = 0; u < wouldDrop.size(); ++u) {
        auto &stats = result.perClass[u];
        if (stats.labelled > 0
            && double(wouldDrop[u]) > m_options.parcelGuard * double(stats.labelled)) {
            stats.guard = SelectionGuard::ParcelShare;
            stats.guardApplied = stats.keptWhole = true;
        }
    }
    for (qint64 i = 0; i < input.size(); ++i) {
        const int declared = input.declared[std::size_t(i)];
        if (declared < 0)
            continue;
        const bool guarded = result.perClass[std::size_t(declared)].guardApplied;
        result.keep[std::size_t(i)] = guarded || !parcelFails(i) ? 1 : 0;
    }
}

} // namespace cropmap::core::select
