#include "Conference.h"

Conference::Stage Conference::stageOn(QDate asOf) const
{
    if (reportReceivedOn.isValid() && reportReceivedOn <= asOf && isHeldOn(asOf))
        return Stage::ReportReceived;
    if (isHeldOn(asOf))
        return Stage::Held;
    if (scheduledOn.isValid())
        return Stage::Scheduled;
    return Stage::NotScheduled;
}

Result<void> Conference::validate() const
{
    if (attendees < -1)
        return Failure{tr("The number of attendees cannot be negative.")};
    if (invited < -1)
        return Failure{tr("The number of delegates invited cannot be negative.")};
    if (budgetPlanned < -1 || budgetSpent < -1)
        return Failure{tr("A budget cannot be negative.")};
    if (reportReceivedOn.isValid() && !heldOn.isValid())
        return Failure{tr("A report cannot be received before the conference is held: enter "
                          "the date it was held first.")};
    if (reportReceivedOn.isValid() && reportReceivedOn < heldOn)
        return Failure{tr("The report was received on %1, before the conference was held on %2. "
                          "Check both dates.")
                           .arg(reportReceivedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                heldOn.toString(QStringLiteral("dd/MM/yyyy")))};
    return {};
}

QString Conference::stageName(Stage stage)
{
    switch (stage) {
    case Stage::NotScheduled:
        return tr("Not scheduled");
    case Stage::Scheduled:
        return tr("Scheduled");
    case Stage::Held:
        return tr("Held");
    case Stage::ReportReceived:
        return tr("Report received");
    }
    return {};
}

Conference Conference::withChanges(const Conference &base, const Conference &from,
                                   const Conference &to)
{
    Conference result = base;
    const auto take = [&](auto Conference::*field) {
        if (from.*field != to.*field)
            result.*field = to.*field;
    };
    take(&Conference::scheduledOn);
    take(&Conference::venue);
    take(&Conference::heldOn);
    take(&Conference::chair);
    take(&Conference::attendees);
    take(&Conference::invited);
    take(&Conference::assessment);
    take(&Conference::reportReceivedOn);
    take(&Conference::budgetPlanned);
    take(&Conference::budgetSpent);
    take(&Conference::note);
    return result;
}

bool Conference::hasResults() const
{
    return scheduledOn.isValid() || heldOn.isValid() || reportReceivedOn.isValid() || attendees >= 0
        || invited >= 0 || budgetPlanned >= 0 || budgetSpent >= 0 || !venue.isEmpty()
        || !chair.isEmpty() || !note.isEmpty() || !assessment.isEmpty();
}
