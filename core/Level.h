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
};
