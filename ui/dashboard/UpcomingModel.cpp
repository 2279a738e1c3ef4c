#include "UpcomingModel.h"

UpcomingModel::UpcomingModel(QObject *parent)
    : ConferenceListModel({Field::Unit, Field::Standing, Field::Deadline, Field::Planned,
                           Field::Level, Field::Parent},
                          parent)
{
}

int UpcomingModel::entryCount(const CampaignProgress &report) const
{
    return int(report.upcoming().size());
}

ConferenceListModel::Entry UpcomingModel::entry(const CampaignProgress &report, int row) const
{
    const CampaignProgress::UpcomingEntry &entry = report.upcoming().at(row);
    return {entry.unitId, entry.scheduleRow, entry.code,        entry.label,
            entry.level,  entry.deadline,    entry.scheduledOn, entry.timeliness};
}

QVariant UpcomingModel::ownData(const CampaignProgress &report, int row, int role) const
{
    const CampaignProgress::UpcomingEntry &entry = report.upcoming().at(row);
    switch (role) {
    case DaysLeftRole:
        return entry.daysLeft;
    case TimelinessRole:
        return int(entry.timeliness);
    default:
        return {};
    }
}

QString UpcomingModel::ownHeader(Field field) const
{
    switch (field) {
    case Field::Standing:
        return tr("Time left");
    case Field::Planned:
        return tr("Planned for");
    default:
        return {};
    }
}
