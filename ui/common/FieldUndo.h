#pragma once

#include <QObject>

class DateField;
class QLineEdit;
class QPlainTextEdit;

/// Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in the fields of a page that saves each field when
/// the clerk leaves it (the unit panel's conference, the campaign page's deadlines): one rule
/// for every such page, which gives it its fields.
///
/// While a field holds typing of its own that is not saved yet, the keys undo and redo that
/// typing in the field, as in any text field. Once it holds none (it shows what is stored,
/// or its typing has all been taken back) they go on to the window's Edit → Undo and Redo,
/// which take back and redo the clerk's last edits wherever they were made; the page shows
/// the stored values at once and the cursor stays in the field.
///
/// A field's own typing is what was typed since the clerk came into it, and a refused text
/// (FieldMark) until it is corrected: a field that was left has been saved, so what was
/// typed in it before is one of the window's edits.
///
/// Without this the window never sees the keys: a text field takes them for its own undo
/// (it accepts their ShortcutOverride) even when it has nothing to undo.
class FieldUndo : public QObject
{
public:
    explicit FieldUndo(QObject *parent);

    void addField(QLineEdit *field);
    void addField(QPlainTextEdit *field);
    void addField(DateField *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
