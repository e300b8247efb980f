// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <xgboost/c_api.h>

#include "forest/random_forest.h"

namespace cropmap::core::forest {

/** Throws Error with XGBoost's last message unless \a status is 0. */
void checkXgboost(int status, const QString &what);

struct BoosterDeleter
{
    void operator()(void *handle) const { XGBoosterFree(handle); }
};
struct DMatrixDeleter
{
    void operator()(void *handle) const { XGDMatrixFree(handle); }
};
using BoosterPtr = std::unique_ptr<void, BoosterDeleter>;
using DMatrixPtr = std::unique_ptr<void, DMatrixDeleter>;

/** One XGBoost booster holding `trees` of the forest's trees (see RandomForest::train). */
struct ForestChunk
{
    BoosterPtr booster;
    int trees = 0;
};

class RandomForest::Private
{
public:
    ForestMetadata metadata;
    std::vector<ForestChunk> chunks;
    int threads = 0;

    /** Sets \a name to \a value on every booster. */
    void setParameter(const char *name, const QByteArray &value) const;
};

} // namespace cropmap::core::forest
