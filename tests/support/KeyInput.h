#pragma once

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

/// Typing as the clerk types, one key event per letter, for the window tests.
namespace KeyInput {

/// The widget the keyboard is in.
inline QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Types `text` into `widget`, a key event per letter (Vietnamese letters included).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

/// Types `text` wherever the keyboard is.
inline void typeText(const QString &text)
{
    for (const QChar ch : text)
        typeText(focused(), QString(ch));
}

/// True when the keyboard is in `widget` or in a widget inside it.
inline bool isIn(const QWidget *widget)
{
    const QWidget *now = focused();
    return widget && now && (now == widget || widget->isAncestorOf(now));
}

} // namespace KeyInput
