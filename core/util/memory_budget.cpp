// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/memory_budget.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

#include "util/error.h"

namespace cropmap::core {

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
constexpr qint64 kMinimum = 256 * kMiB;

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::MemoryBudget", text);
}

QString gib(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(kMiB * 1024), 0, 'f', 1);
}

} // namespace

qint64 MemoryBudget::physicalRam()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4 * 1024 * kMiB;
    return qint64(pages) * qint64(pageSize);
}

qint64 MemoryBudget::defaultBytes()
{
    return std::max(kMinimum, physicalRam() / 4);
}

qint64 MemoryBudget::resolved() const
{
    return bytes > 0 ? bytes : defaultBytes();
}

qint64 MemoryBudget::items(qint64 bytesPerItem, double share, qint64 minimum, qint64 maximum) const
{
    const auto fit = qint64(double(resolved()) * share) / std::max<qint64>(bytesPerItem, 1);
    return std::clamp(fit, minimum, std::max(minimum, maximum));
}

MemoryBudget MemoryBudget::parse(const QString &text, const QString &what)
{
    const QString value = text.trimmed();
    if (value.isEmpty() || value == QStringLiteral("0"))
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)\\s*(?:(k|m|g|t)(?:i?b)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(value);
    if (!match.hasMatch())
        throw Error(tr("%1: \"%2\" is not a memory size; write e.g. 4G, 512M or 2048 (MiB)").arg(what, text));
    double number = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    const double scale = unit == u'k' ? 1024.0
                         : unit == u'g' ? double(kMiB) * 1024.0
                         : unit == u't' ? double(kMiB) * 1024.0 * 1024.0
                                         : double(kMiB); // M, or a bare number of MiB
    number *= scale;
    if (number < double(kMinimum))
        throw Error(tr("%1: %2 is below the smallest budget, 256M").arg(what, text));
    return MemoryBudget{qint64(number)};
}

QString MemoryBudget::describe() const
{
    if (bytes > 0)
        return gib(bytes);
    return tr("%1 (a quarter of %2 RAM)").arg(gib(resolved()), gib(physicalRam()));
}

} // namespace cropmap::core
