#include "FieldUndo.h"

#include "InputFields.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

// The text a field showed when its own undo history last began: what is stored, unless the
// field keeps a refused text.
constexpr char baseProperty[] = "danvanFieldUndoBase";

QString textOf(const QObject *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText();
    return {};
}

bool canUndo(const QObject *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->isUndoAvailable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->document()->isUndoAvailable();
    return false;
}

bool canRedo(const QObject *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->isRedoAvailable();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->document()->isRedoAvailable();
    return false;
}

void rememberBase(QObject *field)
{
    field->setProperty(baseProperty, textOf(field));
}

/// Typing not saved yet: something to undo that makes the text differ from what is stored.
bool holdsOwnTyping(const QObject *field)
{
    if (!canUndo(field))
        return false;
    const auto *widget = static_cast<const QWidget *>(field);
    return FieldMark::isInvalid(widget)
        || textOf(field) != field->property(baseProperty).toString();
}

/// Empties the field's own undo history: what it shows is now what is stored.
void forgetOwnTyping(QObject *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        if (line->isUndoAvailable() || line->isRedoAvailable()) {
            // Setting the text is the only way to empty a line's history; the cursor stays.
            const int position = line->cursorPosition();
            line->setText(line->text());
            line->setCursorPosition(position);
        }
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->document()->clearUndoRedoStacks();
    }
    rememberBase(field);
}

bool isUndoKey(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo);
}

bool isRedoKey(const QKeyEvent *key)
{
    // The window's Redo has both, whatever the platform's own key for it.
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Redo)
        || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)
        || combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
}

} // namespace

FieldUndo::FieldUndo(QObject *parent)
    : QObject(parent)
{
}

void FieldUndo::addField(QLineEdit *field)
{
    field->installEventFilter(this);
    rememberBase(field);
    // A text set by the page (what is stored, after a save, an undo or another unit) starts
    // the field's history again.
    connect(field, &QLineEdit::textChanged, this, [field] {
        if (!field->isUndoAvailable())
            rememberBase(field);
    });
}

void FieldUndo::addField(QPlainTextEdit *field)
{
    field->installEventFilter(this);
    rememberBase(field);
    connect(field, &QPlainTextEdit::textChanged, this, [field] {
        if (!field->document()->isUndoAvailable())
            rememberBase(field);
    });
}

void FieldUndo::addField(DateField *field)
{
    addField(field->lineEdit());
}

bool FieldUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // Coming into a field starts its own typing afresh, except back from a context menu
        // (the field was not left) or into a refused text, which is still the clerk's to undo.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason
            && !FieldMark::isInvalid(static_cast<QWidget *>(watched)))
            forgetOwnTyping(watched);
    } else if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = isUndoKey(key);
        if (!undo && !isRedoKey(key))
            return false;
        if (holdsOwnTyping(watched) || (!undo && canRedo(watched)))
            return false; // the field's own undo or redo
        // Nothing of the field's own: the key goes on to the window's shortcut, which the
        // field would otherwise take. Its history goes, so that no typing undone before comes
        // back over what the window's undo shows.
        forgetOwnTyping(watched);
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
