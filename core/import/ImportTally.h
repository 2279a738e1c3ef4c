#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

/// What an import of units did: counted per unit, each counted once per kind of change
/// (a unit renamed and moved counts in both).
struct ImportTally
{
    Q_DECLARE_TR_FUNCTIONS(ImportTally)

public:
    enum class Format {
        Register, ///< the register's export
        Hierarchy, ///< code, name, kind, parent_code
        ConversionTable, ///< the conversion table of 07/2025, new ← old
        CommuneList, ///< the list of new communes of 07/2025
    };

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
    int linked = 0; ///< links between old and new units added or brought up to date
    QDate effective; ///< the day the file took effect, for the files of a reorganisation
    /// What the file does not account for, one line each, by code where there is one (old
    /// units with no successor named, rows whose old code names no unit): not failures.
    QStringList warnings;

    bool changedAnything() const
    {
        return added + renamed + moved + retired + restored + joinedCampaigns + linked > 0;
    }
    /// One sentence for the user: "161 units read: 161 added, 0 renamed, 0 moved, 0 retired."
    QString summary() const;
};
