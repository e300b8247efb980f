// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace cropmap::core::composite {

/**
 * \brief A run of whole calendar months, one composite step per month.
 *
 * The default is the seed's agronomic year, September 2017 to August 2018 (12 steps).
 * Written and parsed as "2017-09:2018-08"; a single month "2018-04" is a one-step period.
 */
class Period
{
public:
    Period() = default;
    //! \a months steps starting with the month that contains \a firstMonth.
    Period(const QDate &firstMonth, int months);

    /** September of \a startYear to August of the next year. */
    static Period agronomicYear(int startYear);
    /** Parses "YYYY-MM:YYYY-MM" (inclusive) or "YYYY-MM"; throws Error on anything else. */
    static Period parse(const QString &text);

    int stepCount() const { return m_months; }
    QDate first() const { return m_first; }                //!< first day of the first month
    QDate last() const { return monthEnd(m_months - 1); }  //!< last day of the last month
    QDate monthStart(int step) const { return m_first.addMonths(step); }
    QDate monthEnd(int step) const { return monthStart(step + 1).addDays(-1); }
    //! "2017-09" for the first step of the default period.
    QString stepLabel(int step) const;
    QStringList stepLabels() const;
    //! The step whose month contains \a date, or -1 when outside the period.
    int stepOf(const QDate &date) const;
    QString toString() const;

    bool operator==(const Period &other) const = default;

private:
    QDate m_first{2017, 9, 1};
    int m_months = 12;
};

} // namespace cropmap::core::composite
