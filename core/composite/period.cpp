// SPDX-License-Identifier: GPL-3.0-or-later
#include "composite/period.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "util/error.h"

namespace cropmap::core::composite {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cropmap::core::composite", text);
}

} // namespace

Period::Period(const QDate &firstMonth, int months)
    : m_first(firstMonth.year(), firstMonth.month(), 1)
    , m_months(months)
{
    if (!firstMonth.isValid() || months < 1)
        throw Error(tr("A composite period needs a valid first month and at least one month"));
}

Period Period::agronomicYear(int startYear)
{
    return Period(QDate(startYear, 9, 1), 12);
}

Period Period::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})\\s*(?::\\s*(\\d{4})-(\\d{1,2})\\s*)?$"));
    const auto m = pattern.match(text);
    const auto bad = [&text](const QString &why) {
        return Error(tr("Invalid period \"%1\": %2 (expected e.g. 2017-09:2018-08)").arg(text, why));
    };
    if (!m.hasMatch())
        throw bad(tr("not YYYY-MM:YYYY-MM"));
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    const QDate last = m.captured(3).isEmpty()
                           ? first
                           : QDate(m.captured(3).toInt(), m.captured(4).toInt(), 1);
    if (!first.isValid() || !last.isValid())
        throw bad(tr("a month is out of range"));
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (months < 1)
        throw bad(tr("the last month lies before the first"));
    return Period(first, months);
}

QString Period::stepLabel(int step) const
{
    return monthStart(step).toString(QStringLiteral("yyyy-MM"));
}

QStringList Period::stepLabels() const
{
    QStringList labels;
    for (int s = 0; s < m_months; ++s)
        labels << stepLabel(s);
    return labels;
}

int Period::stepOf(const QDate &date) const
{
    if (!date.isValid())
        return -1;
    const int step = (date.year() - m_first.year()) * 12 + date.month() - m_first.month();
    return step >= 0 && step < m_months ? step : -1;
}

QString Period::toString() const
{
    return stepLabel(0) + u':' + stepLabel(m_months - 1);
}

} // namespace cropmap::core::composite
