#include "Exemplar.h"

using namespace Qt::StringLiterals;

Result<void> Exemplar::validate() const
{
    if (name.trimmed().isEmpty())
        return Failure{tr("A model or exemplar needs a name.")};
    if (unitId == 0)
        return Failure{tr("Choose the unit the model or exemplar belongs to.")};
    if (money < -1)
        return Failure{tr("The money mobilised cannot be negative.")};
    if (workdays < -1)
        return Failure{tr("The workdays mobilised cannot be negative.")};
    return {};
}

QString Exemplar::kindKey(Kind kind)
{
    return kind == Kind::Individual ? u"individual"_s : u"collective"_s;
}

Exemplar::Kind Exemplar::kindFromKey(const QString &key)
{
    return key == "individual"_L1 ? Kind::Individual : Kind::Collective;
}

QString Exemplar::kindName(Kind kind)
{
    return kind == Kind::Individual ? tr("Individual exemplar") : tr("Collective model");
}

QString Nomination::statusKey(Status status)
{
    switch (status) {
    case Status::Proposed:
        return u"proposed"_s;
    case Status::Selected:
        return u"selected"_s;
    case Status::Commended:
        return u"commended"_s;
    case Status::NotSelected:
        return u"not_selected"_s;
    }
    return {};
}

Nomination::Status Nomination::statusFromKey(const QString &key)
{
    if (key == "selected"_L1)
        return Status::Selected;
    if (key == "commended"_L1)
        return Status::Commended;
    if (key == "not_selected"_L1)
        return Status::NotSelected;
    return Status::Proposed;
}

QString Nomination::statusName(Status status)
{
    switch (status) {
    case Status::Proposed:
        return tr("Proposed");
    case Status::Selected:
        return tr("Selected");
    case Status::Commended:
        return tr("Commended");
    case Status::NotSelected:
        return tr("Not selected");
    }
    return {};
}
