#include "OverdueModel.h"

OverdueModel::OverdueModel(QObject *parent)
    : ConferenceListModel(
        {Field::Unit, Field::Standing, Field::Deadline, Field::Level, Field::Parent}, parent)
{
}

int OverdueModel::entryCount(const CampaignProgress &report) const
{
    return int(report.overdue().size());
}

ConferenceListModel::Entry OverdueModel::entry(const CampaignProgress &report, int row) const
{
    const CampaignProgress::OverdueEntry &entry = report.overdue().at(row);
    return {entry.unitId, entry.scheduleRow, entry.code, entry.label,
            entry.level,  entry.deadline,    QDate(),    Timeliness::Overdue};
}

QVariant OverdueModel::ownData(const CampaignProgress &report, int row, int role) const
{
    const CampaignProgress::OverdueEntry &entry = report.overdue().at(row);
    switch (role) {
    case DaysOverdueRole:
        return entry.daysOverdue;
    case HeldLateRole:
        return entry.heldLate;
    default:
        return {};
    }
}

QString OverdueModel::ownHeader(Field field) const
{
    return field == Field::Standing ? tr("Overdue") : QString();
}
