#include "UnitLink.h"

#include "Text.h"

using namespace Qt::StringLiterals;

QString UnitLink::key(Kind kind)
{
    switch (kind) {
    case Kind::Whole:
        return u"whole"_s;
    case Kind::Part:
        return u"part"_s;
    case Kind::Kept:
        return u"kept"_s;
    case Kind::Renamed:
        return u"renamed"_s;
    case Kind::TypeChanged:
        return u"type_changed"_s;
    }
    return {};
}

std::optional<UnitLink::Kind> UnitLink::fromKey(const QString &key)
{
    for (Kind kind : {Kind::Whole, Kind::Part, Kind::Kept, Kind::Renamed, Kind::TypeChanged}) {
        if (UnitLink::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString UnitLink::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Whole:
        return tr("whole");
    case Kind::Part:
        return tr("in part");
    case Kind::Kept:
        return tr("kept");
    case Kind::Renamed:
        return tr("renamed");
    case Kind::TypeChanged:
        return tr("type changed");
    }
    return {};
}

std::optional<UnitLink::Kind> UnitLink::fromNote(const QString &note)
{
    // Without accents, so that "Nhâp" reads as "Nhập"; single spaces.
    const QString key = Text::searchKey(note);
    if (key.contains("mot phan"_L1))
        return Kind::Part;
    if (key.contains("toan bo"_L1))
        return Kind::Whole;
    if (key.contains("giu nguyen"_L1))
        return Kind::Kept;
    if (key.contains("doi loai hinh"_L1))
        return Kind::TypeChanged;
    if (key.contains("doi ten"_L1))
        return Kind::Renamed;
    return std::nullopt;
}
