#pragma once

#include <QAbstractTableModel>

#include <memory>

class Schedule;
class UnitTree;

/// The units a steering group follows, in tree order, each with how its conference stands.
class FollowedUnitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, Code, Progress, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
    };

    explicit FollowedUnitsModel(QObject *parent = nullptr);

    /// `schedule` may be null: the conference column is then empty.
    void setUnits(const QList<qint64> &unitIds, std::shared_ptr<const UnitTree> units,
                  std::shared_ptr<const Schedule> schedule);
    qint64 unitId(int row) const { return m_rows.at(row).unitId; }
    /// Tells the views that the headers and stages are in another language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 unitId = 0;
        int treeIndex = -1;
        QString label;
        QString code;
    };
    QString conferenceText(qint64 unitId) const;

    QList<Row> m_rows;
    std::shared_ptr<const Schedule> m_schedule;
};
