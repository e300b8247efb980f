// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "thematic/class_table.h"

namespace cropmap::core::thematic {

/**
 * \brief The legend aggregation table: each declared crop value → a target class or "ignore".
 *
 * Values are compared as trimmed text, so a numeric code field (CT_CODE 1200) and its text
 * form ("1200") match. A value not in the table is *unknown*: callers report it and treat it
 * as ignore, never map it silently.
 *
 * JSON: {"field": "SNAR_CODE", "classes": [{"id":1,"name":"Legumes","colour":"#a6cee3"}, …],
 *        "mapping": [{"value": "634", "class": "Legumes"}, {"value": "360", "class": null}]}
 * ("class" is a class name, a class id, or null for ignore; without "classes" the seed's 15).
 *
 * CSV: one file in up to three sections, each introduced by its header row:
 *   field,SNAR_CODE          (optional: the attribute the table is for)
 *   id,name,colour           (optional: the target classes; without it the seed's 15)
 *   1,Legumes,#a6cee3
 *   value,class              (the mapping; an empty class means ignore)
 *   634,Legumes
 *   360,
 * Read as spreadsheets write it too: ';' or tab separators, a BOM, CRLF, rows padded with empty
 * cells, and header names in any case with aliases (code,target; class id,class name,color;
 * attribute,NAME).
 */
class LegendAggregation
{
public:
    static constexpr int Ignore = 0;   //!< classIdOf(): the value is mapped to "ignore"
    static constexpr int Unknown = -1; //!< classIdOf(): the value is not in the table

    LegendAggregation() = default;
    LegendAggregation(QString field, ClassTable classes);

    const QString &field() const { return m_field; }
    void setField(const QString &field) { m_field = field; }
    const ClassTable &classes() const { return m_classes; }

    /** Maps \a value to the class with \a classId, or to Ignore (0). Throws Error for an id
     *  that is not in classes(). Replaces an earlier mapping of the same value. */
    void setMapping(const QString &value, int classId);
    //! Class id of \a value, Ignore, or Unknown.
    int classIdOf(const QString &value) const;
    //! The declared values of the table, in table order.
    QStringList values() const;
    int size() const { return int(m_rows.size()); }

    /** Loads a .json or .csv file (by suffix); throws Error naming the file and line. */
    static LegendAggregation load(const QString &path);
    /** Saves as JSON or CSV (by suffix), atomically. */
    void save(const QString &path) const;

    static LegendAggregation fromJson(const QByteArray &json, const QString &context);
    QByteArray toJson() const;
    static LegendAggregation fromCsv(const QString &text, const QString &context);
    QString toCsv() const;

    /**
     * Finds a legend given by path or by name ("austria-invekos" → austria-invekos.json) in
     * \a searchFolders, then in the Qt resources (":/legends"). Throws Error listing where it
     * looked.
     */
    static QString resolve(const QString &nameOrPath, const QStringList &searchFolders);

private:
    struct Row
    {
        QString value;
        int classId = Ignore;
    };
    void addRow(const QString &value, int classId, const QString &context, int line);

    QString m_field;
    ClassTable m_classes;
    QVector<Row> m_rows;
    QHash<QString, int> m_index; //!< trimmed value → row
};

} // namespace cropmap::core::thematic
