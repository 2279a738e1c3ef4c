#pragma once

#include "CampaignProgress.h"
#include "Schedule.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

/// What the overview's lists of conferences (overdue, upcoming) share: one row per entry of a
/// CampaignProgress, each naming its unit, its standing, its deadline, its level and the unit
/// above, tinted as the schedule tints it. A list says which of these columns it shows, in
/// what order, and adds its own roles.
class ConferenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        FirstOwnRole, ///< where a list's own roles begin
    };

    /// Shows a report and the schedule it was built from (or none).
    void setReport(std::shared_ptr<const CampaignProgress> report,
                   std::shared_ptr<const Schedule> schedule);
    /// Headers and texts follow the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    /// What a column shows.
    enum class Field { Unit, Standing, Deadline, Planned, Level, Parent };

    /// The parts of a report's entry that every list shows.
    struct Entry
    {
        qint64 unitId = 0;
        int scheduleRow = -1;
        QString code;
        QString label;
        QString level; ///< the level's key
        QDate deadline;
        QDate scheduledOn; ///< invalid when none (or not shown)
        Timeliness timeliness = Timeliness::OnTime;
    };

    /// A list whose columns show `columns`, in that order.
    ConferenceListModel(QList<Field> columns, QObject *parent);

    /// How many entries the list takes from `report`.
    virtual int entryCount(const CampaignProgress &report) const = 0;
    /// The `row`th of them.
    virtual Entry entry(const CampaignProgress &report, int row) const = 0;
    /// The list's own roles (FirstOwnRole and after) of the `row`th entry.
    virtual QVariant ownData(const CampaignProgress &report, int row, int role) const = 0;
    /// The heading of a column that only this list has (Standing, Planned).
    virtual QString ownHeader(Field field) const = 0;

private:
    QVariant display(const Entry &entry, Field field) const;

    QList<Field> m_columns;
    std::shared_ptr<const CampaignProgress> m_report;
    std::shared_ptr<const Schedule> m_schedule;
};
