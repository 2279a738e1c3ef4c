#pragma once

#include <QCoreApplication>
#include <QString>

/// What an import of units did: counted per unit, each counted once per kind of change
/// (a unit renamed and moved counts in both).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    enum class Format { Register, Hierarchy };

    Format format = Format::Register;
    int rows = 0; ///< records read from the file
    int units = 0; ///< distinct units the file lists
    int added = 0;
    int renamed = 0; ///< name, kind, level or English name changed
    int moved = 0; ///< parent changed
    int retired = 0;
    int restored = 0; ///< retired earlier, listed again
    int unchanged = 0;
    int joinedCampaigns = 0; ///< conferences added for new units of running campaigns

    bool changedAnything() const
    {
        return added + renamed + moved + retired + restored + joinedCampaigns > 0;
    }
    /// One sentence for the user: "161 units read: 161 added, 0 renamed, 0 moved, 0 retired."
    QString summary() const;
};
