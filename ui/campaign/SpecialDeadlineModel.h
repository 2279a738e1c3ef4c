#pragma once

#include "Period.h"

#include <QAbstractTableModel>

/// The deadlines units set for themselves (tighter than the level above) and the pilots,
/// in tree order.
class SpecialDeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Kind, Level, Deadline, Phrase, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        PilotRole, ///< true for a pilot, false for an own deadline
        LevelKeyRole,
    };

    struct Entry
    {
        qint64 unitId = 0;
        int treeIndex = -1;
        QString unitLabel;
        bool pilot = false;
        QString level; ///< the level's key
        QString levelName;
        Period deadline;
    };

    explicit SpecialDeadlineModel(QObject *parent = nullptr);

    /// Sorts the entries in tree order, a unit's own deadlines before its pilot mark.
    void setEntries(QList<Entry> entries);
    const Entry &entry(int row) const { return m_entries.at(row); }
    /// Tells the views that the headers and kinds are in another language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};
