#pragma once

#include <QString>

/// A level of the movement's hierarchy ("province", "district", "commune"). Levels are data:
/// a campaign names the levels that take part, so a two-level campaign after 2025 needs no
/// change to the program. Rank 1 is the top.
struct Level
{
    QString key;
    int rank = 0;
    QString nameVi;
    QString nameEn;

    /// The level's name in the user's language.
    QString displayName() const;
    /// What one unit of the level is called, for headings and columns: "District" ("Huyện")
    /// for the district level; the level's name for a level the program does not know.
    QString unitNoun() const;
};
