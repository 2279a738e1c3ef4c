#include "ImportReport.h"

QString ImportReport::summary() const
{
    QString text =
        tr("%n unit(s) read: %1 added, %2 renamed, %3 moved, %4 retired.", nullptr, units)
            .arg(added)
            .arg(renamed)
            .arg(moved)
            .arg(retired);
    if (restored > 0)
        text += u' ' + tr("%n retired unit(s) are in force again.", nullptr, restored);
    if (joinedCampaigns > 0)
        text += u' ' + tr("%n unit(s) joined ongoing campaigns.", nullptr, joinedCampaigns);
    return text;
}
