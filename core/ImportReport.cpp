#include "ImportReport.h"

QString ImportReport::summary() const
{
    QString text = tr("%n unit(s) read: %1 added, %2 renamed, %3 moved, %4 retired", nullptr, units)
                       .arg(added)
                       .arg(renamed)
                       .arg(moved)
                       .arg(retired);
    if (restored > 0)
        text += tr(", %n back in force", nullptr, restored);
    if (joinedCampaigns > 0)
        text += tr("; %n joined running campaigns", nullptr, joinedCampaigns);
    return text + QLatin1Char('.');
}
