#include "DayPlausibility.h"

using namespace Qt::StringLiterals;

namespace {

QString dayText(QDate date)
{
    return date.toString(u"dd/MM/yyyy"_s);
}

} // namespace

QList<DayPlausibility::Doubt>
DayPlausibility::doubts(const Campaign &campaign, const Conference &before, const Conference &after)
{
    QDate lastDeadline;
    for (const CampaignLevel &level : campaign.levels) {
        if (level.deadline.isValid()
            && (!lastDeadline.isValid() || level.deadline.last() > lastDeadline))
            lastDeadline = level.deadline.last();
    }
    const QDate latest = lastDeadline.isValid() ? lastDeadline.addYears(1) : QDate();

    QList<Doubt> found;
    const auto check = [&](Field field, QDate was, QDate day, const QString &name) {
        if (!day.isValid() || day == was)
            return;
        if (campaign.startsOn.isValid() && day < campaign.startsOn) {
            found.append({field,
                          tr("%1 %2 is before the campaign began (%3).")
                              .arg(name, dayText(day), dayText(campaign.startsOn))});
        } else if (latest.isValid() && day > latest) {
            found.append({field,
                          tr("%1 %2 is more than a year after the campaign's last "
                             "deadline (%3).")
                              .arg(name, dayText(day), dayText(lastDeadline))});
        }
    };
    check(Field::Scheduled, before.scheduledOn, after.scheduledOn, tr("The planned day"));
    check(Field::Held, before.heldOn, after.heldOn, tr("The day held"));
    check(Field::ReportReceived, before.reportReceivedOn, after.reportReceivedOn,
          tr("The day the report was received"));
    return found;
}

QString DayPlausibility::text(const QList<Doubt> &doubts)
{
    QStringList sentences;
    for (const Doubt &doubt : doubts)
        sentences.append(doubt.text);
    return sentences.join(u' ');
}
