#include "OverdueModel.h"

OverdueModel::OverdueModel(QObject *parent)
    : ConferenceListModel(
        {Field::Unit, Field::Standing, Field::Deadline, Field::Level, Field::Parent}, parent)
{
}

int OverdueModel::entryCount(const ProgressReport &report) const
{
    return int(report.overdue().size());
}

ConferenceListModel::Entry OverdueModel::entry(const ProgressReport &report, int row) const
{
    const ProgressReport::OverdueEntry &entry = report.overdue().at(row);
    return {entry.unitId, entry.scheduleRow, entry.code, entry.label,
            entry.level,  entry.deadline,    QDate(),    Timeliness::Overdue};
}

QVariant OverdueModel::ownData(const ProgressReport &report, int row, int role) const
{
    const ProgressReport::OverdueEntry &entry = report.overdue().at(row);
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
