#include "ImportTally.h"

#include "Dates.h"

QString ImportTally::summary() const
{
    QString text =
        tr("%n unit(s) read: %1 added, %2 renamed, %3 moved, %4 retired.", nullptr, units)
            .arg(added)
            .arg(renamed)
            .arg(moved)
            .arg(retired);
    if ((format == Format::ConversionTable || format == Format::CommuneList)
        && effective.isValid()) {
        text += u' '
            + tr("The new units are in force from %1, the units they replace until %2.")
                  .arg(Dates::text(effective), Dates::text(effective.addDays(-1)));
    }
    if (restored > 0)
        text += u' ' + tr("%n retired unit(s) are in force again.", nullptr, restored);
    if (linked > 0)
        text += u' ' + tr("%n link(s) between old and new units recorded.", nullptr, linked);
    if (!warnings.isEmpty())
        text += u' ' + tr("%n warning(s).", nullptr, int(warnings.size()));
    if (joinedCampaigns > 0)
        text += u' ' + tr("%n unit(s) joined ongoing campaigns.", nullptr, joinedCampaigns);
    return text;
}
