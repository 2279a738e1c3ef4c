#pragma once

#include "Schedule.h"

#include <QBrush>
#include <QColor>
#include <QVariant>

/// The tints of a conference's standing, the same in the schedule, the overview and the
/// legend: soft backgrounds that keep black text readable in light and dark palettes.
namespace StatusTints {

inline QColor overdue()
{
    return {0xF8, 0xD7, 0xD4};
}

inline QColor dueSoon()
{
    return {0xFC, 0xEB, 0xC0};
}

inline QColor warningText()
{
    return {0xA1, 0x4A, 0x00};
}

inline QColor heldText()
{
    return {0x1E, 0x6B, 0x34};
}

/// The background of a row that stands so (none when on time).
inline QVariant background(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::Overdue:
        return QBrush(overdue());
    case Timeliness::DueSoon:
        return QBrush(dueSoon());
    case Timeliness::OnTime:
        break;
    }
    return {};
}

/// The text colour that goes with background(): black on a tint, whatever the palette.
inline QVariant foreground(Timeliness timeliness)
{
    return timeliness == Timeliness::OnTime ? QVariant() : QVariant(QBrush(Qt::black));
}

} // namespace StatusTints
