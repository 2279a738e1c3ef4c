#pragma once

#include "CampaignProgress.h"

#include <QAbstractTableModel>

#include <memory>

class Schedule;

/// The overview's table of districts: for each unit of the campaign's second level with
/// units below it, how many of those have held their conference and how many are overdue,
/// and how the district's own conference stands. Rows are in tree order and tinted like the
/// schedule by the district's own conference.
class DistrictProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { District, Code, Held, Overdue, OwnConference, Deadline, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        TimelinessRole,
    };

    explicit DistrictProgressModel(QObject *parent = nullptr);

    /// Shows a report and the schedule it was built from (or none). When the districts are
    /// the same as before only the values change, so that the selection stays.
    void setReport(std::shared_ptr<const CampaignProgress> report,
                   std::shared_ptr<const Schedule> schedule);
    /// Headers and texts follow the new language.
    void retranslate();
    /// The row of a district, or -1.
    int rowOfUnit(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CampaignProgress::District &district, int column) const;
    QString toolTip(const CampaignProgress::District &district, int column) const;

    std::shared_ptr<const CampaignProgress> m_report;
    std::shared_ptr<const Schedule> m_schedule;
};
