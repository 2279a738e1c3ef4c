#pragma once

#include <QString>

/// What a screen reader needs that Qt does not do by itself.
namespace ScreenReader {

/// Names each control that takes the keyboard after the label whose buddy it is, wherever
/// the label is in the window (Qt looks only beside the control), and the text box inside
/// a composite field (a day field, an editable list) after the whole field's label. A name
/// given with setAccessibleName() stays. Installed once for the application; follows a
/// language switch.
void install();

/// A label's words without its Alt+letter mark ("Ngày &họp" → "Ngày họp").
QString withoutMnemonic(const QString &text);

} // namespace ScreenReader
