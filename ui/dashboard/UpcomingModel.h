#pragma once

#include "ConferenceListModel.h"

/// The overview's list of conferences not yet held whose deadline falls in the next days,
/// the soonest first. Rows already due soon in the schedule's sense are tinted like it.
class UpcomingModel : public ConferenceListModel
{
    Q_OBJECT

public:
    enum Column { Unit, DaysLeft, Deadline, Planned, Level, Parent, ColumnCount };
    enum Role {
        DaysLeftRole = FirstOwnRole,
        TimelinessRole,
    };

    explicit UpcomingModel(QObject *parent = nullptr);

protected:
    int entryCount(const CampaignProgress &report) const override;
    Entry entry(const CampaignProgress &report, int row) const override;
    QVariant ownData(const CampaignProgress &report, int row, int role) const override;
    QString ownHeader(Field field) const override;
};
