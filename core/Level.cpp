#include "Level.h"

#include "Translations.h"

QString Level::displayName() const
{
    if (Translations::current() == Translations::Language::English && !nameEn.isEmpty())
        return nameEn;
    return nameVi.isEmpty() ? key : nameVi;
}
