#pragma once

#include <QAbstractTableModel>
#include <QSet>

/// Units to choose with check boxes: the units of a campaign, each with the unit above it
/// and the steering group that follows it now. Units already given to the group being
/// edited are shown checked and cannot be unchecked here.
class UnitPickerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Under, Group, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        TreeIndexRole, ///< the unit's index in the UnitTree
    };

    struct Entry
    {
        qint64 unitId = 0;
        int treeIndex = -1;
        QString label; ///< with the parent's name when the name repeats
        QString parentName;
        QString groupName; ///< the group following it now, or empty
        bool alreadyChosen = false; ///< followed by the group being edited
    };

    explicit UnitPickerModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    /// The units checked (not those already chosen), in the order of the entries.
    QList<qint64> checkedUnitIds() const;
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    QList<Entry> m_entries;
    QSet<qint64> m_checked;
};
