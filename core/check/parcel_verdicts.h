// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cropmap::core::check {

/** \brief What an analyst concluded about a checked declaration. */
enum class Verdict { None, DeclarationConfirmed, MapConfirmed, Unsure };

/** "declaration confirmed", "map confirmed", "unsure" (empty for None): the GeoPackage's values. */
QString verdictName(Verdict verdict);
/** The verdict named \a name (verdictName's spelling); nullopt-like None for anything else. */
Verdict verdictFromName(const QString &name, bool *ok = nullptr);

/** \brief One parcel's verdict and the analyst's note. */
struct ParcelVerdict
{
    Verdict verdict = Verdict::None;
    QString note;
    bool isEmpty() const { return verdict == Verdict::None && note.trimmed().isEmpty(); }
    bool operator==(const ParcelVerdict &other) const = default;
};

/**
 * \brief The analyst's verdicts on checked parcels, keyed by the stable parcel key
 * (DeclarationCheck), so that they survive re-running classify and check.
 *
 * Saved in the project file's "verdicts" object:
 * \code{.json}
 * "verdicts": {"3fa2c1d09b7e4a55": {"verdict": "map confirmed", "note": "maize, not grass"}}
 * \endcode
 * A verdict whose key no longer appears in the check (the parcel's geometry or declaration
 * changed) is kept but matches nothing.
 */
class ParcelVerdicts
{
public:
    /** Reads the "verdicts" object; a wrong type or verdict name is an Error naming \a context. */
    static ParcelVerdicts fromJson(const QJsonObject &json, const QString &context);
    QJsonObject toJson() const;

    ParcelVerdict value(const QString &key) const { return m_verdicts.value(key); }
    /** Sets \a key's verdict; an empty one removes it. */
    void set(const QString &key, const ParcelVerdict &verdict);
    int size() const { return int(m_verdicts.size()); }
    QStringList keys() const { return m_verdicts.keys(); }

    /**
     * Writes the verdicts into the layer "parcels" of the check's GeoPackage \a path as the
     * text fields `verdict` and `note` (added when missing, NULL where the parcel has none),
     * atomically: the file is copied, updated and renamed over the original. Throws Error
     * naming the file.
     */
    void writeToGeoPackage(const QString &path) const;

private:
    QMap<QString, ParcelVerdict> m_verdicts;
};

} // namespace cropmap::core::check
