#pragma once

#include "ConferenceListModel.h"

/// The overview's list of conferences that missed their deadline, the most overdue first:
/// those not held by it, then those held after it. Every row is tinted as overdue.
class OverdueModel : public ConferenceListModel
{
    Q_OBJECT

public:
    enum Column { Unit, Standing, Deadline, Level, Parent, ColumnCount };
    enum Role {
        DaysOverdueRole = FirstOwnRole, ///< days past the deadline (late, when held late)
        HeldLateRole,
    };

    explicit OverdueModel(QObject *parent = nullptr);

protected:
    int entryCount(const CampaignProgress &report) const override;
    Entry entry(const CampaignProgress &report, int row) const override;
    QVariant ownData(const CampaignProgress &report, int row, int role) const override;
    QString ownHeader(Field field) const override;
};
