#include "Level.h"

#include "Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString Level::displayName() const
{
    if (Translations::current() == Translations::Language::English && !nameEn.isEmpty())
        return nameEn;
    return nameVi.isEmpty() ? key : nameVi;
}

QString Level::unitNoun() const
{
    if (key == "province"_L1)
        return QCoreApplication::translate("Level", "Province");
    if (key == "district"_L1)
        return QCoreApplication::translate("Level", "District");
    if (key == "commune"_L1)
        return QCoreApplication::translate("Level", "Commune");
    return displayName();
}
